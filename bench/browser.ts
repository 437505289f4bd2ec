import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR } from '../e2e/browser';

/**
 * The selector that means "the named content is on screen", per page. The popup is ready when today's
 * prompt list is rendered from data; the dashboard's pipeline when its first board card (or, empty, its
 * empty state) is; Insights when its figures are (its heading waits for them). The baseline pages use the
 * same meaning with their own markup.
 */
export const READY_SELECTORS: Record<string, string> = {
  '/popup.html': '[data-testid="today-prompts"]',
  '/options.html': '.board-slot, p.empty',
  '/options.html#/insights': '#insights-title',
  '/baseline/popup.html': '#today[data-ready]',
  '/baseline/dashboard.html': '#rows tr, #rows[data-empty]',
};

export interface Bench {
  context: BrowserContext;
  /** The copy every fill and measurement uses. */
  extensionId: string;
  /** A second copy that is never filled: its pages load beside the first's as the "empty" reference. */
  emptyExtensionId: string;
  url(file: string): string;
  emptyUrl(file: string): string;
  close(): Promise<void>;
}

/** Chrome's id for an unpacked extension: the first 128 bits of SHA-256 of its path, written in a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * Debian's Chromium with two temporary copies of the built extension, each also holding the naive baseline
 * pages (bench/baseline), so everything runs in one browser. Two copies are two origins with their own
 * storage: one is filled, the other stays empty, and their pages load in alternation, so "empty" and
 * "10k" are measured under the same machine conditions (a 2-core VM's speed drifts by a third over minutes).
 */
export async function launchBench(options: { resolverRule?: string; profile?: string } = {}): Promise<Bench> {
  // A kept profile needs the same extension paths every time: the path decides the id, and the id the storage.
  const root = options.profile ? `${options.profile}-extension` : mkdtempSync(path.join(tmpdir(), 'ajar-bench-ext-'));
  const dirs = [path.join(root, 'filled'), path.join(root, 'empty')];
  for (const dir of dirs) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    cpSync(path.join(import.meta.dirname, 'baseline'), path.join(dir, 'baseline'), { recursive: true });
    instrument(dir);
  }
  const profile = options.profile ?? mkdtempSync(path.join(tmpdir(), 'ajar-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--ignore-certificate-errors', '--js-flags=--expose-gc',
      `--disable-extensions-except=${dirs.join(',')}`, `--load-extension=${dirs.join(',')}`,
      ...(options.resolverRule ? [`--host-resolver-rules=${options.resolverRule}`] : []),
    ],
  });
  const [extensionId, emptyExtensionId] = dirs.map(unpackedExtensionId);
  const running = () => new Set(context.serviceWorkers().map((worker) => new URL(worker.url()).host));
  const deadline = Date.now() + 15_000;
  while (![extensionId, emptyExtensionId].every((id) => running().has(id))) {
    if (Date.now() > deadline) throw new Error(`The extension's workers did not start (running: ${[...running()].join(', ') || 'none'})`);
    await context.waitForEvent('serviceworker', { timeout: 500 }).catch(() => undefined);
  }
  return {
    context,
    extensionId,
    emptyExtensionId,
    url: (file) => `chrome-extension://${extensionId}/${file}`,
    emptyUrl: (file) => `chrome-extension://${emptyExtensionId}/${file}`,
    async close() {
      await context.close();
      if (!options.profile) {
        rmSync(profile, { recursive: true, force: true });
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Playwright's init scripts do not reach chrome-extension:// pages, so the copy's pages get a first,
 * classic <script> in <head> (it runs before their module scripts) that marks, on every load, the end of
 * the first frame in which the page's ready selector matches. The repository's files are untouched.
 */
function instrument(dir: string): void {
  // Plain JavaScript read as is: a compiled function would carry the compiler's helpers with it.
  const ready = readFileSync(path.join(import.meta.dirname, 'page', 'ready.js'), 'utf8');
  writeFileSync(path.join(dir, 'bench-ready.js'), `window.__benchSelectors = ${JSON.stringify(READY_SELECTORS)};\n${ready}`);
  for (const file of ['popup.html', 'options.html', 'baseline/popup.html', 'baseline/dashboard.html']) {
    const html = readFileSync(path.join(dir, file), 'utf8');
    writeFileSync(path.join(dir, file), html.replace(/<head>/i, '<head><script src="/bench-ready.js"></script>'));
  }
}

export interface Load {
  /** Navigation start → end of the first frame showing the ready selector. */
  ready: number;
  /** The page's own first script line (performance mark `ajar:script-start`) → the same frame. */
  script: number;
  heapMB: number;
}

/** One fresh tab: navigate, wait for the ready mark, read the times and the heap after a forced GC. */
export async function timedLoad(bench: Bench, file: string, keep = false, empty = false): Promise<{ load: Load; page: Page }> {
  const page = await bench.context.newPage();
  await page.goto(empty ? bench.emptyUrl(file) : bench.url(file), { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __benchReady?: number }).__benchReady !== undefined, null, { timeout: 120_000, polling: 'raf' });
  const times = await page.evaluate(() => ({
    ready: (window as unknown as { __benchReady: number }).__benchReady,
    start: performance.getEntriesByName('ajar:script-start')[0]?.startTime ?? Number.NaN,
  }));
  const heapMB = await heapOf(page);
  if (!keep) await page.close();
  return { load: { ready: times.ready, script: times.ready - times.start, heapMB }, page };
}

export async function heapOf(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}
