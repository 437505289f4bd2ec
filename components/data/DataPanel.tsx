import { useEffect, useState } from 'react';
import { calendarFileName, exportCalendar } from '../../utils/io/calendar';
import { csvFileName, exportApplicationsCsv } from '../../utils/io/csv-export';
import { backupReminderText, lastBackupText } from '../../utils/io/backup-reminder';
import { requestPersistentStorage } from '../../utils/io/persistent-storage';
import { useNow } from '../common/useNow';
import { useSettings } from '../common/useSettings';
import { BackupSection } from './BackupSection';
import { CsvImportWizard } from './CsvImportWizard';
import { downloadText, messageOf } from './download';
import { StatusLine, type Status } from './StatusLine';
import './data.css';

/**
 * Everything about the user's own data in one place: backup and restore, spreadsheets in and out, and
 * a calendar file. Mounted in the dashboard's Settings; all text is rendered as text, never as HTML.
 */
export function DataPanel() {
  const settings = useSettings();
  const now = useNow();
  const [status, setStatus] = useState<Status | null>(null);
  useEffect(() => {
    void requestPersistentStorage();
  }, []);
  if (!settings) return null;

  async function save(make: () => Promise<string>, fileName: string, type: string, done: string) {
    try {
      downloadText(fileName, await make(), type);
      setStatus({ tone: 'info', text: done });
    } catch (error) {
      setStatus({ tone: 'error', text: messageOf(error) });
    }
  }

  const reminder = backupReminderText(settings, now);
  return (
    <div className="data-panel">
      <p className={reminder ? 'backup-reminder' : 'muted'} data-testid="backup-reminder">{reminder ?? lastBackupText(settings, now)}</p>
      <BackupSection timeZone={settings.timeZone} />
      <div className="data-section">
        <h3>Spreadsheet and calendar</h3>
        <div className="row">
          <button type="button" onClick={() => save(exportApplicationsCsv, csvFileName(), 'text/csv', 'Saved your applications as a CSV file.')}>Export CSV</button>
          <button type="button" onClick={() => save(() => exportCalendar(), calendarFileName(), 'text/calendar', 'Saved upcoming interviews and next steps as a calendar file.')}>
            Export calendar (.ics)
          </button>
        </div>
        <StatusLine status={status} label="Export status" />
      </div>
      <CsvImportWizard timeZone={settings.timeZone} />
    </div>
  );
}
