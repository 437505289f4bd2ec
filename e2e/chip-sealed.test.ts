import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_DIR, launchAjar, type Ajar } from './browser';
import { closedChip } from './closed-shadow';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { readTable } from './idb';

// Issue #13: a job board's own scripts (analytics, a tag manager, an ad) run beside the chip. Each page
// here carries such a script: it waits for the chip, reads everything it can reach, presses every control
// it can find, and listens to window messages. It must learn nothing (what it sees on a tracked page is
// exactly what it sees on an untracked one), hear nothing naming the extension, and change nothing in
// Ajar, while the user's own clicks still work.
const POSTING_URL = 'https://boards.greenhouse.io/northwind/jobs/4000001';
const TRACKED_THANKS_URL = `${POSTING_URL}/confirmation`;
const UNTRACKED_THANKS_URL = 'https://boards.greenhouse.io/globex/jobs/4000002/confirmation';
const OTHER_BOARD_POSTING_URL = 'https://job-boards.greenhouse.io/northwind/jobs/4000003';

let server: FixtureServer;
let ajar: Ajar;

beforeAll(async () => {
  server = await startFixtureServer();
  server.serve({ url: POSTING_URL, html: posting() });
  server.serve({ url: TRACKED_THANKS_URL, html: thanks('Northwind Traders') });
  server.serve({ url: UNTRACKED_THANKS_URL, html: thanks('Globex') });
  server.serve({ url: OTHER_BOARD_POSTING_URL, html: posting('Backend Engineer', 'Initech') });
  ajar = await launchAjar({ resolverRule: server.resolverRule });
});
afterAll(async () => {
  await ajar?.close();
  await server?.close();
});

/** What the page's script found out; compared between tracked and untracked pages. */
interface Findings {
  shadowRoot: string;
  hostMarkup: string;
  hostAttributes: string[];
  hostChildren: number;
  pageTextMentionsChip: boolean;
  /** Which points of the chip's corner hit the chip, as a bitmap. */
  footprint: string;
  hostBox: string;
  extensionResources: string[];
  messages: string[];
  pressed: number;
  pathsOfClicks: string[][];
}

async function visitUnderAttack(url: string): Promise<{ page: Page; findings: () => Promise<Findings> }> {
  const page = await ajar.context.newPage();
  await page.goto(url);
  await expect.poll(() => page.evaluate(() => (window as unknown as { attackDone?: boolean }).attackDone === true), { timeout: 15_000 }).toBe(true);
  return { page, findings: () => page.evaluate(() => (window as unknown as { findings: Findings }).findings) };
}

async function ajarState() {
  const page = await ajar.openPage('popup.html');
  const applications = await readTable(page, 'applications');
  const events = await readTable(page, 'events');
  const storage = await page.evaluate(() => chrome.storage.local.get(null));
  await page.close();
  return { applications, events, storage };
}

