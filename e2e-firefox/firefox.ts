import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readTable as readTableIn } from '../e2e/idb';

// Ajar's packaged Firefox add-on in Debian's Firefox ESR, driven over WebDriver BiDi (toolchain.md items
// 15-17): no geckodriver and no browser download, the store package installed the way Firefox installs one.

const ROOT = path.resolve(import.meta.dirname, '..');
const PACKAGE_JSON = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
/** What `npm run zip` makes for Firefox: the very file a user would install from the store. */
export const FIREFOX_PACKAGE = path.join(ROOT, '.output', `${PACKAGE_JSON.name}-${PACKAGE_JSON.version}-firefox.zip`);
export const FIREFOX = process.env.AJAR_FIREFOX ?? '/usr/bin/firefox-esr';
/** wxt.config.ts's browser_specific_settings.gecko.id. */
export const GECKO_ID = 'ajar@ajar.local';
/** Firefox picks a random internal UUID per profile; a fixed one gives the add-on's pages known addresses. */
const UUID = '3f1d2a8e-7c4b-4e59-9a0f-6b2d8c1e5a47';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;
/** What `npm run build:firefox` makes. */
export const FIREFOX_BUILD = path.join(ROOT, '.output', 'firefox-mv3');

export interface FirefoxLaunchOptions {
  /** Reuse a profile: a browser restart, with the add-on already installed in it. */
  profileDir?: string;
  /** Send every request through this local proxy (the board proxy), so board pages load at their real addresses. */
  proxyPort?: number;
  /** Where downloads land without asking. */
  downloadDir?: string;
  /**
   * 'package' (the default) installs the store package from the profile; 'temporary' loads the build folder
   * the way about:debugging's "Load Temporary Add-on…" does (the README's by-hand steps).
   */
  install?: 'package' | 'temporary';
}

/** A notification as Firefox draws it: its own alert window, with the text the user reads. */
export interface ShownAlert {
  context: string;
  title: string;
  text: string;
}

export interface FirefoxAjar {
  browser: Browser;
  profileDir: string;
  /** An open tab of Ajar's (options.html, popup.html, …), waiting for one whose address matches; skip: pages open before. */
  page(match: (url: string) => boolean, skip?: Set<Page>): Promise<Page>;
  /** Opens one of Ajar's pages in a new tab, from an extension page (BiDi may not navigate to moz-extension:). */
  openPage(file: string): Promise<Page>;
  /** Ajar's notifications on screen now, as Firefox's alert windows show them. */
  alerts(): Promise<ShownAlert[]>;
  /** Clicks a notification's alert window, as a user does; Firefox then tells the add-on it was clicked. */
  clickAlert(alert: ShownAlert): Promise<void>;
  /**
   * Presses Ajar's toolbar button in the front window through Firefox's own action code (what a click or
   * the shortcut runs): the front tab gets activeTab and the real popup opens, which BiDi cannot drive.
   */
  pressToolbarButton(): Promise<void>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** A fresh profile with the packaged add-on in its extensions folder, where Firefox installs it from on start. */
function newProfile(withPackage: boolean): string {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'ajar-firefox-'));
  mkdirSync(path.join(profileDir, 'extensions'));
  if (withPackage) copyFileSync(FIREFOX_PACKAGE, path.join(profileDir, 'extensions', `${GECKO_ID}.xpi`));
  return profileDir;
}

