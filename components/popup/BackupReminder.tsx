import { useLiveQuery } from 'dexie-react-hooks';
import { hasAnyApplication } from '../../utils/db/queries/application';
import { getSettings } from '../../utils/db/queries/settings';
import { backupReminderText } from '../../utils/io/backup-reminder';
import { dashboardUrl } from '../../utils/routes';

/** Every few weeks (a setting), one quiet line: the search lives only in this browser. */
export function BackupReminder() {
  const text = useLiveQuery(async () => {
    if (!(await hasAnyApplication())) return null;
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
