import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchAjar, type Ajar } from './browser';
import { SHARED_PAGES, sharedCases, startFixtureServer, type FixtureServer } from './fixture-server';
import { closedChip } from './closed-shadow';
import { readTable } from './idb';
import { freePort, openToolbarPopup } from './toolbar-popup';

// Real saved pages, served at their real addresses: the content script's match patterns, the chip and
// the popup's on-demand extraction all run exactly as they would on the live boards.
const GREENHOUSE = sharedCases().find((c) => c.file === 'greenhouse-legacy-boards-anthropic-4182383008.html')!;
const LINKEDIN = sharedCases().find((c) => c.file === 'linkedin-guest-openai-3915648739.html')!;
const BOTWALL = sharedCases().find((c) => c.file === 'negative-botwall-linkedin-429.html')!;
const COMPANY_SITE = sharedCases().find((c) => c.file === 'jsonld-schemaorg-eg-0028.html')!;
const BLOG = sharedCases().find((c) => c.file === 'negative-blog-medium-webpack3.html')!;
const HOSTILE_URL = 'https://jobs.lever.co/evilcorp/0c0ffee0-1234-4bad-babe-000000000001';
const SPA_LIST_URL = 'https://jobs.lever.co/acme';
const CONFIRMATION_URL = `${LINKEDIN.url.replace('www.linkedin.com/jobs/view', 'boards.greenhouse.io/openai/jobs')}/confirmation`;

let server: FixtureServer;
let ajar: Ajar;
let debugPort: number;

beforeAll(async () => {
  server = await startFixtureServer();
  for (const page of [GREENHOUSE, LINKEDIN, BOTWALL, COMPANY_SITE, BLOG]) server.serve({ url: page.url, file: path.join(SHARED_PAGES, page.file) });
  server.serve({ url: HOSTILE_URL, html: hostilePosting() });
  server.serve({ url: SPA_LIST_URL, html: singlePageBoard() });
  server.serve({ url: CONFIRMATION_URL, html: '<!doctype html><title>Application submitted</title><main><h1>Thank you for applying to OpenAI!</h1><p>We will be in touch.</p></main>' });
  debugPort = await freePort();
  ajar = await launchAjar({ resolverRule: server.resolverRule, debugPort });
});
afterAll(async () => {
  await ajar?.close();
  await server?.close();
});

const chip = closedChip;
const chipHost = (page: Page) => page.locator('ajar-chip');
async function visit(url: string): Promise<Page> {
  const page = await ajar.context.newPage();
  await page.goto(url);
  return page;
}
async function applications() {
  const page = await ajar.openPage('popup.html');
  const rows = await readTable<Record<string, unknown>>(page, 'applications');
  await page.close();
  return rows;
}

