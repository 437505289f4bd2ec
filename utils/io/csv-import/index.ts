// CSV import: read a file, recognise its tracker, map its columns, preview, then write it in one go.
import { readTrackedPostingKeys } from '../../db/queries/pipeline';
import { getSettings } from '../../db/queries/settings';
import { commitImport, type ImportSummary } from './commit';
import { detectFormat, guessMapping, type ColumnMapping } from './columns';
import { parseCsvText, type CsvTable } from './parse';
import { planImport, type ImportPlan, type TrackedKeys } from './plan';

export { IMPORT_FIELDS, FIELD_LABELS, detectFormat, guessMapping, type ColumnMapping, type CsvFormat, type ImportField } from './columns';
export { parseCsvText, type CsvTable } from './parse';
export { planImport, formatName, type ImportPlan, type ImportRowError, type PlannedApplication } from './plan';
export { commitImport, planFailure, type ImportSummary } from './commit';
export { stageOfStatus } from './stages';

/** Every posting Ajar already tracks, by address and by company + title. */
export async function trackedKeys(): Promise<TrackedKeys> {
  const { urls, matchKeys } = await readTrackedPostingKeys();
  return { urls: new Set(urls.filter(Boolean)), matchKeys: new Set(matchKeys) };
}

/** Reads a file and plans its import; pass `mapping` when the user changed the guessed one. */
export async function previewCsvImport(textOrTable: string | CsvTable, mapping?: ColumnMapping, now: Date = new Date()): Promise<ImportPlan> {
  const table = typeof textOrTable === 'string' ? parseCsvText(textOrTable) : textOrTable;
  const [tracked, settings] = await Promise.all([trackedKeys(), getSettings()]);
  return planImport(table, mapping ?? guessMapping(table.headers), tracked, { format: detectFormat(table.headers), timeZone: settings.timeZone, now });
}

/** Preview and import in one step, for tests and tools; the UI previews first. */
export async function importCsvText(text: string, mapping?: ColumnMapping, now: Date = new Date()): Promise<ImportSummary> {
  return commitImport(await previewCsvImport(text, mapping, now));
}
