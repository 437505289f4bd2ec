import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchAjar } from '../e2e/browser';
import { sampleBackup } from '../scripts/sample-data';
import { click, field, visibleText } from './dom';
import { launchFirefoxAjar, readTable, type FirefoxAjar } from './firefox';

// Moving browsers: a backup Chromium's Ajar makes, restored in Firefox's, comes back out of Firefox the
// same, byte for byte, except the moment each backup was made.

const work = mkdtempSync(path.join(tmpdir(), 'ajar-move-'));
const downloads = path.join(work, 'downloads');
let firefox: FirefoxAjar | undefined;

/** The search Chromium holds: a sample restored, plus one application added by hand; then its own backup. */
async function backupMadeInChromium(): Promise<{ file: string; text: string }> {
  const sample = path.join(work, 'sample.json');
  writeFileSync(sample, JSON.stringify(sampleBackup({ now: new Date(), applications: 14, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone })));
  const chromium = await launchAjar();
  try {
    const settings = await chromium.openPage('options.html#/settings');
    await settings.getByLabel('Restore from a backup file').setInputFiles(sample);
    await settings.getByRole('button', { name: 'Replace everything' }).click();
    await expect.poll(() => settings.getByRole('status', { name: 'Backup status' }).textContent()).toMatch(/^Restored the backup from .+: 14 applications\.$/);
    const popup = await chromium.openPage('popup.html');
    await popup.getByRole('button', { name: 'Add an application by hand' }).click();
    await popup.getByLabel('Title').fill('Site Reliability Engineer');
    await popup.getByLabel('Company').fill('Hooli');
    await popup.getByRole('button', { name: 'Save to Ajar' }).click();
    await expect.poll(() => popup.getByTestId('tracked').textContent()).toContain('Tracked: Saved today');

    const download = settings.waitForEvent('download');
    await settings.getByRole('button', { name: 'Back up now' }).click();
    const file = path.join(work, (await download).suggestedFilename());
    await (await download).saveAs(file);
    return { file, text: readFileSync(file, 'utf8') };
  } finally {
    await chromium.close();
  }
}

/**
 * Waits for Firefox to finish saving a download into the folder, and reads it. Firefox first makes the
 * file empty beside a .part file and moves the data in at the end, so it is done when it parses.
 */
async function downloaded(name: RegExp): Promise<string> {
  const finished = () => {
    const file = readdirSync(downloads).find((entry) => name.test(entry));
    if (!file || existsSync(path.join(downloads, `${file}.part`))) return null;
    const text = readFileSync(path.join(downloads, file), 'utf8');
    try {
      JSON.parse(text);
      return text;
    } catch {
      return null;
    }
  };
  await expect.poll(finished, { timeout: 30_000 }).not.toBeNull();
  return finished()!;
}

beforeAll(() => {
  mkdirSync(downloads);
});
afterAll(async () => {
  await firefox?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a backup made in Chromium, restored in Firefox', () => {
  test('restores every record, and Firefox backs it up again byte for byte', async () => {
    const chromium = await backupMadeInChromium();
    const made = JSON.parse(chromium.text) as { exportedAt: string; applications: { company: string }[] };
    expect(made.applications).toHaveLength(15);

    firefox = await launchFirefoxAjar({ downloadDir: downloads });
    const settings = await firefox.page((url) => url.endsWith('/options.html'));
    await settings.evaluate(() => void (window.location.hash = '#/settings'));
    await ((await field(settings, 'Restore from a backup file')) as ElementHandle<HTMLInputElement>).uploadFile(chromium.file);
    await expect.poll(() => visibleText(settings)).toMatch(/This replaces everything in Ajar with the backup from .+ \(15 applications\)\./);
    await click(settings, 'Replace everything');
    await expect.poll(() => visibleText(settings), { timeout: 30_000 }).toMatch(/Restored the backup from .+: 15 applications\./);
    expect((await readTable<{ company: string }>(settings, 'applications')).map((app) => app.company).sort()).toEqual(made.applications.map((app) => app.company).sort());

    await click(settings, 'Back up now');
    const again = await downloaded(/^ajar-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const exportedAt = (JSON.parse(again) as { exportedAt: string }).exportedAt;
    expect(exportedAt).not.toBe(made.exportedAt);
    // The only difference allowed is when each backup was made (its exportedAt and the settings' lastBackupAt).
    expect(again.replaceAll(exportedAt, made.exportedAt)).toBe(chromium.text);

    // And the search is there to use: the pipeline lists what Chromium held.
    await settings.evaluate(() => void (window.location.hash = '#/pipeline/table'));
    await expect.poll(() => visibleText(settings)).toContain('Hooli');
  });
});
