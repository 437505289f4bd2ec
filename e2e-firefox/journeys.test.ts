import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SHARED_PAGES, sharedCases, startFixtureServer, type FixtureServer } from '../e2e/fixture-server';
import { startBoardProxy, type BoardProxy } from './board-proxy';
import { firefoxChip } from './closed-chip';
import { click, control, fill, hasControl, valueOf, visibleText } from './dom';
import { EXTENSION_ORIGIN, GECKO_ID, launchFirefoxAjar, readTable, type FirefoxAjar } from './firefox';

// A new user's first minutes in Firefox, on the store package: the welcome, the popup, and the chip on a
// real board page at its real address.
const GREENHOUSE = sharedCases().find((c) => c.file === 'greenhouse-legacy-boards-anthropic-4182383008.html')!;
const COMPANY_SITE = sharedCases().find((c) => c.file === 'jsonld-schemaorg-eg-0028.html')!;

let fixtures: FixtureServer;
let proxy: BoardProxy;
let ajar: FirefoxAjar;

beforeAll(async () => {
  fixtures = await startFixtureServer();
  fixtures.serve({ url: GREENHOUSE.url, file: path.join(SHARED_PAGES, GREENHOUSE.file) });
  fixtures.serve({ url: COMPANY_SITE.url, file: path.join(SHARED_PAGES, COMPANY_SITE.file) });
  proxy = await startBoardProxy(fixtures);
  ajar = await launchFirefoxAjar({ proxyPort: proxy.port });
});
afterAll(async () => {
  await ajar?.close();
  await proxy?.close();
  await fixtures?.close();
});

