import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchAjar, type Ajar } from './browser';
import { readTable } from './idb';
import { sampleBackup } from '../scripts/sample-data';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../docs/screenshots');
let ajar: Ajar;

beforeAll(async () => {
  ajar = await launchAjar();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ajar-popup-')), 'backup.json');
  writeFileSync(file, JSON.stringify(sampleBackup({ now: new Date(), applications: 14 })));
  const settings = await ajar.openPage('options.html#/settings');
  await settings.getByLabel('Restore from a backup file').setInputFiles(file);
  await settings.getByRole('button', { name: 'Replace everything' }).click();
  await settings.getByText(/Restored the backup/).waitFor();
  await settings.close();
});
afterAll(() => ajar?.close());

test('the popup answers "what should I do today?" at a glance, and acting on a prompt clears it', async () => {
  const popup = await ajar.openPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 560 });
  const today = popup.getByTestId('today-prompts').getByRole('listitem');
  await expect.poll(() => today.count()).toBeGreaterThan(0);
  expect(await today.count()).toBeLessThanOrEqual(4);
  // Each line names who or what: a company from the pipeline appears in the first prompt.
  const companies = (await readTable<{ company: string }>(popup, 'applications')).map((a) => a.company);
  const first = (await today.first().locator('.prompt-title').textContent()) ?? '';
  expect(companies.some((company) => first.includes(company))).toBe(true);
  expect(first).not.toMatch(/!|overdue/i);
  await expect.poll(() => popup.getByTestId('pipeline-health').textContent()).toMatch(/^\d+ active · target 5$/);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await popup.screenshot({ path: path.join(SCREENSHOTS, 'popup.png') });

  await today.first().getByRole('button', { name: 'Done' }).click();
  await expect.poll(async () => (await today.first().locator('.prompt-title').textContent()) ?? '').not.toBe(first);
  expect((await readTable<{ status: string }>(popup, 'reminders')).filter((r) => r.status === 'done').length).toBeGreaterThan(0);
  expect(ajar.consoleErrors).toEqual([]);
});
