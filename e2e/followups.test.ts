import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchAjar, type Ajar } from './browser';
import { readTable } from './idb';

// The follow-up engine end to end: real alarms, a real service worker that gets killed, a real restart.
// Cadences are shortened through the Settings page, as a user could, so prompts come due within a minute.

let ajar: Ajar | undefined;
afterAll(() => ajar?.close());

/** Chromium's extension events can be fired by hand in the worker, which calls every real listener. */
interface Dispatchable {
  dispatch(...args: unknown[]): void;
}

/** Ajar's notifications on screen now, read through the notifications API from an extension page. */
async function notifications(page: Page): Promise<{ id: string }[]> {
  return page.evaluate(async () => {
    const all = (await chrome.notifications.getAll()) as Record<string, unknown>;
    return Object.keys(all).map((id) => ({ id }));
  });
}

/** Shortens the cadences and lifts quiet hours, through the Settings page. */
async function shortCadences(page: Page) {
  await page.goto(page.url().replace(/#.*$/, '#/settings'));
  await page.getByLabel('Thank-you after the interview ends (minutes)').fill('0');
  await page.getByLabel('Quiet from').fill('00:00');
  await page.getByLabel('Quiet until').fill('00:00');
  await page.getByRole('button', { name: 'Save timing' }).click();
  await expect.poll(() => page.getByText(/Saved\. Upcoming prompts/).isVisible()).toBe(true);
}

/**
 * Logs, through the application page, a 5-minute interview that ends at the next full minute with the
 * given interviewers; returns when it ends (its thank-yous are due then, with a 0-minute delay).
 */
async function logInterviewEndingNextMinute(page: Page, company: string, interviewers: string[]): Promise<number> {
  const popup = await ajar!.openPage('popup.html');
  await popup.getByRole('button', { name: 'Add an application by hand' }).click();
  await popup.getByLabel('Title').fill('Backend Engineer');
  await popup.getByLabel('Company').fill(company);
  await popup.getByRole('button', { name: 'Save to Ajar' }).click();
  await expect.poll(() => popup.getByTestId('tracked').isVisible()).toBe(true);
  await popup.close();
  const [application] = (await readTable<{ id: string; company: string }>(page, 'applications')).filter((app) => app.company === company);

  // Leave at least 15 s before the minute turns, so the form is saved before the interview ends.
  await expect.poll(() => new Date().getSeconds(), { timeout: 20_000 }).toBeLessThan(45);
  const end = Math.ceil((Date.now() + 1) / 60_000) * 60_000;
  const start = await page.evaluate((time) => {
    const local = new Date(time);
    const pad = (n: number) => String(n).padStart(2, '0');
    return { date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`, time: `${pad(local.getHours())}:${pad(local.getMinutes())}` };
  }, end - 5 * 60_000);

  await page.goto(page.url().replace(/#.*$/, `#/application/${application.id}`));
  await page.getByRole('button', { name: 'Interview', exact: true }).click();
  const form = page.getByRole('form', { name: 'Log interview' });
  await form.getByLabel('Date').fill(start.date);
  await form.getByLabel('Start time').fill(start.time);
  await form.getByLabel('Length in minutes').fill('5');
  for (const name of interviewers) {
    await form.getByLabel("New interviewer's name").fill(name);
    await form.getByRole('button', { name: 'Add interviewer' }).click();
  }
  await form.getByRole('button', { name: 'Save interview' }).click();
  await expect.poll(async () => (await readTable<{ type: string; applicationId: string }>(page, 'events')).some((e) => e.type === 'interview' && e.applicationId === application.id)).toBe(true);
  return end;
}

async function alarmTime(): Promise<number | null> {
  const worker = await ajar!.worker();
  return worker.evaluate(async () => (await chrome.alarms.get('ajar-next-prompt'))?.scheduledTime ?? null);
}

describe('follow-up notifications', () => {
  test('the thank-you arrives as a notification at its due time, though the service worker was stopped', async () => {
    ajar = await launchAjar();
    const dashboard = await ajar.openPage('options.html#/today');
    await shortCadences(dashboard);
    const due = await logInterviewEndingNextMinute(dashboard, 'Acme Robotics', ['Dana Lee']);

    // The background armed its one alarm for the thank-you, not a polling period.
    await expect.poll(alarmTime).toBe(due);

    const cdp = await ajar.context.newCDPSession(dashboard);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: { runningStatus: string }[] }) => statuses.push(...versions.map((v) => v.runningStatus)));
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.includes('stopped')).toBe(true);
    expect(await notifications(dashboard)).toEqual([]);

    await expect.poll(() => notifications(dashboard), { timeout: 90_000, interval: 500 }).toEqual([expect.objectContaining({ id: expect.stringMatching(/^ajar-prompt:thank-you:/) })]);
    expect(Date.now()).toBeGreaterThanOrEqual(due);
    // The alarm woke the stopped worker; nothing but the alarm could have.
    expect(statuses.lastIndexOf('running')).toBeGreaterThan(statuses.indexOf('stopped'));
    const [dana] = (await readTable<{ id: string; name: string }>(dashboard, 'contacts')).filter((c) => c.name === 'Dana Lee');
    expect((await notifications(dashboard))[0].id).toContain(dana.id);
    // Recorded as delivered, so a restarted worker will not show it again.
    expect((await readTable<{ promptId: string; shown: boolean }>(dashboard, 'notices')).filter((n) => n.shown).map((n) => n.promptId)).toEqual([
      expect.stringMatching(new RegExp(`^thank-you:.*:${dana.id}$`)),
    ]);

    // Clicking the notification opens that thank-you's draft in its application; its "Done" button settles it.
    const [notification] = await notifications(dashboard);
    const worker = await ajar.worker();
    const opened = ajar.context.waitForEvent('page', (page) => page.url().includes('#/application/'));
    // Nothing can click a headless notification; dispatching the event runs Ajar's real listener.
    await worker.evaluate((id) => (chrome.notifications.onClicked as unknown as Dispatchable).dispatch(id), notification.id);
    const draft = await opened;
    expect(decodeURIComponent(draft.url())).toContain(`?prompt=${notification.id.replace('ajar-prompt:', '')}`);
    await expect.poll(() => draft.getByText(/Thank Dana Lee/).first().isVisible()).toBe(true);
    await worker.evaluate((id) => (chrome.notifications.onButtonClicked as unknown as Dispatchable).dispatch(id, 1), notification.id);
    await expect.poll(async () => (await readTable<{ id: string; status: string }>(dashboard, 'reminders')).map((r) => `${r.id} ${r.status}`)).toEqual([
      `${notification.id.replace('ajar-prompt:', '')} done`,
    ]);
    await expect.poll(() => draft.getByText(/Thank Dana Lee/).count()).toBe(0);
  });

  test('after a browser restart the alarm is re-armed, and what came due meanwhile arrives as one summary', async () => {
    ajar ??= await launchAjar();
    const dashboard = await ajar.openPage('options.html#/today');
    await shortCadences(dashboard);
    const due = await logInterviewEndingNextMinute(dashboard, 'Globex', ['Sam Rivera', 'Priya Natarajan']);
    const profileDir = ajar.profileDir;
    await ajar.close({ keepProfile: true });
    // The browser stays closed until both thank-yous are due.
    await expect.poll(() => Date.now(), { timeout: 90_000, interval: 1000 }).toBeGreaterThan(due);

    ajar = await launchAjar({ profileDir });
    const page = await ajar.openPage('options.html#/today');
    await expect.poll(() => notifications(page), { timeout: 30_000 }).toEqual([expect.objectContaining({ id: 'ajar-summary' })]);

    // Re-armed from what Dexie holds: the next prompt is the earliest stored one still ahead.
    const ahead = (await readTable<{ dueAt: string }>(page, 'prompts')).map((p) => Date.parse(p.dueAt)).filter((t) => t > Date.now());
    await expect.poll(alarmTime).toBe(Math.min(...ahead));
  });
});
