import { beforeEach, describe, expect, test } from 'vitest';
import { addApplication, updateSettings } from '../../utils/db/repository';
import { db } from '../../utils/db/database';
import { ImportError } from '../../utils/backup/limits';
import { importCsvText, previewCsvImport } from '../../utils/io/csv-import';
import { emptyDatabase, sample, snapshot } from './db-helpers';

const NOW = new Date('2026-03-16T15:00:00Z');

beforeEach(async () => {
  await emptyDatabase();
  await updateSettings({ timeZone: 'America/New_York' });
});

async function stored(company: string) {
  const application = await db.applications.filter((application) => application.company === company).first();
  if (!application) throw new Error(`${company} was not imported`);
  const events = (await db.events.where('applicationId').equals(application.id).toArray()).sort((a, b) => a.at.localeCompare(b.at));
  return { application, events, types: events.map((event) => event.type) };
}

describe('importing a Huntr export', () => {
  test('recognises the columns, places every list and keeps the dates', async () => {
    const plan = await previewCsvImport(sample('huntr-export.csv'), undefined, NOW);
    expect(plan.format).toBe('huntr');
    expect(plan.errors).toEqual([]);
    expect(plan.fresh).toHaveLength(5);
    expect(await importCsvText(sample('huntr-export.csv'), undefined, NOW)).toEqual({ imported: 5, duplicatesSkipped: 0 });

    const northwind = await stored('Northwind Traders');
    expect(northwind.application).toMatchObject({ title: 'Senior Frontend Engineer', stage: 'applied', location: 'Remote (US)', source: 'huntr' });
    expect(northwind.application.salary).toMatchObject({ min: 150000, max: 180000, currency: 'USD' });
    expect(northwind.types).toEqual(['saved', 'applied']);
    // Saved 2 Feb, moved to Applied on 3 Feb (local noon in New York is 17:00 UTC).
    expect(northwind.events.map((event) => event.at)).toEqual(['2026-02-02T14:00:00.000Z', '2026-02-03T17:00:00.000Z']);

    expect((await stored('Contoso')).application.stage).toBe('interviewing');
    expect((await stored('Fabrikam')).types).toEqual(['saved', 'applied', 'rejected']);
    expect((await stored('Tailspin Toys')).application).toMatchObject({ stage: 'saved', url: null });
    expect((await stored('Woodgrove Bank')).types).toEqual(['saved', 'applied', 'offer']);
    // The applied one is waiting for an answer: its follow-up prompt was derived in the same write.
    expect(await db.prompts.where('applicationId').equals(northwind.application.id).count()).toBeGreaterThan(0);
  });

  test('importing the same file again adds nothing', async () => {
    await importCsvText(sample('huntr-export.csv'), undefined, NOW);
    const before = await snapshot();
    const plan = await previewCsvImport(sample('huntr-export.csv'), undefined, NOW);
    expect(plan.fresh).toHaveLength(0);
    expect(plan.duplicates.map((duplicate) => duplicate.reason)).toEqual(Array(5).fill('already-tracked'));
    expect(await importCsvText(sample('huntr-export.csv'), undefined, NOW)).toEqual({ imported: 0, duplicatesSkipped: 5 });
    expect(await snapshot()).toBe(before);
  });
});

describe('importing a Teal export', () => {
  test('maps every Teal status to an Ajar stage and reads month-first dates', async () => {
    const plan = await previewCsvImport(sample('teal-export.csv'), undefined, NOW);
    expect(plan.format).toBe('teal');
    expect(plan.dayOrders).toMatchObject({ dateSaved: 'mdy', dateApplied: 'mdy' });
    await importCsvText(sample('teal-export.csv'), undefined, NOW);
    const stages = Object.fromEntries((await db.applications.toArray()).map((application) => [application.company, application.stage]));
    expect(stages).toEqual({
      Litware: 'saved', 'Adventure Works': 'applied', Proseware: 'interviewing', 'Wingtip Toys': 'offer',
      'Lucerne Publishing': 'rejected', 'Coho Winery': 'no-response', 'Alpine Ski House': 'withdrawn',
    });
    const litware = await stored('Litware');
    expect(litware.application.salary).toMatchObject({ min: 120000, max: 145000 });
    expect(litware.application.canonicalUrl).toBe('https://linkedin.com/jobs/view/3998877665');
    const adventure = await stored('Adventure Works');
    expect(adventure.application.notes).toBe('Referred by Priya; mention the dbt migration');
    expect(adventure.events.find((event) => event.type === 'applied')?.at).toBe('2026-02-14T17:00:00.000Z');
  });
});

