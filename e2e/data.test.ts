import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchAjar, type Ajar } from './browser';
import { readTable } from './idb';

// The user's data in the real extension: import, backup and restore through the Settings panel, and the
// failure-proofing promises (a killed worker, a browser restart, two tabs at once).
const HUNTR = path.resolve(import.meta.dirname, '../tests/io/samples/huntr-export.csv');
const HUNTR_COMPANIES = ['Northwind Traders', 'Contoso', 'Fabrikam', 'Tailspin Toys', 'Woodgrove Bank'];

let ajar: Ajar;
let page: Page;

beforeAll(async () => {
  ajar = await launchAjar();
  page = await ajar.openPage('options.html#/settings');
});
afterAll(() => ajar?.close());

const go = (target: Page, hash: string) => target.evaluate((next) => (window.location.hash = next), hash);

/** What is stored, as comparable text: a refused restore must leave it byte for byte the same. */
async function stored(where: Page): Promise<string> {
  const tables = ['applications', 'events', 'contacts', 'reminders', 'reflections', 'settings'];
  return JSON.stringify(await Promise.all(tables.map((table) => readTable(where, table))));
}

async function counts(where: Page): Promise<{ applications: number; events: number }> {
  return { applications: (await readTable(where, 'applications')).length, events: (await readTable(where, 'events')).length };
}

