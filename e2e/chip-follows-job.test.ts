import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchAjar, type Ajar } from './browser';
import { closedChip, type ClosedChip } from './closed-shadow';
import { contentScriptCpuMs } from './content-script-cpu';
import { SHARED_PAGES, SYNTHETIC_PAGES, sharedCases, startFixtureServer, type FixtureServer } from './fixture-server';
import { readTable } from './idb';

// Issue #12: people read jobs in a search list with one job open beside it. Real signed-in pages, served
// under their real addresses: the chip offers the job open in the panel, saves it under the posting's own
// address, and follows the user to the next job they open (a new id in the address and a re-rendered
// panel, or a panel re-rendered in place) within a second.
const LINKEDIN = sharedCases().find((c) => c.file === 'linkedin-loggedin-it-search-panel-ups-inventory.html')!;
const INDEED = sharedCases().find((c) => c.file === 'indeed-serp-panel-aceone-php-dev.html')!;
const GLASSDOOR_URL = 'https://www.glassdoor.com/Job/austin-software-engineer-jobs-SRCH_IL.0,6_IC1139761_KO7,24.htm?jl=1009022222222';
/** A LinkedIn job list with no job open: a board page with nothing job-like on it (the fixture server keys pages by path). */
const SEARCH_URL = 'https://www.linkedin.com/jobs/collections/recommended/';

let server: FixtureServer;
let ajar: Ajar;

beforeAll(async () => {
  server = await startFixtureServer();
  for (const page of [LINKEDIN, INDEED]) server.serve({ url: page.url, file: path.join(SHARED_PAGES, page.file) });
  server.serve({ url: SEARCH_URL, html: searchList() });
  server.serve({ url: GLASSDOOR_URL, file: path.join(SYNTHETIC_PAGES, 'synthetic-glassdoor-search-pane.html') });
  ajar = await launchAjar({ resolverRule: server.resolverRule });
});
afterAll(async () => {
  await ajar?.close();
  await server?.close();
});

async function applications() {
  const page = await ajar.openPage('popup.html');
  const rows = await readTable<Record<string, unknown>>(page, 'applications');
  await page.close();
  return rows;
}

async function saveFromChip(chip: ClosedChip, title: string, company: string): Promise<void> {
  await chip.click('Save to Ajar');
  expect(await chip.value('Title')).toBe(title);
  expect(await chip.value('Company')).toBe(company);
  await chip.click('Save');
  await expect.poll(() => chip.text()).toMatch(/Tracked: Saved today/);
}

/** Does what the board does when the user opens another job, and says how long the chip took to show it. */
async function openAnotherJob(page: Page, chip: ClosedChip, change: (page: Page) => Promise<void>, shows: RegExp): Promise<number> {
  const before = await chip.text();
  const start = Date.now();
  await change(page);
  await expect.poll(() => chip.text(), { timeout: 5_000, interval: 25 }).toMatch(shows);
  expect(await chip.text()).not.toBe(before);
  return Date.now() - start;
}

/** The chip's preview for the job on screen, then closed again without saving. */
async function previewed(chip: ClosedChip): Promise<{ title: string; company: string }> {
  await chip.click('Save to Ajar');
  const shown = { title: await chip.value('Title'), company: await chip.value('Company') };
  await chip.click('Cancel');
  return shown;
}

