import { beforeAll, describe, expect, test } from 'vitest';
import { exportBackup } from '../../utils/backup/export';
import { findMarkup, FREE_TEXT_KEYS, ImportError, LINK_KEYS, MAX_IMPORT_BYTES } from '../../utils/backup/limits';
import { restoreBackupText } from '../../utils/backup/restore';
import { extractPage } from '../../utils/capture/extract';
import { db } from '../../utils/db/database';
import { addApplication, addContact, logEvent, updateSettings } from '../../utils/db/repository';
import { importCsvText } from '../../utils/io/csv-import';
import { emptyDatabase, sample, snapshot } from './db-helpers';
import { mutateHtml, mutateJson, mutateText, pick, seeded, type Random } from './fuzz-mutations';

// Thousands of broken, truncated, oversized and hostile inputs, all from fixed seeds so that a failure
// names a case that reproduces. Each importer may only refuse with an ImportError, must leave the
// database exactly as it was when it refuses. A case that hangs (a runaway pattern) fails on the test timeout.
const NOW = new Date('2026-03-16T15:00:00Z');
let baseline = '';

beforeAll(async () => {
  await emptyDatabase();
  await updateSettings({ timeZone: 'Europe/Berlin' });
  const acme = await addApplication({ company: 'Acme', title: 'Engineer', url: 'https://jobs.example/acme/1', stage: 'applied' }, new Date('2026-03-01T10:00:00Z'));
  const dana = await addContact({ name: 'Dana Lee', role: 'hiring-manager', email: 'dana@acme.example', applicationIds: [acme.id] });
  await logEvent({ applicationId: acme.id, type: 'interview', at: '2026-03-10T14:00:00+01:00', contactIds: [dana.id], durationMinutes: 45 }, new Date('2026-03-02T10:00:00Z'));
  await addApplication({ company: 'Globex', title: 'Designer', notes: 'Portfolio: yes' });
  baseline = JSON.stringify(await exportBackup(NOW));
});

async function backToBaseline(): Promise<string> {
  await restoreBackupText(baseline);
  return snapshot();
}

/** Runs one case: success is allowed, any refusal must be an ImportError that wrote nothing. */
async function attempt(label: string, before: string, run: () => Promise<unknown>): Promise<'written' | 'refused'> {
  try {
    await run();
    return 'written';
  } catch (error) {
    if (!(error instanceof ImportError)) throw new Error(`${label}: crashed with ${String(error)}`, { cause: error });
    expect(error.message, label).not.toMatch(/undefined|\[object Object\]/);
    expect(await snapshot(), `${label} wrote something before refusing`).toBe(before);
    return 'refused';
  }
}

async function storedStringsArePlain(label: string): Promise<void> {
  const strings: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string' && !FREE_TEXT_KEYS.has(key)) strings.push(value);
    else if (value && typeof value === 'object') Object.entries(value).forEach(([name, child]) => walk(child, name));
  };
  walk(await db.applications.toArray());
  for (const text of strings) expect(findMarkup(text), `${label} stored markup`).toBeNull();
  expect(({} as Record<string, unknown>).polluted, `${label} polluted Object.prototype`).toBeUndefined();
}

describe('fuzzing every import path', () => {
  test('the backup importer refuses bad backups cleanly', async () => {
    const random = seeded(20260316);
    const doc = JSON.parse(baseline) as unknown;
    let before = await backToBaseline();
    const outcomes = { written: 0, refused: 0 };
    for (let n = 0; n < 1500; n += 1) {
      const text = random() < 0.5 ? JSON.stringify(mutateJson(random, doc)) : mutateText(random, baseline);
      const outcome = await attempt(`backup case ${n}`, before, () => restoreBackupText(text));
      outcomes[outcome] += 1;
      if (outcome === 'written') {
        await storedStringsArePlain(`backup case ${n}`);
        before = await backToBaseline();
      }
    }
    // Both paths were exercised: most mutations break the file, some leave it valid.
    expect(outcomes.refused).toBeGreaterThan(1000);
    expect(outcomes.written).toBeGreaterThan(10);
  });

  test('the CSV importer refuses bad spreadsheets cleanly', async () => {
    const random = seeded(42);
    const files = ['huntr-export.csv', 'teal-export.csv', 'generic-export.csv'].map(sample);
    let before = await backToBaseline();
    const outcomes = { written: 0, refused: 0 };
    for (let n = 0; n < 700; n += 1) {
      let text = pick(random, files);
      for (let times = 1 + Math.floor(random() * 3); times > 0; times -= 1) text = mutateText(random, text);
      const outcome = await attempt(`csv case ${n}`, before, () => importCsvText(text, undefined, NOW));
      outcomes[outcome] += 1;
      if (outcome === 'written') {
        await storedStringsArePlain(`csv case ${n}`);
        before = await backToBaseline();
      }
    }
    expect(outcomes.refused).toBeGreaterThan(150);
    expect(outcomes.written).toBeGreaterThan(50);
  });

  test('files over 50 MB are refused before they are read', async () => {
    const before = await backToBaseline();
    const huge = `{"format":"ajar-backup","pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    expect(await attempt('huge backup', before, () => restoreBackupText(huge))).toBe('refused');
    await expect(restoreBackupText(huge)).rejects.toThrow(/at most 50 MB/);
    const hugeCsv = `Company,Title\n${'Acme,Engineer\n'.repeat(MAX_IMPORT_BYTES / 14 + 1)}`;
    await expect(importCsvText(hugeCsv)).rejects.toThrow(/at most 50 MB/);
  });

  test('the page extractor survives hostile pages and returns plain text only', () => {
    const random: Random = seeded(7);
    const base = `<!doctype html><html><head><title>Senior Engineer - Acme</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Senior Engineer",
      "hiringOrganization":{"@type":"Organization","name":"Acme"},"jobLocation":{"@type":"Place","address":{"addressLocality":"Berlin"}},
      "datePosted":"2026-03-01","description":"&lt;p&gt;Build &lt;b&gt;things&lt;/b&gt;&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
      "baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":70000,"maxValue":90000,"unitText":"YEAR"}}}</script>
      </head><body><h1>Senior Engineer</h1><div class="company">Acme</div><div class="description"><p>Build things.</p></div></body></html>`;
    const parser = new DOMParser();
    const kinds = new Set<string>();
    for (let n = 0; n < 600; n += 1) {
      const html = mutateHtml(random, base);
      const url = pick(random, ['https://boards.greenhouse.io/acme/jobs/123', 'https://jobs.lever.co/acme/abc', 'https://acme.example/careers/1']);
      const result = extractPage(parser.parseFromString(html, 'text/html'), url, NOW);
      kinds.add(result.kind);
      for (const [field, value] of Object.entries(result.posting ?? {})) {
        if (typeof value !== 'string') continue;
        if (!FREE_TEXT_KEYS.has(field)) expect(findMarkup(value), `page case ${n}: ${field} carries markup`).toBeNull();
        expect(value, `page case ${n}: ${field} carries a tag`).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>/]/i);
        if (LINK_KEYS.has(field)) expect(value, `page case ${n}: ${field} is not a web link`).toMatch(/^https?:\/\//);
      }
    }
    expect(kinds.has('posting')).toBe(true);
  });
});