describe('the chip, seen from a hostile page script', () => {
  test('on a posting, the script learns nothing (tracked looks exactly like untracked) and presses nothing; the user still saves', async () => {
    const before = await ajarState();
    const untracked = await visitUnderAttack(POSTING_URL);
    const chip = closedChip(untracked.page);
    expect(await chip.text()).toMatch(/Save to Ajar/);
    const seenUntracked = await untracked.findings();
    expect(await ajarState()).toEqual(before);
    expectSealed(seenUntracked, ajar.extensionId);

    // The user saves with real clicks; the script's capture listener sees only that the chip was clicked.
    await chip.click('Save to Ajar');
    expect(await chip.value('Title')).toBe('Senior Frontend Engineer');
    await chip.click('Save');
    await expect.poll(() => chip.text()).toMatch(/Tracked: Saved today/);
    const afterClicks = await untracked.findings();
    expect(afterClicks.pathsOfClicks.length).toBeGreaterThan(0);
    for (const path of afterClicks.pathsOfClicks) expect(path[0]).toBe('AJAR-CHIP');
    await untracked.page.close();
    const saved = (await ajarState()).applications;
    expect(saved).toEqual([expect.objectContaining({ company: 'Northwind Traders', title: 'Senior Frontend Engineer', stage: 'saved' })]);

    const tracked = await visitUnderAttack(POSTING_URL);
    expect(await closedChip(tracked.page).text()).toMatch(/Tracked: Saved today/);
    const seenTracked = await tracked.findings();
    expectSealed(seenTracked, ajar.extensionId);
    expect(seenTracked).toEqual(seenUntracked);
    expect((await ajarState()).applications).toEqual(saved);
    await tracked.page.close();
  });

  test('on thank-you pages, a tracked and an untracked application look the same to the script, and only real clicks mark or save them', async () => {
    const before = await ajarState();
    expect(before.applications).toEqual([expect.objectContaining({ company: 'Northwind Traders', stage: 'saved' })]);

    const tracked = await visitUnderAttack(TRACKED_THANKS_URL);
    const trackedChip = closedChip(tracked.page);
    expect(await trackedChip.text()).toMatch(/Mark Northwind Traders as applied/);
    const untracked = await visitUnderAttack(UNTRACKED_THANKS_URL);
    const untrackedChip = closedChip(untracked.page);
    expect(await untrackedChip.text()).toMatch(/Save Globex as applied/);

    const seenTracked = await tracked.findings();
    const seenUntracked = await untracked.findings();
    expectSealed(seenTracked, ajar.extensionId);
    expect(seenTracked).toEqual(seenUntracked);
    expect(await ajarState()).toEqual(before);

    await trackedChip.click('Mark Northwind Traders as applied');
    await expect.poll(() => trackedChip.text()).toMatch(/Tracked: Applied today/);
    await untrackedChip.click('Save Globex as applied');
    expect(await untrackedChip.value('Company')).toBe('Globex');
    await untrackedChip.fill('Title', 'Platform Engineer');
    // Enter in a field is the user's own submission too.
    await untracked.page.keyboard.press('Enter');
    await expect.poll(() => untrackedChip.text()).toMatch(/Tracked: Applied today/);
    const after = (await ajarState()).applications;
    expect(after).toEqual(expect.arrayContaining([
      expect.objectContaining({ company: 'Northwind Traders', stage: 'applied' }),
      expect.objectContaining({ company: 'Globex', title: 'Platform Engineer', stage: 'applied', url: 'https://boards.greenhouse.io/globex/jobs/4000002' }),
    ]));
    await tracked.page.close();
    await untracked.page.close();
  });
});

test('the extension offers pages nothing to probe: no web-accessible file, content scripts on https only', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  for (const script of manifest.content_scripts) for (const pattern of script.matches) expect(pattern).toMatch(/^https:\/\//);
});

describe('hiding the chip on a site', () => {
  test('"Not on this site" (a real click) hides it there only; Settings lists the site and "Show again" brings it back', async () => {
    const page = await ajar.context.newPage();
    await page.goto(OTHER_BOARD_POSTING_URL);
    const chip = closedChip(page);
    await chip.click('Not on this site');
    await expect.poll(() => chip.text()).toBe('');
    await page.reload();
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    // The other Greenhouse host still gets its chip: hiding is per site.
    const elsewhere = await ajar.context.newPage();
    await elsewhere.goto(POSTING_URL);
    await expect.poll(() => closedChip(elsewhere).text()).toMatch(/Tracked/);
    expect(await chip.text()).toBe('');

    const settings = await ajar.openPage('options.html#/settings');
    const hiddenList = settings.getByRole('list', { name: 'Sites where the chip is hidden' });
    await expect.poll(() => hiddenList.textContent()).toContain('job-boards.greenhouse.io');
    expect(await hiddenList.getByRole('listitem').count()).toBe(1);
    await settings.getByRole('button', { name: 'Show again on job-boards.greenhouse.io' }).click();
    await expect.poll(() => settings.getByText(/shows on every job board Ajar knows/).isVisible()).toBe(true);

    await page.reload();
    await expect.poll(() => chip.text()).toMatch(/Save to Ajar/);
    await Promise.all([page.close(), elsewhere.close(), settings.close()]);
  });
});