export async function launchFirefoxAjar(options: FirefoxLaunchOptions = {}): Promise<FirefoxAjar> {
  const temporary = options.install === 'temporary';
  const profileDir = options.profileDir ?? newProfile(!temporary);
  const proxy = options.proxyPort
    ? {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': options.proxyPort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': options.proxyPort,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
      }
    : {};
  const downloads = options.downloadDir
    ? {
        'browser.download.dir': options.downloadDir,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
      }
    : {};
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profileDir,
    // The board proxy serves its pages with a self-signed certificate.
    acceptInsecureCerts: true,
    // Chrome-scope browsing contexts: the alert windows that show notifications can be read and clicked.
    args: ['--remote-allow-system-access', ...(temporary ? [] : [`${EXTENSION_ORIGIN}/options.html`, `${EXTENSION_ORIGIN}/popup.html`])],
    extraPrefsFirefox: {
      // A self-built package is unsigned; ESR honours this pref (release builds do not).
      'xpinstall.signatures.required': false,
      // Install what the profile's extensions folder holds, enabled, without asking.
      'extensions.autoDisableScopes': 0,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // Notifications as Firefox's own alert windows (there is no desktop notification daemon headless).
      'alerts.useSystemBackend': false,
      ...proxy,
      ...downloads,
    },
  });
  if (temporary) await browser.installExtension(FIREFOX_BUILD);
  // BiDi's own connection carries commands the puppeteer API does not wrap (chrome-scope contexts).
  const bidi = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;

  /** Where a page really is: BiDi sends no navigation events for moz-extension: loads, so Page.url() can lag. */
  const addressOf = (candidate: Page) => candidate.evaluate(() => (document.readyState === 'loading' ? '' : location.href)).catch(() => '');

  async function page(match: (url: string) => boolean, skip: Set<Page> = new Set()): Promise<Page> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      for (const candidate of (await browser.pages()).filter((open) => !skip.has(open))) {
        const url = await addressOf(candidate);
        if (url.startsWith(EXTENSION_ORIGIN) && match(url)) return candidate;
      }
      if (Date.now() > deadline) throw new Error('No page of Ajar matching the test appeared in 30 s');
      await new Promise((resolve) => setTimeout(resolve, 100)); // the interval between two looks, not a wait for an outcome
    }
  }

  async function chromeEval<T>(context: string, expression: string): Promise<T> {
    const { result } = (await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: true })) as {
      result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
    };
    if (result.type === 'exception') throw new Error(`In the alert window: ${result.exceptionDetails?.text}`);
    return JSON.parse(String(result.result?.value)) as T;
  }

  return {
    browser,
    profileDir,
    page,
    async openPage(file) {
      const opener = await page(() => true);
      const url = `${EXTENSION_ORIGIN}/${file}`;
      const known = new Set(await browser.pages());
      await opener.evaluate((address) => void (globalThis as unknown as { browser: { tabs: { create(o: object): Promise<unknown> } } }).browser.tabs.create({ url: address }), url);
      return page((address) => address === url, known);
    },
    async alerts() {
      const { result } = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as { result: { contexts: { context: string; url: string }[] } };
      const windows = result.contexts.filter((c) => c.url === 'chrome://global/content/alerts/alert.xhtml');
      const shown: ShownAlert[] = [];
      for (const { context } of windows) {
        const text = await chromeEval<{ title: string; text: string }>(
          context,
          `JSON.stringify({ title: document.getElementById('alertTitleLabel')?.getAttribute('value') ?? '', text: document.getElementById('alertTextLabel')?.textContent ?? '' })`,
        ).catch(() => null); // An alert window that closed meanwhile.
        if (text) shown.push({ context, ...text });
      }
      return shown;
    },
    async clickAlert(alert) {
      await chromeEval(alert.context, `document.getElementById('alertTextLabel').click(); 'null'`);
    },
    async pressToolbarButton() {
      const { result } = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as { result: { contexts: { context: string; url: string }[] } };
      const window = result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
      if (!window) throw new Error(`No browser window to press the button in: ${JSON.stringify(result.contexts.map((c) => c.url))}`);
      await chromeEval(
        window.context,
        `(() => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
          ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
          return 'null';
        })()`,
      );
    },
    async close({ keepProfile = false } = {}) {
      await browser.close();
      if (!keepProfile && !options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** What IndexedDB holds in an extension page: the same reader the Chromium tests use (it only calls evaluate). */
export function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return readTableIn<T>(page as unknown as PlaywrightPage, table);
}
