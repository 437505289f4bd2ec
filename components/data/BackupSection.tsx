import { useState } from 'react';
import { createBackupFile } from '../../utils/backup/export';
import { ImportError, MAX_IMPORT_BYTES } from '../../utils/backup/limits';
import { restoreBackupText } from '../../utils/backup/restore';
import { validateBackupText } from '../../utils/backup/validate';
import { formatDate } from '../common/dates';
import { downloadText, messageOf } from './download';
import { StatusLine, type Status } from './StatusLine';

interface PendingRestore {
  text: string;
  exportedAt: string;
  applications: number;
}

/** Back up now, and restore from a backup file after the user confirms what will be replaced. */
export function BackupSection({ timeZone }: { timeZone: string }) {
  const [status, setStatus] = useState<Status | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);

  async function backUp() {
    setBusy(true);
    try {
      const file = await createBackupFile();
      downloadText(file.fileName, file.text, 'application/json');
      setStatus({ tone: 'info', text: `Saved ${file.fileName} with ${count(file.applications)}. Keep it somewhere safe.` });
    } catch (error) {
      setStatus({ tone: 'error', text: `The backup could not be made: ${messageOf(error)}` });
    } finally {
      setBusy(false);
    }
  }

  async function choose(file: File | undefined) {
    setPending(null);
    if (!file) return;
    try {
      if (file.size > MAX_IMPORT_BYTES) throw new ImportError(`The file is ${Math.round(file.size / 1024 / 1024)} MB; a backup can be at most 50 MB.`);
      const text = await file.text();
      const doc = validateBackupText(text);
      setPending({ text, exportedAt: doc.exportedAt, applications: doc.applications.length });
      setStatus(null);
    } catch (error) {
      setStatus({ tone: 'error', text: `${file.name}: ${messageOf(error)} Nothing was changed.` });
    }
  }

  async function restore() {
    if (!pending) return;
    setBusy(true);
    // A large backup takes a while to store (16–25 s for 10,000 applications with their history): the bar moves meanwhile.
    setStatus({ tone: 'info', text: `Restoring ${count(pending.applications)}…` });
    try {
      const summary = await restoreBackupText(pending.text, new Date(), (written, total) => setProgress(total > 0 ? written / total : 1));
      setStatus({ tone: 'info', text: `Restored the backup from ${formatDate(pending.exportedAt, timeZone)}: ${count(summary.applications)}.` });
      setPending(null);
    } catch (error) {
      setStatus({ tone: 'error', text: messageOf(error) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <div className="data-section">
      <h3>Backup</h3>
      <p className="muted">One file holds everything in Ajar. It stays on your computer; nothing is uploaded.</p>
      <div className="row">
        <button type="button" className="primary" onClick={backUp} disabled={busy}>Back up now</button>
        <label className="button">
          Restore from a backup…
          <input className="visually-hidden" type="file" accept=".json,application/json" aria-label="Restore from a backup file"
            onChange={(event) => { void choose(event.target.files?.[0]); event.target.value = ''; }} />
        </label>
      </div>
      {pending ? (
        <div className="confirm" role="group" aria-label="Confirm restore">
          <p>This replaces everything in Ajar with the backup from {formatDate(pending.exportedAt, timeZone)} ({count(pending.applications)}).</p>
          <div className="row">
            <button type="button" className="primary" onClick={restore} disabled={busy}>Replace everything</button>
            <button type="button" onClick={() => setPending(null)} disabled={busy}>Cancel</button>
          </div>
        </div>
      ) : null}
      <StatusLine status={status} label="Backup status" />
      {progress !== null ? <progress className="write-progress" value={progress} max={1} aria-label="Restore progress" /> : null}
    </div>
  );
}

function count(applications: number): string {
  return `${applications} ${applications === 1 ? 'application' : 'applications'}`;
}