describe('the chip follows the job open beside a search list', () => {
  test('LinkedIn search: saves the open job at its /jobs/view/ address, then follows the panel to other jobs and back', async () => {
    const page = await ajar.context.newPage();
    await page.goto(LINKEDIN.url);
    const chip = closedChip(page);
    await saveFromChip(chip, 'Inventory Controller', 'UPS');
    expect((await applications()).find((app) => app.company === 'UPS')).toMatchObject({
      title: 'Inventory Controller', source: 'linkedin', url: 'https://www.linkedin.com/jobs/view/4260945968/',
    });

    // LinkedIn opens another job: the address gets its id and the panel is rendered anew.
    const linkedInOpens = (job: { id: string; title: string; company: string; address: boolean }) => async (target: Page) =>
      target.evaluate((next) => {
        const panel = document.querySelector('.jobs-search__job-details--container')!;
        const fresh = panel.cloneNode(true) as Element;
        const link = fresh.querySelector('.job-details-jobs-unified-top-card__job-title a')!;
        link.textContent = next.title;
        link.setAttribute('href', `/jobs/view/${next.id}/`);
        fresh.querySelector('.job-details-jobs-unified-top-card__company-name a')!.textContent = next.company;
        if (next.address) history.pushState({}, '', `/jobs/search/?currentJobId=${next.id}&keywords=magazziniere&location=Lecco`);
        panel.replaceWith(fresh);
      }, job);

    const toSecond = await openAnotherJob(page, chip, linkedInOpens({ id: '4261112222', title: 'Warehouse Operator', company: 'DHL', address: true }), /Warehouse Operator · DHL × Save to Ajar/);
    expect(toSecond).toBeLessThan(1_000);
    expect(await previewed(chip)).toEqual({ title: 'Warehouse Operator', company: 'DHL' });

    // Some lists swap the panel without touching the address.
    const toThird = await openAnotherJob(page, chip, linkedInOpens({ id: '4263334444', title: 'Logistics Planner', company: 'Kuehne+Nagel', address: false }), /Logistics Planner · Kuehne\+Nagel × Save to Ajar/);
    expect(toThird).toBeLessThan(1_000);
    expect(await previewed(chip)).toEqual({ title: 'Logistics Planner', company: 'Kuehne+Nagel' });
    await chip.click('Save to Ajar');
    await chip.click('Save');
    await expect.poll(() => chip.text()).toMatch(/Tracked: Saved today/);
    expect((await applications()).find((app) => app.company === 'Kuehne+Nagel')).toMatchObject({ url: 'https://www.linkedin.com/jobs/view/4263334444/' });

    // Back to a job not saved: "Tracked" never lingers from the job before.
    await openAnotherJob(page, chip, linkedInOpens({ id: '4261112222', title: 'Warehouse Operator', company: 'DHL', address: true }), /Warehouse Operator · DHL × Save to Ajar/);
    await openAnotherJob(page, chip, linkedInOpens({ id: '4260945968', title: 'Inventory Controller', company: 'UPS', address: true }), /Inventory Controller · UPS × Tracked: Saved today/);
    expect((await applications()).map((app) => app.company).sort()).toEqual(['Kuehne+Nagel', 'UPS']);
    await page.close();
  });

  test('Indeed search: saves the open job at its viewjob address, then follows vjk and the panel to another job', async () => {
    const page = await ajar.context.newPage();
    await page.goto(INDEED.url);
    const chip = closedChip(page);
    await saveFromChip(chip, 'PHP Developer – PHP, JavaScript, JSON', 'AceOne Technologies');
    expect((await applications()).find((app) => app.company === 'AceOne Technologies')).toMatchObject({
      source: 'indeed', url: 'https://www.indeed.com/viewjob?jk=b974b400e0228d67',
    });

    // Indeed puts the job's key in the address, then updates the open pane's text in place once the
    // job's details arrive (`paneLagMs` later).
    const indeedOpens = (job: { key: string; title: string; company: string; paneLagMs?: number }) => async (target: Page) =>
      target.evaluate(async (next) => {
        const address = new URL(location.href);
        address.searchParams.set('vjk', next.key);
        history.pushState({}, '', address);
        if (next.paneLagMs) await new Promise((resolve) => setTimeout(resolve, next.paneLagMs));
        const pane = document.querySelector('#jobsearch-ViewjobPaneWrapper')!;
        pane.querySelector('[data-testid="jobsearch-JobInfoHeader-title"] span')!.firstChild!.textContent = next.title;
        pane.querySelector('[data-testid="inlineHeader-companyName"]')!.textContent = next.company;
      }, job);

    const elapsed = await openAnotherJob(page, chip, indeedOpens({ key: '0a1b2c3d4e5f6071', title: 'Laravel Developer', company: 'Globex' }), /Laravel Developer · Globex × Save to Ajar/);
    expect(elapsed).toBeLessThan(1_000);
    await chip.click('Save to Ajar');
    expect(await chip.value('Title')).toBe('Laravel Developer');
    await chip.click('Save');
    await expect.poll(() => chip.text()).toMatch(/Tracked: Saved today/);
    expect((await applications()).find((app) => app.company === 'Globex')).toMatchObject({ title: 'Laravel Developer', url: 'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6071' });

    await openAnotherJob(page, chip, indeedOpens({ key: 'b974b400e0228d67', title: 'PHP Developer – PHP, JavaScript, JSON', company: 'AceOne Technologies' }), /AceOne Technologies × Tracked: Saved today/);
    // The pane lags the address by more than the chip's first look: the chip still ends on the job shown.
    await openAnotherJob(page, chip, indeedOpens({ key: '1f2e3d4c5b6a7980', title: 'Symfony Developer', company: 'Initech', paneLagMs: 600 }), /Symfony Developer · Initech × Save to Ajar/);
    expect((await applications()).filter((app) => app.company === 'AceOne Technologies')).toHaveLength(1);
    await page.close();
  });
});

