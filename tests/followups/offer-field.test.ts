import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { validateBackupText } from '../../utils/backup/validate';
import { applicationsToCsv, CSV_COLUMNS } from '../../utils/io/csv-export';
import { application } from './fixtures';

// offerRespondBy is part of the backup like decisionExpectedBy: a local calendar date, optional.
const backup = () => JSON.parse(readFileSync('tests/fixtures/offers/offer-in-hand.json', 'utf8'));

describe('the offer answer-by date', () => {
  test('a backup keeps it, and refuses one that is not a calendar date', () => {
    const kept = validateBackupText(JSON.stringify(backup()));
    expect(kept.applications.find((item) => item.id === 'acme')?.offerRespondBy).toBe('2026-03-13');
    const wrong = backup();
    wrong.applications[0].offerRespondBy = '13/03/2026';
    expect(() => validateBackupText(JSON.stringify(wrong))).toThrow(/offerRespondBy.*should be a date like 2026-03-20/);
  });

  test('the CSV export carries it in its own column', () => {
    const csv = applicationsToCsv({ applications: [application('acme', 'offer', { offerRespondBy: '2026-03-13' })], events: [], prompts: [], timeZone: 'America/New_York' });
    const [header, row] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(row[header.indexOf('Offer answer by')]).toBe('2026-03-13');
  });
});
