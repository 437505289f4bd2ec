import { describe, expect, test } from 'vitest';
import { toRow, type ApplicationRow } from '../../utils/model/application-row';
import { filterRows, NO_FILTERS, sourcesOf } from '../../components/dashboard/pipeline/filter-rows';
import { toRowFilters, EMPTY_CONTROLS } from '../../components/dashboard/pipeline/filter-state';
import { nextSort, sortRows } from '../../components/dashboard/pipeline/sort-rows';
import { CLOSED_STAGES, STAGES, type Application, type Stage } from '../../utils/model/application';

function app(id: string, company: string, title: string, stage: Stage, updatedAt: string, extra: Partial<Application> = {}): Application {
  return { id, company, title, stage, updatedAt, createdAt: updatedAt, ...extra };
}

const rows: ApplicationRow[] = [
  app('1', 'Acme', 'Senior Engineer', 'applied', '2026-03-01T10:00:00Z', { source: 'greenhouse', location: 'Berlin' }),
  app('2', 'Globex', 'Data Analyst', 'rejected', '2026-03-05T10:00:00Z', { source: 'linkedin' }),
  app('3', 'Initech', 'Platform Engineer', 'interviewing', '2026-03-09T23:30:00Z', { source: 'greenhouse' }),
  app('4', 'Umbrella', 'Designer', 'no-response', '2026-02-10T10:00:00Z', { source: 'manual', location: 'Remote, Berlin' }),
].map(toRow);

const ids = (list: readonly ApplicationRow[]) => list.map((row) => row.id);

describe('pipeline filters', () => {
  test('search matches every word in company, role, place or source, ignoring case', () => {
    expect(ids(filterRows(rows, { ...NO_FILTERS, query: 'engineer' }, new Set()))).toEqual(['1', '3']);
    expect(ids(filterRows(rows, { ...NO_FILTERS, query: 'BERLIN engineer' }, new Set()))).toEqual(['1']);
    expect(ids(filterRows(rows, { ...NO_FILTERS, query: '  ' }, new Set()))).toEqual(['1', '2', '3', '4']);
  });

  test('hide rejected and closed keeps only live and saved applications', () => {
    expect(ids(filterRows(rows, { ...NO_FILTERS, hideClosed: true }, new Set()))).toEqual(['1', '3']);
  });

  test('stage, source and "has a next step" narrow the list', () => {
    expect(ids(filterRows(rows, { ...NO_FILTERS, stages: ['rejected'] }, new Set()))).toEqual(['2']);
    expect(ids(filterRows(rows, { ...NO_FILTERS, source: 'Greenhouse' }, new Set()))).toEqual(['1', '3']);
    expect(ids(filterRows(rows, { ...NO_FILTERS, onlyWithPrompts: true }, new Set(['3', '4'])))).toEqual(['3', '4']);
    expect(sourcesOf(rows)).toEqual(['greenhouse', 'linkedin', 'manual']);
  });

  test('the date range covers whole days in the user’s time zone', () => {
    // 23:30 UTC on the 9th is already the 10th in Berlin.
    const berlin = toRowFilters({ ...EMPTY_CONTROLS, from: '2026-03-10', to: '2026-03-10' }, false, 'Europe/Berlin');
    expect(ids(filterRows(rows, berlin, new Set()))).toEqual(['3']);
    const newYork = toRowFilters({ ...EMPTY_CONTROLS, from: '2026-03-01', to: '2026-03-05' }, false, 'America/New_York');
    expect(ids(filterRows(rows, newYork, new Set()))).toEqual(['1', '2']);
  });
});

describe('pipeline sorting', () => {
  test('by company, stage order or last activity; clicking again flips', () => {
    expect(ids(sortRows(rows, { key: 'company', direction: 'ascending' }))).toEqual(['1', '2', '3', '4']);
    expect(ids(sortRows(rows, { key: 'updatedAt', direction: 'descending' }))).toEqual(['3', '2', '1', '4']);
    expect(ids(sortRows(rows, { key: 'stage', direction: 'ascending' }))).toEqual(['1', '3', '2', '4']);
    expect(nextSort({ key: 'company', direction: 'ascending' }, 'company')).toEqual({ key: 'company', direction: 'descending' });
    expect(nextSort({ key: 'company', direction: 'ascending' }, 'updatedAt')).toEqual({ key: 'updatedAt', direction: 'descending' });
  });
});

describe('at 10,000 applications', () => {
  // How fast this runs is the bench's job (dashboardFilter.n10k); here: the answers stay right at size.
  const many = Array.from({ length: 10_000 }, (_, index) =>
    toRow(app(`id-${index}`, `Company ${index % 700}`, `${['Senior', 'Staff', 'Junior'][index % 3]} Engineer ${index}`,
      STAGES[index % STAGES.length], new Date(Date.UTC(2026, 0, 1) + index * 3_600_000).toISOString(),
      { source: ['greenhouse', 'lever', 'linkedin'][index % 3], location: index % 2 ? 'Berlin' : 'Remote', description: 'x'.repeat(2000) })));

  test('each keystroke of a search narrows to exactly the rows with every word typed', () => {
    const typed = ['s', 'st', 'sta', 'staf', 'staff', 'staff e', 'staff en', 'staff eng 99'];
    let previous = Infinity;
    for (const query of typed) {
      const result = filterRows(many, { ...NO_FILTERS, query, hideClosed: true }, new Set());
      const words = query.split(' ');
      expect(result.length, `"${query}"`).toBeGreaterThan(0);
      expect(result.length, `"${query}" widened the list`).toBeLessThanOrEqual(previous);
      for (const row of result) expect(words.every((word) => `${row.company} ${row.title} ${row.location} ${row.source}`.toLowerCase().includes(word)), `${row.title} for "${query}"`).toBe(true);
      previous = result.length;
    }
    // "staff eng 99": every Staff engineer whose number contains 99, and nothing closed.
    const expected = many.filter((row) => row.title.startsWith('Staff') && row.title.includes('99') && !CLOSED_STAGES.includes(row.stage));
    expect(ids(filterRows(many, { ...NO_FILTERS, query: 'staff eng 99', hideClosed: true }, new Set())).sort()).toEqual(ids(expected).sort());
  });

  test('sorting all of them by company puts every row in order', () => {
    const sorted = sortRows(many, { key: 'company', direction: 'ascending' });
    expect(sorted).toHaveLength(many.length);
    for (let index = 1; index < sorted.length; index += 1) {
      expect(sorted[index - 1].company.localeCompare(sorted[index].company, undefined, { numeric: true, sensitivity: 'base' })).toBeLessThanOrEqual(0);
    }
  });
});
