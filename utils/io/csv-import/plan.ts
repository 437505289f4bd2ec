import { newId } from '../../db/ids';
import { canonicalUrlOf, matchKeyOf } from '../../db/match-key';
import type { AppEvent, Application, Stage } from '../../model/application';
import { CellProblem, freeTextCell, salaryCells, shorten, textCell, urlCell } from './cells';
import { DATE_FIELDS, FIELD_LABELS, type ColumnMapping, type CsvFormat, type ImportField } from './columns';
import { detectDayOrder, parseCalendarDate, type DayOrder } from './dates';
import type { CsvTable } from './parse';
import { foldStatus, stageOfStatus } from './stages';
import { importedTimeline } from './timeline';

export interface ImportRowError {
  /** Spreadsheet row (the header is row 1); null for a problem with the whole file or mapping. */
  row: number | null;
  message: string;
}

export interface PlannedApplication {
  row: number;
  application: Application;
  events: AppEvent[];
}

export interface SkippedDuplicate {
  row: number;
  company: string;
  title: string;
  reason: 'already-tracked' | 'repeated-in-file';
}

export interface ImportPlan {
  format: CsvFormat;
  headers: string[];
  mapping: ColumnMapping;
  /** How each date column's d/m or m/d was read, to show in the preview. */
  dayOrders: Partial<Record<ImportField, DayOrder>>;
  fresh: PlannedApplication[];
  duplicates: SkippedDuplicate[];
  errors: ImportRowError[];
  /** Status words no stage fits (folded), for the user to place. */
  unknownStatuses: string[];
}

/** What is already tracked, to recognise a row Ajar has. */
export interface TrackedKeys {
  urls: Set<string>;
  matchKeys: Set<string>;
}

export interface PlanOptions {
  format: CsvFormat;
  timeZone: string;
  now: Date;
}

/**
 * Turns parsed rows into the applications and events an import would write, without writing anything:
 * the preview shows this plan and the commit writes exactly it. Every problem is collected with its
 * row and column so the user sees them all at once.
 */
export function planImport(table: CsvTable, mapping: ColumnMapping, tracked: TrackedKeys, options: PlanOptions): ImportPlan {
  const plan: ImportPlan = { format: options.format, headers: table.headers, mapping, dayOrders: {}, fresh: [], duplicates: [], errors: [], unknownStatuses: [] };
  const column = (field: ImportField) => mapping.columns[field];
  for (const field of ['company', 'title'] as const) {
    if (column(field) === undefined) plan.errors.push({ row: null, message: `Choose the column that holds the ${FIELD_LABELS[field].toLowerCase()}.` });
  }
  for (const field of DATE_FIELDS) {
    const index = column(field);
    if (index === undefined) continue;
    const order = detectDayOrder(table.rows.map((row) => row[index]));
    if (order) plan.dayOrders[field] = order;
    else plan.errors.push({ row: null, message: `'${table.headers[index]}' mixes day-first and month-first dates, so none of them can be trusted.` });
  }
  if (plan.errors.length > 0) return plan;
  const seenUrls = new Set<string>();
  const seenKeys = new Set<string>();
  const unknown = new Set<string>();
  table.rows.forEach((cells, index) => {
    const row = table.rowNumbers[index];
    const read = <T>(field: ImportField, reader: (raw: string | undefined) => T): T | null => {
      const at = column(field);
      if (at === undefined) return null;
      try {
        return reader(cells[at]);
      } catch (error) {
        if (!(error instanceof CellProblem)) throw error;
        plan.errors.push({ row, message: `Row ${row}: '${table.headers[at]}' ${error.message}` });
        return null;
      }
    };
    const date = (field: ImportField) =>
      read(field, (raw) => {
        const text = textCell(raw);
        if (!text) return null;
        const parsed = parseCalendarDate(text, plan.dayOrders[field] ?? 'mdy');
        if (!parsed) throw new CellProblem(`isn't a date we can read (got '${shorten(text)}')`);
        return parsed;
      });
    const errorsBefore = plan.errors.length;
    const company = read('company', textCell);
    const title = read('title', textCell);
    const status = read('status', textCell);
    const fields = {
      url: read('url', urlCell),
      location: read('location', textCell),
      source: read('source', textCell),
      notes: read('notes', freeTextCell),
      salary: salaryCells(read('salary', textCell), read('salaryMin', textCell), read('salaryMax', textCell)),
      decisionExpectedBy: date('decisionExpectedBy'),
    };
    const dates = { saved: date('dateSaved'), applied: date('dateApplied'), lastActivity: date('lastActivity') };
    if (plan.errors.length > errorsBefore) return;
    if (!company || !title) {
      const missing = !company ? FIELD_LABELS.company : FIELD_LABELS.title;
      plan.errors.push({ row, message: `Row ${row}: the ${missing.toLowerCase()} is empty; Ajar needs a company and a job title.` });
      return;
    }
    let stage: Stage = dates.applied ? 'applied' : 'saved';
    if (status) {
      const known = stageOfStatus(status, mapping.statusOverrides);
      if (!known) {
        const folded = foldStatus(status);
        if (!unknown.has(folded)) plan.errors.push({ row, message: `Row ${row}: '${table.headers[column('status')!]}' is '${shorten(status)}', which Ajar can't place yet. Choose a stage for it.` });
        unknown.add(folded);
        return;
      }
      stage = known;
    }
    const canonicalUrl = canonicalUrlOf(fields.url);
    const matchKey = matchKeyOf(company, title);
    const duplicate = (canonicalUrl && tracked.urls.has(canonicalUrl)) || tracked.matchKeys.has(matchKey) ? 'already-tracked'
      : (canonicalUrl && seenUrls.has(canonicalUrl)) || seenKeys.has(matchKey) ? 'repeated-in-file' : null;
    if (duplicate) {
      plan.duplicates.push({ row, company, title, reason: duplicate });
      return;
    }
    if (canonicalUrl) seenUrls.add(canonicalUrl);
    seenKeys.add(matchKey);
    const id = newId();
    const note = `Imported from ${options.format === 'generic' ? 'a spreadsheet' : formatName(options.format)}${status ? ` as '${shorten(status)}'` : ''}.`;
    const { events, savedAt } = importedTimeline(id, stage, dates, options.timeZone, options.now, note);
    const application: Application = {
      ...fields,
      id,
      company,
      title,
      stage,
      source: fields.source ?? (options.format === 'generic' ? 'csv' : options.format),
      canonicalUrl,
      matchKey,
      createdAt: savedAt,
      updatedAt: options.now.toISOString(),
    };
    plan.fresh.push({ row, application, events });
  });
  plan.unknownStatuses = [...unknown];
  return plan;
}

export function formatName(format: CsvFormat): string {
  return { huntr: 'Huntr', teal: 'Teal', ajar: 'an Ajar export', generic: 'a spreadsheet' }[format];
}
