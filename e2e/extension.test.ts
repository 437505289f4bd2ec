import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_DIR, launchAjar, type Ajar } from './browser';
import { readTable } from './idb';

let ajar: Ajar;
beforeAll(async () => {
  ajar = await launchAjar();
});
afterAll(() => ajar?.close());

/**
 * Opened as a tab, the popup's "current page" is its own, which no one can save: it offers to add by hand.
 * Returns once the popup says the new application is tracked.
 */
async function addByHand(popup: Page, title: string, company: string) {
  await popup.getByRole('button', { name: 'Add an application by hand' }).click();
  await popup.getByLabel('Title').fill(title);
  await popup.getByLabel('Company').fill(company);
  await popup.getByRole('button', { name: 'Save to Ajar' }).click();
  await expect.poll(() => popup.getByTestId('tracked').textContent()).toContain('Tracked: Saved today');
}

describe('the built extension', () => {
  test('is an MV3 extension with a service worker, popup and options page, and no access to every site', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background.service_worker).toBeTruthy();
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.options_ui?.page ?? manifest.options_page).toBe('options.html');
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage']);
    const hosts: string[] = [...(manifest.host_permissions ?? []), ...manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches)];
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) expect(host).not.toMatch(/<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\//);
  });

  test('the popup and the dashboard render without console errors', async () => {
    const popup = await ajar.openPage('popup.html');
    await expect.poll(() => popup.getByRole('heading', { name: 'Today' }).isVisible()).toBe(true);
    await expect.poll(() => popup.getByText(/Nothing due today/).isVisible()).toBe(true);
    const dashboard = await ajar.openPage('options.html#/today');
    await expect.poll(() => dashboard.getByRole('navigation').isVisible()).toBe(true);
    expect(ajar.consoleErrors).toEqual([]);
    await popup.close();
    await dashboard.close();
  });

  test('what the popup saves, the dashboard shows at once, and the reverse', async () => {
    const dashboard = await ajar.openPage('options.html#/pipeline/table');
    const popup = await ajar.openPage('popup.html');
    await addByHand(popup, 'Platform Engineer', 'Initech');

    await expect.poll(() => dashboard.getByText('Platform Engineer').first().isVisible()).toBe(true);
    const stored = await readTable<{ id: string; title: string; company: string; stage: string }>(dashboard, 'applications');
    expect(stored).toEqual([expect.objectContaining({ title: 'Platform Engineer', company: 'Initech', stage: 'saved' })]);

    // And the reverse: a rename in the dashboard reaches the popup's recent list without a reload.
    await expect.poll(() => popup.getByRole('link', { name: /Platform Engineer · Initech/ }).isVisible()).toBe(true);
    await dashboard.goto(`chrome-extension://${ajar.extensionId}/options.html#/application/${stored[0].id}`);
    await dashboard.getByRole('form', { name: 'Details' }).getByLabel('Role').fill('Staff Platform Engineer');
    await dashboard.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => popup.getByRole('link', { name: /Staff Platform Engineer · Initech/ }).isVisible()).toBe(true);
    expect(ajar.consoleErrors).toEqual([]);
  });

  test("an interview booked away from the dashboard: the popup's link opens the interview form, ready to fill", async () => {
    const popup = await ajar.openPage('popup.html');
    await addByHand(popup, 'Data Analyst', 'Umbrella');
    // Applied by email, so no confirmation page will offer it: the popup does, while the posting is only saved.
    await popup.getByRole('button', { name: 'Mark Umbrella as applied' }).click();
    await expect.poll(() => popup.getByTestId('tracked').textContent()).toContain('Tracked: Applied today');
    expect(await popup.getByRole('button', { name: 'Mark Umbrella as applied' }).count()).toBe(0);

    const opened = ajar.context.waitForEvent('page');
    await popup.getByRole('link', { name: 'Log an interview with Umbrella' }).click();
    const dashboard = await opened;
    const form = dashboard.getByRole('form', { name: 'Log interview' });
    await expect.poll(() => form.isVisible()).toBe(true);
    await expect.poll(() => form.getByLabel('Date', { exact: true }).evaluate((input) => input === document.activeElement)).toBe(true);
    // Opened once: the address no longer asks for the form, so a reload shows the page as usual.
    await expect.poll(() => dashboard.url()).not.toContain('log=interview');

    await form.getByLabel('Start time').fill('11:00');
    await form.getByRole('button', { name: 'Save interview' }).click();
    await expect.poll(() => dashboard.getByRole('list', { name: 'Timeline' }).getByText('Interview', { exact: true }).isVisible()).toBe(true);
    const [umbrella] = (await readTable<{ id: string; company: string; stage: string }>(dashboard, 'applications')).filter((app) => app.company === 'Umbrella');
    expect(umbrella.stage).toBe('interviewing');
    await dashboard.reload();
    await expect.poll(() => dashboard.getByRole('heading', { name: 'Umbrella – Data Analyst' }).isVisible()).toBe(true);
    expect(await form.count()).toBe(0);
    expect(ajar.consoleErrors).toEqual([]);
    await popup.close();
    await dashboard.close();
  });
});
