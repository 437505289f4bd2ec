import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../.output/chrome-mv3');
export const CHROMIUM = process.env.AJAR_CHROMIUM ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Ajar {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** The service worker as it runs now (a new object after a browser restart). */
  worker(): Promise<Worker>;
  /** Opens one of Ajar's pages (popup.html, options.html#/…) in a tab. */
  openPage(file: string): Promise<Page>;
  /** Console errors seen on Ajar's pages. */
  consoleErrors: string[];
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** Chromium --host-resolver-rules, from the fixture server. */
  resolverRule?: string;
  /** Reuse a profile (a browser restart). */
  profileDir?: string;
  args?: string[];
  /** False opens a window (npm start on a machine with a display). */
  headless?: boolean;
  /** Leave the profile in place when the browser closes. */
  keepOpen?: boolean;
  /** Open a DevTools port, so a second CDP connection can drive the real toolbar popup. */
  debugPort?: number;
}

/** Starts Debian's Chromium headless with the built extension loaded, the way toolchain.md says works. */
export async function launchAjar(options: LaunchOptions = {}): Promise<Ajar> {
  const profileDir = options.profileDir ?? mkdtempSync(path.join(tmpdir(), 'ajar-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--ignore-certificate-errors',
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      ...(options.resolverRule ? [`--host-resolver-rules=${options.resolverRule}`] : []),
      ...(options.debugPort ? [`--remote-debugging-port=${options.debugPort}`] : []),
      ...(options.args ?? []),
    ],
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  const extensionId = new URL(first.url()).host;
  const consoleErrors: string[] = [];
  const watch = (page: Page) => {
    if (!page.url().startsWith('chrome-extension://') && page.url() !== 'about:blank') return;
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  };
  context.on('page', watch);
  return {
    context,
    extensionId,
    profileDir,
    consoleErrors,
    async worker() {
      return context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? (await context.waitForEvent('serviceworker'));
    },
    async openPage(file) {
      const page = await context.newPage();
      watch(page);
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