/** Stops the extension's service worker for real (toolchain.md item 10) and waits until it has stopped. */
async function stopServiceWorker(from: Page): Promise<void> {
  const cdp = await from.context().newCDPSession(from);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((version) => version.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

describe('the Data panel in the real extension', () => {
  test('a Huntr export imports through the wizard and its applications appear in the pipeline', async () => {
    await page.getByLabel('Import a CSV file').setInputFiles(HUNTR);
    await expect.poll(() => page.getByTestId('count-new').textContent()).toBe('5 new');
    expect(await page.getByText('Read as Huntr').count()).toBe(1);
    expect((await counts(page)).applications).toBe(0);
    await page.getByRole('button', { name: 'Import 5 applications' }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Import status' }).textContent()).toBe('Imported 5 applications from huntr-export.csv.');

    await go(page, '#/pipeline/table');
    for (const company of HUNTR_COMPANIES) await expect.poll(() => page.getByText(company).first().isVisible()).toBe(true);
    const applications = await readTable<{ company: string; stage: string }>(page, 'applications');
    expect(Object.fromEntries(applications.map((a) => [a.company, a.stage]))).toEqual({
      'Northwind Traders': 'applied', Contoso: 'interviewing', Fabrikam: 'rejected', 'Tailspin Toys': 'saved', 'Woodgrove Bank': 'offer',
    });
  });

  test('backing up downloads the whole search; a broken or hostile backup is refused and changes nothing', async () => {
    await go(page, '#/settings');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back up now' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ajar-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = readFileSync((await file.path())!, 'utf8');
    expect(JSON.parse(backup)).toMatchObject({ format: 'ajar-backup', version: 1 });
    expect(JSON.parse(backup).applications).toHaveLength(5);
    await expect.poll(() => page.getByTestId('backup-reminder').textContent()).toBe('Last backup today');

    const before = await stored(page);
    const restore = page.getByLabel('Restore from a backup file');
    const status = page.getByRole('status', { name: 'Backup status' });
    await restore.setInputFiles({ name: 'cut-off.json', mimeType: 'application/json', buffer: Buffer.from(backup.slice(0, backup.length / 2)) });
    await expect.poll(() => status.textContent()).toMatch(/^cut-off\.json: The file ends too early \(line \d+\): it looks cut off\. Nothing was changed\.$/);
    const hostile = backup.replace('"format"', '"__proto__": {"polluted": true}, "format"');
    await restore.setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
    await expect.poll(() => status.textContent()).toBe('hostile.json: __proto__ is a reserved name that a backup never contains. Nothing was changed.');
    expect(await page.getByRole('button', { name: 'Replace everything' }).count()).toBe(0);
    expect(await stored(page)).toBe(before);

    // The good file asks before replacing, and says what it will replace everything with.
    await restore.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect.poll(() => page.getByText(/^This replaces everything in Ajar with the backup from .+ \(5 applications\)\.$/).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await stored(page)).toBe(before);
    expect(ajar.consoleErrors).toEqual([]);
  });

  test('two dashboard tabs on the same application see each other’s edits at once', async () => {
    const [northwind] = (await readTable<{ id: string; company: string }>(page, 'applications')).filter((a) => a.company === 'Northwind Traders');
    const hash = `options.html#/application/${encodeURIComponent(northwind.id)}`;
    const [first, second] = [await ajar.openPage(hash), await ajar.openPage(hash)];
    const title = (target: Page) => target.getByRole('heading', { level: 1 }).textContent();
    await expect.poll(() => title(second)).toBe('Northwind Traders – Senior Frontend Engineer');

    await first.getByRole('form', { name: 'Details' }).getByLabel('Role').fill('Staff Frontend Engineer');
    await first.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => title(second)).toBe('Northwind Traders – Staff Frontend Engineer');
    await expect.poll(() => readTable<{ title: string }>(second, 'applications').then((rows) => rows.some((row) => row.title === 'Staff Frontend Engineer'))).toBe(true);

    // The other tab's form follows too, so saving it next cannot quietly undo the first tab's edit.
    const details = second.getByRole('form', { name: 'Details' });
    await expect.poll(() => details.getByLabel('Role').inputValue(), { message: 'the second tab still shows the old role in its form' }).toBe('Staff Frontend Engineer');
    await details.getByLabel('Company').fill('Northwind');
    await second.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => title(first)).toBe('Northwind – Staff Frontend Engineer');
    await first.close();
    await second.close();
  });

  test('a service worker killed in the middle of a large multi-table write leaves all of it or none of it', async () => {
    const before = await counts(page);
    const worker = await ajar.worker();
    // Replace everything in one transaction over every table, as a restore does, and report back as soon
    // as the first records are in: the transaction is then still writing thousands more.
    const started = await worker.evaluate(
      (size) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('ajar');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const database = open.result;
            const tx = database.transaction([...database.objectStoreNames], 'readwrite');
            for (const name of ['applications', 'events', 'contacts', 'reminders', 'reflections', 'prompts']) tx.objectStore(name).clear();
            const at = new Date().toISOString();
            let written = 0;
            for (let n = 0; n < size; n += 1) {
              const id = `bulk-${n}`;
              tx.objectStore('applications').put({ id, company: `Company ${n}`, title: 'Engineer', stage: 'applied', matchKey: `company ${n}|engineer`, createdAt: at, updatedAt: at });
              const request = tx.objectStore('events').put({ id: `event-${n}`, applicationId: id, type: 'applied', at, createdAt: at });
              request.onsuccess = () => {
                written += 1;
                if (written === 50) resolve(written);
              };
            }
          };
        }),
      20_000,
    );
    expect(started).toBe(50);
    await stopServiceWorker(page);

    const after = await counts(page);
    const all = { applications: 20_000, events: 20_000 };
    expect([before, all], `found ${JSON.stringify(after)}: a partial write`).toContainEqual(after);
    // A message from a page wakes the worker again, and it answers from what the database holds.
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({ ajar: 'promptsChanged', data: undefined }));
    expect(reply).toEqual({ ok: true });
  });

  test('after a browser restart on the same profile everything is still there', async () => {
    const before = await stored(page);
    const profileDir = ajar.profileDir;
    await ajar.close({ keepProfile: true });
    ajar = await launchAjar({ profileDir });
    page = await ajar.openPage('options.html#/pipeline/table');
    expect(await stored(page)).toBe(before);
    const first = JSON.parse(before)[0][0] as { company: string };
    await expect.poll(() => page.getByText(first.company, { exact: true }).first().isVisible()).toBe(true);
  });
});