describe('capture on real job pages', () => {
  test('the in-page chip saves a Greenhouse posting with its fields after one check of the preview', async () => {
    const page = await visit(GREENHOUSE.url);
    await chip(page).click('Save to Ajar');
    await expect.poll(() => chip(page).value('Title')).toBe(GREENHOUSE.expect.title);
    await chip(page).click('Save');
    await expect.poll(() => chip(page).text()).toMatch(/Tracked: Saved today/);

    const saved = (await applications()).find((app) => app.title === GREENHOUSE.expect.title);
    expect(saved).toMatchObject({ company: 'Anthropic', stage: 'saved', source: 'greenhouse', canonicalUrl: GREENHOUSE.url });
    expect(String(saved?.location)).toContain('San Francisco');
    await page.close();
  });

  test('a revisit shows what is tracked instead of offering a duplicate', async () => {
    const page = await visit(GREENHOUSE.url);
    await expect.poll(() => chip(page).text()).toMatch(/Tracked: Saved today/);
    expect(await chip(page).hasButton('Save to Ajar')).toBe(false);
    expect((await applications()).filter((app) => app.title === GREENHOUSE.expect.title)).toHaveLength(1);
    await page.close();
  });

  test('on a company site with no chip, the toolbar popup saves the page through activeTab', async () => {
    const page = await visit(COMPANY_SITE.url);
    expect(await chipHost(page).count()).toBe(0);
    await page.bringToFront();
    const { popup, browser } = await openToolbarPopup(debugPort, ajar.extensionId, COMPANY_SITE.url);
    await popup.getByRole('button', { name: 'Save this page' }).click();
    await expect.poll(() => popup.getByLabel('Title').inputValue()).toBe('Software Engineer');
    expect(await popup.getByLabel('Company').inputValue()).toBe('ABC Company Inc.');
    await popup.getByRole('button', { name: 'Save to Ajar' }).click();
    await expect.poll(() => popup.getByTestId('tracked').textContent()).toContain('Tracked: Saved today');
    await browser.close();
    expect((await applications()).find((app) => app.company === 'ABC Company Inc.')).toMatchObject({ title: 'Software Engineer', stage: 'saved' });
    await page.close();
  });

  test('the thank-you page after applying offers to mark the saved application applied, and only on a click', async () => {
    const posting = await visit(LINKEDIN.url);
    await chip(posting).click('Save to Ajar');
    await chip(posting).click('Save');
    await expect.poll(() => chip(posting).text()).toMatch(/Tracked/);
    await posting.close();

    const confirmation = await visit(CONFIRMATION_URL);
    await expect.poll(() => chip(confirmation).hasButton('Mark OpenAI as applied')).toBe(true);
    expect((await applications()).find((app) => app.company === 'OpenAI')?.stage).toBe('saved');
    await chip(confirmation).click('Mark OpenAI as applied');
    await expect.poll(() => chip(confirmation).text()).toMatch(/Tracked: Applied today/);
    expect((await applications()).find((app) => app.company === 'OpenAI')?.stage).toBe('applied');
    await confirmation.close();
  });

  test('the chip follows single-page navigation from a job list to a posting', async () => {
    const page = await visit(SPA_LIST_URL);
    expect(await chipHost(page).count()).toBe(0);
    await page.getByRole('link', { name: 'Data Engineer' }).click();
    await expect.poll(() => chip(page).hasButton('Save to Ajar'), { timeout: 10_000 }).toBe(true);
    expect(page.url()).toMatch(/\/acme\/[0-9a-f-]{36}$/);
    await page.close();
  });

  test('hostile markup in a posting is saved and shown as inert text', async () => {
    const page = await visit(HOSTILE_URL);
    const dialogs: string[] = [];
    ajar.context.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await chip(page).click('Save to Ajar');
    await chip(page).click('Save');
    await expect.poll(() => chip(page).text()).toMatch(/Tracked/);
    const saved = (await applications()).find((app) => app.company === 'Evil Corp');
    expect(saved).toBeTruthy();
    for (const value of Object.values(saved!)) if (typeof value === 'string') expect(value).not.toMatch(/<script|onerror\s*=|<img/i);
    const view = await ajar.openPage(`options.html#/application/${saved!.id}`);
    await expect.poll(() => view.getByText(/Staff Engineer/).first().isVisible()).toBe(true);
    expect(await view.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
    expect(await view.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await view.close();
    await page.close();
  });
});

describe('pages that are not postings pay nothing', () => {
  async function extensionWorldsIn(url: string): Promise<string[]> {
    const page = await ajar.context.newPage();
    const cdp = await ajar.context.newCDPSession(page);
    const origins: string[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }: { context: { origin: string } }) => origins.push(context.origin));
    await cdp.send('Runtime.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    await page.close();
    return origins.filter((origin) => origin.startsWith('chrome-extension://'));
  }

  test('no content script is injected on a site that is not a job board', async () => {
    expect(await extensionWorldsIn(BLOG.url)).toEqual([]);
    expect(await extensionWorldsIn(COMPANY_SITE.url)).toEqual([]);
  });

  test('on a board page that is not a posting (a bot wall), the chip never appears', async () => {
    const page = await visit(BOTWALL.url);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    expect(await chipHost(page).count()).toBe(0);
    await page.close();
  });
});

// Markup a page could smuggle into each field; `<\/script>` keeps the JSON-LD block whole, as real pages must.
function hostilePosting(): string {
  return `<!doctype html><html><head><title>Evil Corp - Staff Engineer &lt;script&gt;window.pwned=true&lt;/script&gt;</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Staff Engineer <script>window.pwned=true<\\/script>",
"hiringOrganization":{"@type":"Organization","name":"Evil Corp<img src=x onerror=\\"window.pwned=true\\">"},
"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Remote"}},
"datePosted":"2026-11-01","description":"<p>Build things.</p><img src=x onerror=\\"window.pwned=true\\"><script>window.pwned=true<\\/script><p>Apply now: requirements, responsibilities.</p>"}</script>
</head><body><div class="posting-headline"><h2>Staff Engineer</h2></div><div class="section-wrapper"><p>Responsibilities and requirements.</p></div></body></html>`;
}

// A board that swaps in a posting without a page load, as Lever's and most ATS front ends do.
function singlePageBoard(): string {
  return `<!doctype html><html><head><title>Acme - Jobs</title></head><body>
<div id="app"><h1>Open roles at Acme</h1><ul><li><a href="/acme/5ac0ffee-0000-4000-8000-00000000beef">Data Engineer</a></li></ul></div>
<script>
document.querySelector('a').addEventListener('click', (event) => {
  event.preventDefault();
  history.pushState({}, '', event.currentTarget.getAttribute('href'));
  document.title = 'Acme - Data Engineer';
  document.getElementById('app').innerHTML = '<div class="posting-headline"><h2>Data Engineer</h2>' +
    '<div class="posting-categories"><div class="location">Berlin</div><div class="commitment">Full-time</div></div></div>' +
    '<div class="section-wrapper page-full-width"><p>Responsibilities: build pipelines. Requirements: SQL. Apply below.</p></div>';
});
</script></body></html>`;
}