describe('importing a home-made spreadsheet', () => {
  test('semicolons, day-first dates, a repeated row and a formula come through safely', async () => {
    const plan = await previewCsvImport(sample('generic-export.csv'), undefined, NOW);
    expect(plan.format).toBe('generic');
    expect(plan.dayOrders.dateApplied).toBe('dmy');
    expect(plan.fresh).toHaveLength(3);
    expect(plan.duplicates).toEqual([{ row: 4, company: 'Blue Yonder Airlines', title: 'Backend Developer (m/f/d)', reason: 'repeated-in-file' }]);
    await importCsvText(sample('generic-export.csv'), undefined, NOW);
    const trey = await stored('Trey Research');
    expect(trey.application).toMatchObject({ stage: 'interviewing', url: 'https://trey.example/careers/research-engineer', source: 'csv' });
    expect(trey.events.find((event) => event.type === 'applied')?.at).toBe('2026-03-02T17:00:00.000Z');
  });

  test('a posting Ajar already tracks is skipped by its address', async () => {
    await addApplication({ company: 'Blue Yonder', title: 'Platform role', url: 'https://blueyonder.example/jobs/88' });
    const plan = await previewCsvImport(sample('generic-export.csv'), undefined, NOW);
    expect(plan.duplicates.map((duplicate) => [duplicate.row, duplicate.reason])).toEqual([[2, 'already-tracked'], [4, 'already-tracked']]);
  });
});

describe('a file with a problem writes nothing and says where', () => {
  const header = 'Company,Title,Status,Applied on\n';

  async function refusal(text: string): Promise<string> {
    const before = await snapshot();
    const error = await importCsvText(text, undefined, NOW).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect(await snapshot()).toBe(before);
    return (error as Error).message;
  }

  test('an impossible date names the row and the column', async () => {
    const rows = Array.from({ length: 12 }, (_, index) => `Acme ${index},Engineer,Applied,${index + 1}/03/2026`).join('\n');
    expect(await refusal(`${header}${rows}\nAcme Z,Engineer,Applied,31/02/2026\n`)).toBe(
      "Row 14: 'Applied on' isn't a date we can read (got '31/02/2026'). Nothing was imported",
    );
  });

  test('markup, missing names, unknown statuses and cut-off files are named', async () => {
    expect(await refusal(`${header}Acme,"<script>alert(1)</script>",Applied,\n`)).toMatch(/^Row 2: 'Title' contains page markup/);
    expect(await refusal(`${header}Acme,,Applied,\n`)).toMatch(/^Row 2: the job title is empty/);
    expect(await refusal(`${header}Acme,Engineer,Maybe later,\n`)).toMatch(/^Row 2: 'Status' is 'Maybe later', which Ajar can't place yet/);
    expect(await refusal(`${header}Acme,"Engineer,Applied,\n`)).toMatch(/quoted cell never ends/);
    expect(await refusal('Name,Colour\nAcme,blue\n')).toMatch(/Choose the column that holds the company/);
    expect(await refusal(`${header}Acme,Engineer,Applied,3/14/2026\nBeta,Engineer,Applied,14/3/2026\n`)).toMatch(/mixes day-first and month-first/);
    expect(await refusal('__proto__,Title\nx,y\n')).toMatch(/Column 1 is named '__proto__'/);
  });

  test('a status the user placed by hand is imported with that stage', async () => {
    const text = `${header}Acme,Engineer,Maybe later,\n`;
    const plan = await previewCsvImport(text, undefined, NOW);
    expect(plan.unknownStatuses).toEqual(['maybe later']);
    const mapping = { ...plan.mapping, statusOverrides: { 'maybe later': 'saved' as const } };
    expect(await importCsvText(text, mapping, NOW)).toEqual({ imported: 1, duplicatesSkipped: 0 });
    expect((await stored('Acme')).application.stage).toBe('saved');
  });
});
