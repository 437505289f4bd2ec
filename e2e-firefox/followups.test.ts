import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, test } from 'vitest';
import { click, fill, visibleText } from './dom';
import { launchFirefoxAjar, readTable, type FirefoxAjar } from './firefox';

// The follow-up engine in Firefox: a real alarm on the add-on's event page, the notification as Firefox
// draws it, a click on it, and a browser restart on the same profile (where Firefox keeps the add-on
// installed, so the start path is onStartup, not a fresh install as in the Chromium tests).

let ajar: FirefoxAjar | undefined;
afterAll(() => ajar?.close());

const go = (page: Page, hash: string) => page.evaluate((next) => void (window.location.hash = next), hash);

/** The one alarm Ajar keeps, read through the alarms API from an extension page. */
function alarmTime(page: Page): Promise<number | null> {
  return page.evaluate(async () => {
    const alarms = (globalThis as unknown as { browser: { alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> } } }).browser.alarms;
    return (await alarms.get('ajar-next-prompt'))?.scheduledTime ?? null;
  });
}

/** Shortens the thank-you delay and lifts quiet hours, through the Settings page, as a user could. */
async function shortCadences(page: Page) {
  await go(page, '#/settings');
  await fill(page, 'Thank-you after the interview ends (minutes)', '0');
  await fill(page, 'Quiet from', '00:00');
  await fill(page, 'Quiet until', '00:00');
  await click(page, 'Save timing');
  await expect.poll(() => visibleText(page)).toMatch(/Saved\. Upcoming prompts/);
}

/** Adds an application in the popup, logs a 5-minute interview ending at the next full minute; returns that end. */
async function interviewEndingNextMinute(dashboard: Page, company: string, interviewer: string): Promise<number> {
  const popup = await ajar!.page((url) => url.endsWith('/popup.html'));
  await click(popup, 'Add an application by hand');
  await fill(popup, 'Title', 'Backend Engineer');
  await fill(popup, 'Company', company);
  await click(popup, 'Save to Ajar');
  await expect.poll(() => visibleText(popup)).toContain('Tracked: Saved today');
  const [application] = (await readTable<{ id: string; company: string }>(dashboard, 'applications')).filter((app) => app.company === company);

  // Leave at least 15 s before the minute turns, so the form is saved before the interview ends.
  await expect.poll(() => new Date().getSeconds(), { timeout: 20_000 }).toBeLessThan(45);
  const end = Math.ceil((Date.now() + 1) / 60_000) * 60_000;
  const start = await dashboard.evaluate((time) => {
    const local = new Date(time);
    const pad = (n: number) => String(n).padStart(2, '0');
    return { date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`, time: `${pad(local.getHours())}:${pad(local.getMinutes())}` };
  }, end - 5 * 60_000);

  await go(dashboard, `#/application/${application.id}`);
  await click(dashboard, 'Interview');
  const form = 'form[aria-label="Log interview"]';
  await fill(dashboard, 'Date', start.date, form);
  await fill(dashboard, 'Start time', start.time, form);
  await fill(dashboard, 'Length in minutes', '5', form);
  await fill(dashboard, "New interviewer's name", interviewer, form);
  await click(dashboard, 'Add interviewer', form);
  await click(dashboard, 'Save interview', form);
  await expect.poll(async () => (await readTable<{ type: string; applicationId: string }>(dashboard, 'events')).some((e) => e.type === 'interview' && e.applicationId === application.id)).toBe(true);
  return end;
}

/** Every record the user owns, as comparable text. */
async function records(page: Page): Promise<string> {
  const tables = ['applications', 'events', 'contacts', 'reminders', 'reflections', 'settings'];
  return JSON.stringify(await Promise.all(tables.map((table) => readTable(page, table))));
}

describe('follow-ups in Firefox', () => {
  test('a thank-you coming due arrives as a Firefox notification, and a click on it opens its draft', async () => {
    ajar = await launchFirefoxAjar();
    const dashboard = await ajar.page((url) => url.endsWith('/options.html'));
    await shortCadences(dashboard);
    const due = await interviewEndingNextMinute(dashboard, 'Acme Robotics', 'Dana Lee');
    // One alarm, at the thank-you's due time.
    await expect.poll(() => alarmTime(dashboard)).toBe(due);
    expect(await ajar.alerts()).toEqual([]);

    // Firefox draws it (a plain notification: it refuses buttons and requireInteraction, which Ajar leaves out there).
    await expect.poll(() => ajar!.alerts(), { timeout: 90_000, interval: 250 }).toEqual([expect.objectContaining({ title: 'Ajar', text: expect.stringContaining('Dana Lee') })]);
    expect(Date.now()).toBeGreaterThanOrEqual(due);
    const [dana] = (await readTable<{ id: string; name: string }>(dashboard, 'contacts')).filter((c) => c.name === 'Dana Lee');
    const shown = await dashboard.evaluate(async () => Object.keys(await (globalThis as unknown as { browser: { notifications: { getAll(): Promise<object> } } }).browser.notifications.getAll()));
    expect(shown).toEqual([expect.stringMatching(new RegExp(`^ajar-prompt:thank-you:.*:${dana.id}$`))]);
    expect((await readTable<{ promptId: string; shown: boolean }>(dashboard, 'notices')).filter((n) => n.shown).map((n) => n.promptId)).toEqual([shown[0].replace('ajar-prompt:', '')]);

    // A click on the notification's window: Firefox tells the add-on, which opens the thank-you's draft.
    const [alert] = await ajar.alerts();
    await ajar.clickAlert(alert);
    const draft = await ajar.page((url) => url.includes('#/application/') && decodeURIComponent(url).includes(`?prompt=${shown[0].replace('ajar-prompt:', '')}`));
    expect(draft).not.toBe(dashboard);
    await expect.poll(() => visibleText(draft)).toMatch(/Thank Dana Lee/);
    await expect.poll(() => ajar!.alerts()).toEqual([]);
    // Firefox's notification has no buttons: the draft's own "Done" settles the thank-you.
    const promptId = shown[0].replace('ajar-prompt:', '');
    await click(draft, 'Done');
    await expect.poll(async () => (await readTable<{ id: string; status: string }>(draft, 'reminders')).map((r) => `${r.id} ${r.status}`)).toEqual([`${promptId} done`]);
    await expect.poll(() => visibleText(draft)).not.toMatch(/Thank Dana Lee/);
  });

  test('a restart on the same profile keeps every record and re-arms the alarm', async () => {
    ajar ??= await launchFirefoxAjar();
    let dashboard = await ajar.page((url) => url.includes('/options.html'));
    const before = await records(dashboard);
    expect(JSON.parse(before)[0].length).toBeGreaterThan(0);
    const profileDir = ajar.profileDir;
    await ajar.close({ keepProfile: true });

    ajar = await launchFirefoxAjar({ profileDir });
    dashboard = await ajar.page((url) => url.endsWith('/options.html'));
    expect(await records(dashboard)).toBe(before);
    // Re-armed from what IndexedDB holds: the next prompt is the earliest stored one still ahead.
    const ahead = (await readTable<{ dueAt: string }>(dashboard, 'prompts')).map((p) => Date.parse(p.dueAt)).filter((t) => t > Date.now());
    expect(ahead.length).toBeGreaterThan(0);
    await expect.poll(() => alarmTime(dashboard), { timeout: 30_000 }).toBe(Math.min(...ahead));
    await expect.poll(() => visibleText(dashboard)).toContain('Acme Robotics');
  });
});
