import Papa from 'papaparse';
import { beforeEach, expect, test } from 'vitest';
import { db } from '../../utils/db/database';
import { updateSettings } from '../../utils/db/repository';
import { applicationsToCsv, CSV_COLUMNS, exportApplicationsCsv, formulaSafe } from '../../utils/io/csv-export';
import { importCsvText } from '../../utils/io/csv-import';
import type { Application } from '../../utils/model/application';
import { emptyDatabase, sample } from './db-helpers';

const NOW = new Date('2026-03-16T15:00:00Z');

beforeEach(async () => {
  await emptyDatabase();
  await updateSettings({ timeZone: 'America/New_York' });
});

test('cells a spreadsheet would run as a formula are turned into text', () => {
  expect(['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', 'Acme', ''].map(formulaSafe)).toEqual(["'=1+1", "'+SUM(A1)", "'-2", "'@cmd", "'\tx", 'Acme', '']);
  const application: Application = {
    id: 'a1', company: '=HYPERLINK("http://evil.example","click")', title: 'Engineer, "Platform"', stage: 'no-response',
    notes: 'line one\nline two', createdAt: '2026-03-02T04:30:00Z', updatedAt: '2026-03-02T04:30:00Z',
  };
  const text = applicationsToCsv({ applications: [application], events: [], prompts: [], timeZone: 'America/New_York' });
  const [header, row] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  expect(header).toEqual([...CSV_COLUMNS]);
  expect(row[0]).toBe('\'=HYPERLINK("http://evil.example","click")');
  expect(row[1]).toBe('Engineer, "Platform"');
  expect(row[2]).toBe('No response');
  // 04:30 UTC on 2 March is still 1 March in New York.
  expect(row[7]).toBe('2026-03-01');
  expect(row[12]).toBe('line one\nline two');
  expect(text.endsWith('\r\n')).toBe(true);
});

test('an export imports back into an empty Ajar with the same applications, stages and dates', async () => {
  await importCsvText(sample('teal-export.csv'), undefined, NOW);
  const summary = (rows: Application[]) => rows.map((a) => [a.company, a.title, a.stage, a.url, a.salary?.min ?? null, a.salary?.max ?? null, a.notes ?? null]).sort();
  const before = summary(await db.applications.toArray());
  const csv = await exportApplicationsCsv();
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const adventure = rows.find((row) => row[0] === 'Adventure Works')!;
  expect(adventure.slice(7, 9)).toEqual(['2026-02-10', '2026-02-14']);
  // Applied on 14 Feb and never heard back: a follow-up is pending and shows as the next one.
  expect(adventure[10]).toMatch(/^2026-\d\d-\d\d$/);

  await emptyDatabase();
  await importCsvText(csv, undefined, NOW);
  expect(summary(await db.applications.toArray())).toEqual(before);
});
