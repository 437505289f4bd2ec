import { TZDate } from '@date-fns/tz';
import Papa from 'papaparse';
import { db } from '../db/database';
import { getSettings } from '../db/queries/settings';
import type { AppEvent, Application, Salary, Stage } from '../model/application';
import type { PendingPrompt } from '../model/prompts';

/** The columns a spreadsheet user expects, in the order they read them. */
export const CSV_COLUMNS = [
  'Company', 'Title', 'Stage', 'Location', 'URL', 'Source', 'Salary', 'Date saved', 'Date applied',
  'Last activity', 'Next follow-up', 'Decision expected by', 'Notes', 'Offer answer by',
] as const;

const STAGE_LABELS: Record<Stage, string> = {
  saved: 'Saved', applied: 'Applied', interviewing: 'Interviewing', offer: 'Offer', accepted: 'Accepted',
  rejected: 'Rejected', withdrawn: 'Withdrawn', 'no-response': 'No response',
};

export interface CsvExportData {
  applications: readonly Application[];
  events: readonly AppEvent[];
  prompts: readonly PendingPrompt[];
  timeZone: string;
}

/**
 * A spreadsheet opens a cell that starts with = + - @ (or a tab or carriage return) as a formula, which
 * can run commands or leak data from a hostile posting's title; a leading quote makes it plain text.
 */
export function formulaSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One row per application; dates are the user's local calendar dates (yyyy-MM-dd sorts and imports cleanly). */
export function applicationsToCsv(data: CsvExportData): string {
  const eventsOf = groupBy(data.events, (event) => event.applicationId);
  const promptsOf = groupBy(data.prompts, (prompt) => prompt.applicationId ?? '');
  const localDate = (iso: string | undefined | null) => (iso ? formatLocalDate(iso, data.timeZone) : '');
  const rows = [...data.applications]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((application) => {
      const events = (eventsOf.get(application.id) ?? []).map((event) => event.at).sort((a, b) => Date.parse(a) - Date.parse(b));
      const typed = (type: AppEvent['type']) => (eventsOf.get(application.id) ?? []).find((event) => event.type === type)?.at;
      const nextPrompt = (promptsOf.get(application.id) ?? []).map((prompt) => prompt.dueAt).sort()[0];
      return [
        application.company, application.title, STAGE_LABELS[application.stage] ?? application.stage, application.location ?? '',
        application.url ?? '', application.source ?? '', salaryText(application.salary), localDate(typed('saved') ?? application.createdAt),
        localDate(typed('applied')), localDate(events[events.length - 1]), localDate(nextPrompt), application.decisionExpectedBy ?? '',
        application.notes ?? '', application.offerRespondBy ?? '',
      ].map((cell) => formulaSafe(String(cell)));
    });
  // The byte-order mark makes Excel read the file as UTF-8 (accents in company names survive).
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false })}\r\n`;
}

/** Reads everything the export needs in one transaction, so the rows agree with each other. */
export async function exportApplicationsCsv(): Promise<string> {
  return db.transaction('r', [db.applications, db.events, db.prompts, db.settings], async () => {
    const [applications, events, prompts, settings] = await Promise.all([db.applications.toArray(), db.events.toArray(), db.prompts.toArray(), getSettings()]);
    return applicationsToCsv({ applications, events, prompts, timeZone: settings.timeZone });
  });
}

export function csvFileName(now: Date = new Date()): string {
  return `ajar-applications-${now.toISOString().slice(0, 10)}.csv`;
}

/** "120000 - 145000 USD per year": readable, and Ajar's import reads it back the same. */
function salaryText(salary: Salary | null | undefined): string {
  if (!salary || (salary.min == null && salary.max == null)) return '';
  const range = salary.min != null && salary.max != null && salary.min !== salary.max ? `${salary.min} - ${salary.max}` : String(salary.min ?? salary.max);
  return [range, salary.currency, salary.period ? `per ${salary.period}` : ''].filter(Boolean).join(' ');
}

function formatLocalDate(iso: string, timeZone: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const local = new TZDate(time, timeZone);
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
