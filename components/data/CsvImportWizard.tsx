import { useState } from 'react';
import { ImportError, MAX_IMPORT_BYTES } from '../../utils/backup/limits';
import { commitImport, guessMapping, parseCsvText, previewCsvImport, type ColumnMapping, type CsvTable, type ImportPlan } from '../../utils/io/csv-import';
import { messageOf } from './download';
import { ImportPreview } from './ImportPreview';
import { MappingEditor } from './MappingEditor';
import { StatusLine, type Status } from './StatusLine';

interface Draft {
  fileName: string;
  table: CsvTable;
  plan: ImportPlan;
}

/**
 * Import from a spreadsheet in three steps: choose a file, check the columns and the preview, import.
 * Nothing is written until the last step, and then all rows at once or none.
 */
export function CsvImportWizard({ timeZone }: { timeZone: string }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);

  async function choose(file: File | undefined) {
    setDraft(null);
    if (!file) return;
    try {
      if (file.size > MAX_IMPORT_BYTES) throw new ImportError(`The file is ${Math.round(file.size / 1024 / 1024)} MB; an import can be at most 50 MB.`);
      const table = parseCsvText(await file.text());
      const plan = await previewCsvImport(table, guessMapping(table.headers));
      setDraft({ fileName: file.name, table, plan });
      setStatus(null);
    } catch (error) {
      setStatus({ tone: 'error', text: `${file.name}: ${messageOf(error)}` });
    }
  }

  async function remap(mapping: ColumnMapping) {
    if (!draft) return;
    const plan = await previewCsvImport(draft.table, mapping);
    setDraft({ ...draft, plan });
  }

  async function runImport() {
    if (!draft) return;
    setBusy(true);
    // A big file takes seconds to store (6–8 s for 10,000 rows): say what is happening, and show how far along.
    setStatus({ tone: 'info', text: `Importing ${noun(draft.plan.fresh.length)}…` });
    try {
      const summary = await commitImport(draft.plan, new Date(), (written, total) => setProgress(total > 0 ? written / total : 1));
      const skipped = summary.duplicatesSkipped ? ` ${summary.duplicatesSkipped} already tracked, skipped.` : '';
      setStatus({ tone: 'info', text: `Imported ${noun(summary.imported)} from ${draft.fileName}.${skipped}` });
      setDraft(null);
    } catch (error) {
      setStatus({ tone: 'error', text: messageOf(error) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const blocked = !draft || draft.plan.errors.length > 0 || draft.plan.fresh.length === 0;
  return (
    <div className="data-section">
      <h3>Import from a spreadsheet</h3>
      <p className="muted">A CSV file from Huntr, Teal or your own spreadsheet. You will see what comes in before anything is saved.</p>
      <label className="button">
        Choose a CSV file…
        <input className="visually-hidden" type="file" accept=".csv,text/csv" aria-label="Import a CSV file"
          onChange={(event) => { void choose(event.target.files?.[0]); event.target.value = ''; }} />
      </label>
      {draft ? (
        <section className="import-wizard" aria-label={`Import ${draft.fileName}`}>
          <MappingEditor headers={draft.table.headers} mapping={draft.plan.mapping} unknownStatuses={draft.plan.unknownStatuses} onChange={(mapping) => void remap(mapping)} />
          <ImportPreview plan={draft.plan} timeZone={timeZone} />
          <div className="row">
            <button type="button" className="primary" onClick={runImport} disabled={busy || blocked}>
              Import {noun(draft.plan.fresh.length)}
            </button>
            <button type="button" onClick={() => setDraft(null)} disabled={busy}>Cancel</button>
          </div>
        </section>
      ) : null}
      <StatusLine status={status} label="Import status" />
      {progress !== null ? <progress className="write-progress" value={progress} max={1} aria-label="Import progress" /> : null}
    </div>
  );
}

function noun(count: number): string {
  return `${count} ${count === 1 ? 'application' : 'applications'}`;
}
