import type { Stage } from '../../model/application';

/** What Ajar can take from a column of someone else's spreadsheet. */
export const IMPORT_FIELDS = [
  'company', 'title', 'status', 'url', 'location', 'source', 'salary', 'salaryMin', 'salaryMax', 'notes',
  'dateSaved', 'dateApplied', 'lastActivity', 'decisionExpectedBy',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const FIELD_LABELS: Record<ImportField, string> = {
  company: 'Company',
  title: 'Job title',
  status: 'Status',
  url: 'Posting link',
  location: 'Location',
  source: 'Source',
  salary: 'Salary',
  salaryMin: 'Lowest salary',
  salaryMax: 'Highest salary',
  notes: 'Notes',
  dateSaved: 'Date saved',
  dateApplied: 'Applied on',
  lastActivity: 'Last activity',
  decisionExpectedBy: 'Decision expected by',
};

export const DATE_FIELDS: readonly ImportField[] = ['dateSaved', 'dateApplied', 'lastActivity', 'decisionExpectedBy'];

/** Which tracker wrote the file; it names the import's source and the preview's heading. */
export type CsvFormat = 'huntr' | 'teal' | 'ajar' | 'generic';

/**
 * Field → column index, plus the stage the user chose for status words Ajar does not know. A column
 * feeds at most one field; fields left out are simply not imported.
 */
export interface ColumnMapping {
  columns: Partial<Record<ImportField, number>>;
  statusOverrides: Record<string, Stage>;
}

// Header names seen in the wild, folded like foldHeader does. Huntr's job export names its columns in
// camelCase (companyName, title, listName, createdAt, lastMovedAt); Teal's tracker uses Job Position,
// Company, Status, Date Saved, Date Applied, Min./Max. Salary; Ajar's own export uses its labels.
const HEADER_SYNONYMS: Record<ImportField, readonly string[]> = {
  company: ['company', 'companyname', 'company name', 'employer', 'organization', 'organisation', 'organization name'],
  title: ['title', 'job title', 'jobtitle', 'job position', 'position', 'role', 'job', 'position title', 'job name'],
  status: ['status', 'stage', 'listname', 'list name', 'list', 'application status', 'state', 'column'],
  url: ['url', 'link', 'job url', 'job link', 'posting url', 'posting link', 'job posting', 'posting', 'application link', 'website'],
  location: ['location', 'job location', 'city', 'place'],
  source: ['source', 'job source', 'channel', 'found via', 'found on', 'job board', 'board'],
  salary: ['salary', 'salary range', 'compensation', 'pay', 'pay range', 'comp'],
  salaryMin: ['min salary', 'min. salary', 'minimum salary', 'salary min', 'salary from'],
  salaryMax: ['max salary', 'max. salary', 'maximum salary', 'salary max', 'salary to'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
  dateSaved: ['date saved', 'saved', 'saved on', 'createdat', 'created at', 'created', 'date created', 'date added', 'added', 'added on', 'bookmarked on'],
  dateApplied: ['date applied', 'applied', 'applied on', 'applied date', 'application date', 'appliedat', 'date of application', 'date'],
  lastActivity: ['last activity', 'lastmovedat', 'last moved at', 'last updated', 'updatedat', 'updated at', 'updated', 'last modified', 'last contact'],
  decisionExpectedBy: ['decision expected by', 'decision by', 'decision date', 'expected decision'],
};

export function foldHeader(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim();
}

const FIELD_OF_HEADER = new Map<string, ImportField>(
  (Object.entries(HEADER_SYNONYMS) as [ImportField, readonly string[]][]).flatMap(([field, names]) =>
    names.flatMap((name) => [[foldHeader(name), field] as const, [foldHeader(name).replace(/[ .]/g, ''), field] as const]),
  ),
);

/** Recognises the tracker behind a file by the columns only it writes. */
export function detectFormat(headers: readonly string[]): CsvFormat {
  const names = new Set(headers.map((header) => foldHeader(header).replace(/[ .]/g, '')));
  if (names.has('listname') && names.has('companyname')) return 'huntr';
  if (names.has('jobposition') && (names.has('datesaved') || names.has('excitement') || names.has('maxsalary'))) return 'teal';
  if (names.has('nextfollowup') && names.has('decisionexpectedby')) return 'ajar';
  return 'generic';
}

/** The first column whose header names a field wins it; a column is never used twice. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const columns: Partial<Record<ImportField, number>> = {};
  headers.forEach((header, index) => {
    const folded = foldHeader(header);
    const field = FIELD_OF_HEADER.get(folded) ?? FIELD_OF_HEADER.get(folded.replace(/[ .]/g, ''));
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return { columns, statusOverrides: {} };
}