describe('Ajar in Firefox', () => {
  test('the installed store package is Manifest V3 with a fixed add-on id, an event page and no access to every site', async () => {
    const popup = await ajar.page((url) => url.endsWith('/popup.html'));
    // The manifest as Firefox read it from the installed package.
    type Manifest = { manifest_version: number; browser_specific_settings: { gecko: { id: string } }; background: unknown; action: { default_popup: string };
      permissions: string[]; host_permissions?: string[]; content_scripts: { matches: string[] }[] };
    const manifest = await popup.evaluate(() => (globalThis as unknown as { browser: { runtime: { getManifest(): unknown } } }).browser.runtime.getManifest() as Manifest);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    // Firefox reads paths as full addresses and fills in the keys it knows as null.
    expect(manifest.background).toMatchObject({ scripts: [expect.stringMatching(/\/background\.js$/)], service_worker: null });
    expect(manifest.action.default_popup).toMatch(/popup\.html$/);
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    for (const host of manifest.content_scripts.flatMap((c) => c.matches)) expect(host).not.toMatch(/<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\//);
  });

  test('first run: the welcome opens by itself, and the dashboard and the popup render', async () => {
    const welcome = await ajar.page((url) => url.endsWith('options.html#/welcome'));
    await expect.poll(() => visibleText(welcome)).toContain('Welcome to Ajar');
    const dashboard = await ajar.page((url) => url.endsWith('/options.html'));
    expect(await dashboard.$('nav')).not.toBeNull();
    // Not onboarded yet: the dashboard offers the welcome instead of forcing it.
    await expect.poll(() => visibleText(dashboard)).toContain('New here? Take one minute to set up Ajar.');
    const popup = await ajar.page((url) => url.endsWith('/popup.html'));
    await expect.poll(() => visibleText(popup)).toMatch(/Today[\s\S]*Nothing due today/i);
  });

  test('the data is kept as persistent storage', async () => {
    const dashboard = await ajar.page((url) => url.endsWith('/options.html'));
    await expect.poll(() => dashboard.evaluate(() => navigator.storage.persisted())).toBe(true);
  });

  test('an application added in the popup is stored and shows in the popup and the dashboard', async () => {
    const popup = await ajar.page((url) => url.endsWith('/popup.html'));
    await click(popup, 'Add an application by hand');
    await fill(popup, 'Title', 'Platform Engineer');
    await fill(popup, 'Company', 'Initech');
    await click(popup, 'Save to Ajar');
    await expect.poll(() => visibleText(popup)).toContain('Tracked: Saved today');
    await expect.poll(() => hasControl(popup, /Platform Engineer · Initech/)).toBe(true);
    expect(await readTable(popup, 'applications')).toEqual([expect.objectContaining({ title: 'Platform Engineer', company: 'Initech', stage: 'saved' })]);

    const table = await ajar.openPage('options.html#/pipeline/table');
    await expect.poll(() => visibleText(table)).toContain('Platform Engineer');
    await table.close();
  });

  test('the chip saves a Greenhouse posting at its real address, with its fields', async () => {
    const tab = await ajar.browser.newPage();
    await tab.goto(GREENHOUSE.url);
    expect(tab.url()).toBe(GREENHOUSE.url);
    const chip = firefoxChip(tab);
    await chip.click('Save to Ajar');
    await expect.poll(() => chip.value('Title')).toBe(GREENHOUSE.expect.title);
    await chip.click('Save');
    await expect.poll(() => chip.text()).toContain('Tracked: Saved today');
    // The page itself sees a bare element: the chip's root is closed to its scripts.
    expect(await tab.evaluate(() => document.querySelector('ajar-chip')?.shadowRoot ?? null)).toBeNull();
    // The page came through the proxy from the fixture server, over TLS: nothing went out.
    expect(proxy.hosts).toContain('boards.greenhouse.io:443');

    const popup = await ajar.page((url) => url.endsWith('/popup.html'));
    const saved = (await readTable<Record<string, unknown>>(popup, 'applications')).find((app) => app.title === GREENHOUSE.expect.title);
    expect(saved).toMatchObject({ company: 'Anthropic', stage: 'saved', source: 'greenhouse', canonicalUrl: GREENHOUSE.url });
    expect(String(saved?.location)).toContain('San Francisco');

    // A revisit shows what is tracked instead of offering a duplicate.
    await tab.reload();
    await expect.poll(() => chip.text()).toContain('Tracked: Saved today');
    expect(await chip.hasButton('Save to Ajar')).toBe(false);
    await tab.close();
  });

  test('on a company site with no chip, the toolbar button lets the popup save the page through activeTab', async () => {
    const tab = await ajar.browser.newPage();
    await tab.goto(COMPANY_SITE.url);
    await tab.bringToFront();
    expect(await tab.$('ajar-chip')).toBeNull();
    await ajar.pressToolbarButton();
    // The real popup opened in its panel, out of BiDi's reach. The same popup page, loaded in a window of
    // its own while the job's window has the focus, sees the job tab as the one the user was looking at.
    const opener = await ajar.page((url) => url.endsWith('/popup.html'));
    const known = new Set(await ajar.browser.pages());
    await opener.evaluate(async (address) => {
      type Api = {
        windows: { getLastFocused(): Promise<{ id: number }>; create(o: object): Promise<{ tabs: { id: number }[] }>; update(id: number, o: object): Promise<unknown> };
        tabs: { update(id: number, o: object): Promise<unknown> };
      };
      const api = (globalThis as unknown as { browser: Api }).browser;
      const jobWindow = await api.windows.getLastFocused();
      const side = await api.windows.create({ url: 'about:blank', type: 'popup', focused: false });
      // Headless Firefox focuses a new window whatever it is asked: give the focus back, then load the popup.
      await api.windows.update(jobWindow.id, { focused: true });
      await api.tabs.update(side.tabs[0].id, { url: address });
    }, `${EXTENSION_ORIGIN}/popup.html`);
    const popup = await ajar.page((url) => url.endsWith('/popup.html'), known);
    // Clicked where it stands, without bringing its window to the front: the popup reads the active tab
    // again when it gains the focus, and would then find itself.
    await (await control(popup, 'Save this page')).click();
    await expect.poll(() => valueOf(popup, 'Title')).toBe(COMPANY_SITE.expect.title);
    expect(await valueOf(popup, 'Company')).toBe(COMPANY_SITE.expect.company);
    await (await control(popup, 'Save to Ajar')).click();
    await expect.poll(() => visibleText(popup)).toContain('Tracked: Saved today');
    const saved = (await readTable<Record<string, unknown>>(popup, 'applications')).find((app) => app.company === COMPANY_SITE.expect.company);
    expect(saved).toMatchObject({ title: COMPANY_SITE.expect.title, stage: 'saved' });
    expect(String(saved?.location)).toContain(COMPANY_SITE.expect.locationContains);
    await tab.close();
  });
});
