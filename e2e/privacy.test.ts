import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHIP_MATCHES } from '../utils/chip/matches';
import { EXTENSION_DIR, launchAjar, type Ajar } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { closedChip } from './closed-shadow';
import { readTable } from './idb';

// Ajar's promise: nothing leaves the machine. Every host name resolves to the local fixture server, and
// every request the extension's pages, content script and service worker make is recorded while the
// main journeys run. Only Ajar's own files and the pages this test itself opened may appear.
const POSTING_URL = 'https://boards.greenhouse.io/northwind/jobs/4000001';
const CANARY_URL = 'https://canary.ajar-test.example/probe';
/**
 * Chromium's own services (account check, optimization hints, autofill) call Google whatever extensions
 * do. The fixture server hears them, but no page or worker of Ajar's reports them, and the page/worker
 * check above fails on any request to these hosts that Ajar makes, so excusing them here hides nothing.
 */
const CHROMIUM_SERVICE = /^([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com)\//;
const HUNTR = path.resolve(import.meta.dirname, '../tests/io/samples/huntr-export.csv');

let server: FixtureServer;
let ajar: Ajar;
const seen: string[] = [];
/** Pages the test navigated to itself (host + path), and the favicon Chromium fetches for each. */
const opened = new Set<string>();

beforeAll(async () => {
  server = await startFixtureServer();
  server.serve({ url: POSTING_URL, html: posting() });
  // Chromium's autofill and optimization hints ask Google about pages; switched off so the log is about Ajar.
  ajar = await launchAjar({ resolverRule: server.resolverRule, args: ['--disable-features=AutofillServerCommunication,OptimizationHintsFetching,OptimizationGuideModelDownloading'] });
  ajar.context.on('request', (request: Request) => seen.push(request.url()));
});
afterAll(async () => {
  await ajar?.close();
  await server?.close();
});

async function visit(url: string): Promise<Page> {
  const { host, pathname } = new URL(url);
  opened.add(`${host}${pathname}`).add(`${host}/favicon.ico`);
  const page = await ajar.context.newPage();
  await page.goto(url);
  return page;
}

function leaks(): string[] {
  return seen.filter((url) => {
    // Ajar is the only extension loaded; its in-page stylesheet is served under a per-session id (use_dynamic_url).
    if (url.startsWith('chrome-extension://') || url.startsWith('blob:chrome-extension://') || url.startsWith('data:')) return false;
    try {
      const { host, pathname } = new URL(url);
      return !opened.has(`${host}${pathname}`);
    } catch {
      return true;
    }
  });
}

describe('privacy', () => {
  test('the recorder sees a request from the service worker (so silence below means something)', async () => {
    const worker = await ajar.worker();
    await worker.evaluate((url) => fetch(url).then(() => undefined, () => undefined), CANARY_URL);
    await expect.poll(() => server.requests.includes('canary.ajar-test.example/probe')).toBe(true);
    await expect.poll(() => seen.includes(CANARY_URL)).toBe(true);
    seen.length = 0;
    server.requests.length = 0;
  });

  test('saving a posting, using the popup and dashboard, importing and backing up send nothing anywhere', async () => {
    const job = await visit(POSTING_URL);
    const chip = closedChip(job);
    await chip.click('Save to Ajar');
    await chip.click('Save');
    await expect.poll(() => chip.text()).toMatch(/Tracked: Saved today/);

    const popup = await ajar.openPage('popup.html');
    await expect.poll(() => popup.getByRole('heading', { name: 'Today' }).isVisible()).toBe(true);
    const dashboard = await ajar.openPage('options.html#/today');
    for (const hash of ['#/pipeline', '#/pipeline/table', '#/contacts', '#/insights', '#/settings']) {
      await dashboard.evaluate((next) => (window.location.hash = next), hash);
      await expect.poll(() => dashboard.getByRole('heading', { level: 1 }).first().isVisible()).toBe(true);
    }
    await dashboard.getByLabel('Import a CSV file').setInputFiles(HUNTR);
    // The posting saved from the page is in the Huntr file too: it is recognised and skipped.
    await expect.poll(() => dashboard.getByTestId('count-new').textContent()).toBe('4 new');
    await dashboard.getByRole('button', { name: 'Import 4 applications' }).click();
    await expect.poll(async () => (await readTable(dashboard, 'applications')).length).toBe(5);
    const download = dashboard.waitForEvent('download');
    await dashboard.getByRole('button', { name: 'Back up now' }).click();
    await download;
    await dashboard.getByRole('button', { name: 'Export calendar (.ics)' }).click();
    // The worker wakes for a message and re-arms its alarm: its own start-up must stay local too.
    expect(await dashboard.evaluate(() => chrome.runtime.sendMessage({ ajar: 'promptsChanged', data: undefined }))).toEqual({ ok: true });

    expect(seen.length).toBeGreaterThan(0);
    expect(leaks()).toEqual([]);
    // Anything else the fixture server heard, by any route, would be a leak.
    expect(server.requests.filter((request) => !opened.has(request) && !CHROMIUM_SERVICE.test(request))).toEqual([]);
    expect(ajar.consoleErrors).toEqual([]);
  });

  test('the built manifest asks for no access to every site and only the permissions Ajar uses', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const everySite = /<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\/|^file:/;
    const patterns: string[] = [
      ...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((script: { matches: string[] }) => script.matches),
      ...(manifest.web_accessible_resources ?? []).flatMap((entry: { matches: string[] }) => entry.matches),
    ];
    for (const pattern of patterns) expect(pattern).not.toMatch(everySite);
    // Standing host access is none at all: the chip's content script runs only where it declares, on job boards, over https.
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches).sort()).toEqual([...CHIP_MATCHES].sort());
    for (const pattern of manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches)) expect(pattern).toMatch(/^https:\/\//);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);

    // Each API permission is used by the built code; a permission nothing calls would be one to drop.
    const code = bundleText();
    for (const api of ['alarms', 'notifications', 'scripting', 'storage']) expect(code, `nothing uses "${api}"`).toMatch(new RegExp(`\\.${api}\\.[a-zA-Z]`));
  });
});

function bundleText(): string {
  const files = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  return files.map((file) => readFileSync(path.join(EXTENSION_DIR, file), 'utf8')).join('\n');
}

/** A posting with everything inline: any request beyond the page itself would be Ajar's doing. */
function posting(): string {
  const data = {
    '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Senior Frontend Engineer', datePosted: '2026-03-01',
    hiringOrganization: { '@type': 'Organization', name: 'Northwind Traders' }, description: 'Build the web app our customers use every day.',
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Remote' } },
  };
  return `<!doctype html><html><head><meta charset="utf-8"><title>Senior Frontend Engineer - Northwind Traders</title>
<link rel="icon" href="data:,"><script type="application/ld+json">${JSON.stringify(data)}</script></head>
<body><h1>Senior Frontend Engineer</h1><p>Northwind Traders · Remote</p><p>Build the web app our customers use every day.</p></body></html>`;
}
