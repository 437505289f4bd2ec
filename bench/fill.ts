import type { Page } from 'playwright-core';
import type { BackupDocument } from '../utils/backup/schema';
import type { Bench } from './browser';

/**
 * Runs `act` and returns ms (in the page's clock) from the first `startEvent` it causes (a file chosen, a
 * button clicked; for 'input', the last keystroke) to the end of the first frame in which `selector`
 * shows `text` ("…*" = starts with).
 */
export async function timedUi(page: Page, startEvent: 'change' | 'click' | 'input', act: () => Promise<void>, selector: string, text: string): Promise<number> {
  await page.evaluate(([type, wanted, expected]) => (window as unknown as BenchWindow).__benchTimeFrom(type, wanted, expected, type === 'input'),
    [startEvent, selector, text] as const);
  await act();
  await page.waitForFunction(() => (window as unknown as BenchWindow).__benchDone !== undefined, null, { timeout: 600_000, polling: 'raf' });
  return page.evaluate(() => (window as unknown as BenchWindow).__benchDone! - (window as unknown as BenchWindow).__benchStart!);
}

/** What bench/page/ready.js puts on every instrumented page. */
interface BenchWindow {
  __benchStart?: number;
  __benchDone?: number;
  __benchTimeFrom(type: string, selector: string, text: string, last: boolean): void;
}

/** Opens the dashboard's data settings, where backup, restore and CSV import live. */
export async function openDataPanel(bench: Bench): Promise<Page> {
  const page = await bench.context.newPage();
  await page.goto(bench.url('options.html#/settings'));
  await page.getByLabel('Restore from a backup file').waitFor({ state: 'attached' });
  return page;
}

const STATUS = { backup: 'p[aria-label="Backup status"]', import: 'p[aria-label="Import status"]' };
const noun = (n: number) => `${n} ${n === 1 ? 'application' : 'applications'}`;

/**
 * Fills the database the way a person restores a backup: the dashboard's own restore (validation, one
 * transaction, every prompt derived). Returns ms from confirming to the "Restored" line.
 */
export async function restoreThroughUi(page: Page, doc: BackupDocument): Promise<number> {
  await page.getByLabel('Restore from a backup file').setInputFiles({ name: 'bench-backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  const confirm = page.getByRole('button', { name: 'Replace everything' });
  await confirm.waitFor({ timeout: 300_000 });
  return timedUi(page, 'click', () => confirm.click(), STATUS.backup, `Restored the backup from*`);
}

/**
 * The CSV wizard end to end: choosing the file until the preview offers the import, plus clicking Import
 * until "Imported N applications". The person's pause between the two is not counted.
 */
export async function importCsvThroughUi(page: Page, csv: string, rows: number): Promise<{ preview: number; commit: number }> {
  const input = page.getByLabel('Import a CSV file');
  const preview = await timedUi(page, 'change',
    () => input.setInputFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }),
    'section.import-wizard button.primary', `Import ${noun(rows)}`);
  const commit = await timedUi(page, 'click', () => page.getByRole('button', { name: `Import ${noun(rows)}` }).click(),
    STATUS.import, `Imported ${noun(rows)} from bench.csv.*`);
  return { preview, commit };
}

/** "Back up now" until the file is handed to the browser and the status line says so. */
export async function exportThroughUi(page: Page, applications: number): Promise<number> {
  return timedUi(page, 'click', () => page.getByRole('button', { name: 'Back up now' }).click(), STATUS.backup, `Saved ajar-backup-*`)
    .then(async (ms) => {
      const shown = await page.locator(STATUS.backup).textContent();
      if (!shown?.includes(noun(applications))) throw new Error(`The backup did not hold ${noun(applications)}: ${shown}`);
      return ms;
    });
}

/** The baseline's storage: the whole pipeline as one array in chrome.storage.local. */
export async function fillBaseline(bench: Bench, pipeline: unknown[]): Promise<void> {
  const page = await bench.context.newPage();
  await page.goto(bench.url('baseline/popup.html'));
  await page.evaluate((value) => chrome.storage.local.set({ pipeline: value }), pipeline);
  await page.close();
}