function expectSealed(findings: Findings, extensionId: string): void {
  expect(findings.shadowRoot).toBe('null');
  expect(findings.hostMarkup).toBe('<ajar-chip></ajar-chip>');
  expect(findings.hostAttributes).toEqual([]);
  expect(findings.hostChildren).toBe(0);
  expect(findings.pageTextMentionsChip).toBe(false);
  // The chip is there (its presence is the same on every posting) …
  expect(findings.footprint).toContain('1');
  // … and nothing the page can hear names the extension.
  expect(findings.messages.filter((message) => message.includes(extensionId) || /wxt|ajar/i.test(message))).toEqual([]);
  expect(findings.extensionResources).toEqual([]);
  expect(findings.pressed).toBeGreaterThan(0);
}

/**
 * The hostile script every page carries, as a board's tag manager could: it records every window message,
 * every click path it can see, then (once the chip is in) reads and presses all it can reach.
 */
const ATTACK = `<script>
(() => {
  const findings = window.findings = { messages: [], pathsOfClicks: [], pressed: 0 };
  window.addEventListener('message', (event) => findings.messages.push(JSON.stringify(event.data)));
  window.addEventListener('click', (event) => { if (event.isTrusted) findings.pathsOfClicks.push(event.composedPath().map((node) => node.nodeName || 'window')); }, true);
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const press = (target) => {
    target.click?.();
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }));
    for (const key of ['Enter', ' ']) for (const type of ['keydown', 'keypress', 'keyup']) target.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true, cancelable: true }));
    target.dispatchEvent(new SubmitEvent('submit', { bubbles: true, composed: true, cancelable: true }));
    findings.pressed += 1;
  };
  const attack = async (host) => {
    await frames();
    findings.shadowRoot = String(host.shadowRoot);
    findings.hostMarkup = host.outerHTML;
    findings.hostAttributes = [...host.attributes].map((a) => a.name + '=' + a.value);
    findings.hostChildren = host.childNodes.length;
    const pageText = document.body.innerText + [...document.body.childNodes].filter((node) => node.nodeName !== 'SCRIPT').map((node) => node.textContent).join(' ');
    findings.pageTextMentionsChip = /Save to Ajar|Tracked|as applied|Not on this site/.test(pageText);
    const bits = [];
    for (let y = innerHeight - 120; y < innerHeight; y += 4) for (let x = 0; x < 420; x += 4) bits.push(document.elementsFromPoint(x, y).includes(host) ? 1 : 0);
    findings.footprint = bits.join('');
    const box = host.getBoundingClientRect();
    findings.hostBox = [box.x, box.y, box.width, box.height].join(',');
    findings.extensionResources = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => !name.startsWith(location.origin));
    // Press everything: the host, whatever is under every point of the chip, every button on the page.
    press(host);
    host.focus();
    for (let y = innerHeight - 60; y < innerHeight; y += 6) for (let x = 8; x < 360; x += 6) press(document.elementFromPoint(x, y) ?? document.body);
    for (const button of document.querySelectorAll('button, [role=button], input[type=submit]')) press(button);
    await frames();
    await new Promise((resolve) => setTimeout(resolve, 300));
    window.attackDone = true;
  };
  const found = () => document.querySelector('ajar-chip');
  if (found()) attack(found());
  else new MutationObserver((_, observer) => { if (found()) { observer.disconnect(); attack(found()); } }).observe(document, { childList: true, subtree: true });
})();
</script>`;

function posting(title = 'Senior Frontend Engineer', company = 'Northwind Traders'): string {
  const data = {
    '@context': 'https://schema.org', '@type': 'JobPosting', title, datePosted: '2026-03-01',
    hiringOrganization: { '@type': 'Organization', name: company }, description: 'Build the web app our customers use every day.',
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Remote' } },
  };
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title} - ${company}</title>
<link rel="icon" href="data:,"><script type="application/ld+json">${JSON.stringify(data)}</script></head>
<body><h1>${title}</h1><p>${company} · Remote</p><p>Build the web app our customers use every day.</p>
<button type="button">Apply</button>${ATTACK}</body></html>`;
}

function thanks(company: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Application submitted</title><link rel="icon" href="data:,"></head>
<body><main><h1>Thank you for applying to ${company}.</h1><p>We will be in touch.</p></main>${ATTACK}</body></html>`;
}
