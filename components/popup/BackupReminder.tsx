import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../utils/db/database';
import { getSettings } from '../../utils/db/settings';
import { backupReminderText } from '../../utils/io/backup-reminder';
import { dashboardUrl } from '../../utils/routes';

/** Every few weeks (a setting), one quiet line: the search lives only in this browser. */
export function BackupReminder() {
  const text = useLiveQuery(async () => {
    // Any application at all, found by reading one key: a count would walk the whole table.
    if ((await db.applications.limit(1).primaryKeys()).length === 0) return null;
    return backupReminderText(await getSettings(), new Date());
  }, []);
  if (!text) return null;
  return (
    <p className="calm backup-reminder">
      <a href={dashboardUrl({ view: 'settings' })} target="_blank" rel="noreferrer">
        {text}
      </a>
    </p>
  );
}