describe('the chip follows the Glassdoor job pane', () => {
  test('offers the job in the pane, not the first card, and follows a click on another card', async () => {
    const page = await ajar.context.newPage();
    await page.goto(GLASSDOOR_URL);
    const chip = closedChip(page);
    await expect.poll(() => chip.text()).toMatch(/Platform Engineer · Initech × Save to Ajar/);

    const elapsed = await openAnotherJob(page, chip, (target) => target.evaluate(() => {
      const pane = document.querySelector('#JDCol')!;
      const title = pane.querySelector('h1')!;
      title.id = 'jd-job-title-1009011111111';
      title.textContent = 'Backend Engineer';
      pane.querySelector('h4')!.textContent = 'Umbrella 4.1 ★';
      pane.querySelector('[data-test="location"]')!.textContent = 'Austin, TX';
      history.pushState({}, '', location.href.replace('jl=1009022222222', 'jl=1009011111111'));
    }), /Backend Engineer · Umbrella × Save to Ajar/);
    expect(elapsed).toBeLessThan(1_000);
    await chip.click('Save to Ajar');
    await chip.click('Save');
    await expect.poll(() => chip.text()).toMatch(/Tracked: Saved today/);
    expect((await applications()).find((app) => app.company === 'Umbrella')).toMatchObject({
      title: 'Backend Engineer', location: 'Austin, TX', url: 'https://www.glassdoor.com/partner/jobListing.htm?jobListingId=1009011111111',
    });
    await page.close();
  });
});

describe('pages with nothing job-like pay nothing', () => {
  /** A page that keeps changing, as a busy search list or feed does: 1,600 nodes over 40 frames. */
  const churn = (page: Page) => () =>
    page.evaluate(async () => {
      const list = document.querySelector('ul') ?? document.body;
      for (let frame = 0; frame < 40; frame += 1) {
        for (let i = 0; i < 40; i += 1) list.append(Object.assign(document.createElement('li'), { textContent: `Card ${frame}.${i}` }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => setTimeout(resolve, 400));
    });

  test('on a search list with no job open, the chip watches nothing while the page churns; with a job open it does look', async () => {
    const idle = await ajar.context.newPage();
    await idle.goto(SEARCH_URL);
    await idle.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    const idleMs = await contentScriptCpuMs(idle, ajar.extensionId, churn(idle));
    expect(idleMs).toBe(0);
    expect(await closedChip(idle).text()).toBe('');
    await idle.close();

    // The same churn beside an open job is what the chip watches for, so the measure can see its work.
    const open = await ajar.context.newPage();
    await open.goto(LINKEDIN.url);
    await expect.poll(() => closedChip(open).text()).toMatch(/Inventory Controller/);
    const busy = await contentScriptCpuMs(open, ajar.extensionId, churn(open));
    expect(busy).toBeGreaterThan(0);
    await open.close();
  });
});

function searchList(): string {
  const cards = Array.from({ length: 25 }, (_, i) => `<li class="jobs-search-results__list-item"><div class="base-card">
<h3 class="base-search-card__title">Platform Engineer ${i + 1}</h3><h4 class="base-search-card__subtitle">Company ${i + 1}</h4>
<span class="job-search-card__location">Berlin, Germany</span></div></li>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Platform Engineer jobs in Berlin | LinkedIn</title></head>
<body><main><h1>Platform Engineer in Berlin</h1><ul class="jobs-search__results-list">${cards}</ul></main></body></html>`;
}
