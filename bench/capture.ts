import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR } from '../e2e/browser';
import { sharedCases, SHARED_PAGES, type FixtureServer } from '../e2e/fixture-server';
import type { Bench } from './browser';
import { median } from './stats';

const CONTENT_SCRIPT = 'content-scripts/job-board.js';

/** A LinkedIn job-search results page: a known board, not a posting (the chip must stay away). */
export const SEARCH_URL = 'https://www.linkedin.com/jobs/search/?keywords=platform%20engineer&location=Berlin';
export function searchPageHtml(): string {
  const cards = Array.from({ length: 25 }, (_, i) => `<li class="jobs-search-results__list-item"><div class="base-card">
<h3 class="base-search-card__title">Platform Engineer ${i + 1}</h3><h4 class="base-search-card__subtitle">Company ${i + 1}</h4>
<span class="job-search-card__location">Berlin, Germany</span><time datetime="2026-11-0${(i % 9) + 1}">${i + 1} days ago</time></div></li>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Platform Engineer jobs in Berlin | LinkedIn</title></head>
<body><header><nav>LinkedIn · Jobs</nav></header><main><h1>Platform Engineer in Berlin</h1><p>1,234 results</p>
<ul class="jobs-search__results-list">${cards}</ul></main><footer>© LinkedIn</footer></body></html>`;
}

export function serveCapturePages(server: FixtureServer): void {
  for (const c of sharedCases()) server.serve({ url: c.url, file: path.join(SHARED_PAGES, c.file) });
  server.serve({ url: SEARCH_URL, html: searchPageHtml() });
}

export function contentScriptGzipBytes(): number {
  return gzipSync(readFileSync(path.join(EXTENSION_DIR, CONTENT_SCRIPT))).length;
}

/**
 * The built /extract-page.js (what "Save this page" injects), run in each fixture page at its real
 * address and timed in the page around the script. Per page: the median of `runs` after a warm-up.
 * Several fixtures share one address; each is its own page load.
 */
export async function timeExtraction(bench: Bench, runs: number, limit = Infinity): Promise<{ median: number; max: number; pages: Record<string, number> }> {
  const code = readFileSync(path.join(EXTENSION_DIR, 'extract-page.js'), 'utf8').trim().replace(/;$/, '');
  const timed = `(() => { const start = performance.now(); const result = ${code}; return { ms: performance.now() - start, title: result && result.title }; })()`;
  const pages: Record<string, number> = {};
  for (const c of sharedCases().slice(0, limit)) {
    const page = await bench.context.newPage();
    await page.goto(c.url, { waitUntil: 'load' });
    const times: number[] = [];
    for (let run = -1; run < runs; run += 1) {
      const { ms } = (await page.evaluate(timed)) as { ms: number };
      if (run >= 0) times.push(ms);
    }
    pages[c.file] = median(times);
    await page.close();
  }
  const values = Object.values(pages);
  return { median: median(values), max: Math.max(...values), pages };
}

interface ProfileNode { id: number; callFrame: { url: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** CPU time the content script spends on a page, from a 50 µs sampling profile: every sample whose stack includes it. */
export async function timeContentScript(bench: Bench, url: string): Promise<number> {
  const page = await bench.context.newPage();
  const cdp = await bench.context.newCDPSession(page);
  const injected = new Promise<void>((resolve) => {
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin.includes(bench.extensionId) || context.name === 'Ajar') resolve();
    });
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await injected;
  await settle(page);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  await page.close();
  // Only the measured copy's script: the empty copy runs its own on the same page.
  return inclusiveMs(profile, `${bench.extensionId}/${CONTENT_SCRIPT}`);
}

/** Two idle periods after the script ran: its own async work (storage reads, listeners) is done. */
async function settle(page: Page): Promise<void> {
  for (let i = 0; i < 2; i += 1) {
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 })));
  }
}

function inclusiveMs(profile: Profile, urlPart: string): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const memo = new Map<number, boolean>();
  const inScript = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const own = byId.get(id)?.callFrame.url.includes(urlPart) ?? false;
    const up = parent.get(id);
    const result = own || (up !== undefined && inScript(up));
    memo.set(id, result);
    return result;
  };
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (inScript(id)) micros += profile.timeDeltas[i + 1] ?? 50;
  });
  return micros / 1000;
}
