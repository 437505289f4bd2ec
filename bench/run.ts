import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { BackupDocument } from '../utils/backup/schema';
import { startFixtureServer } from '../e2e/fixture-server';
import { launchBench, timedLoad, type Bench, type Load } from './browser';
import { contentScriptGzipBytes, SEARCH_URL, serveCapturePages, timeContentScript, timeExtraction } from './capture';
import { baselinePipeline, benchBackup, benchCsv, expectedMatches, searchTerm } from './data';
import { timeEngine } from './engine';
import { exportThroughUi, fillBaseline, importCsvThroughUi, openDataPanel, restoreThroughUi, timedUi } from './fill';
import { median, medianOf, table, TARGETS, type Results } from './stats';
import { settle } from './settle';
import { timeStorageFloor, type StorageFloor } from './idb-floor';

export const RESULTS_FILE = path.resolve(import.meta.dirname, 'results.json');

export interface BenchOptions {
  /** Tiny sizes and one run: keeps the bench working in CI, times nothing worth reading. */
  smoke?: boolean;
  /** Where to write the results (null: nowhere). */
  out?: string | null;
  log?: (line: string) => void;
}

/** Fresh tabs of the filled copy: a warm-up, then `runs` loads; medians of ready, script and heap. */
async function loads(bench: Bench, file: string, runs: number): Promise<Load> {
  // The smoke run times nothing worth reading, so it does not wait for an idle machine either.
  if (runs > 1) await settle(console.log);
  const all: Load[] = [];
  for (let run = -1; run < runs; run += 1) {
    if (runs > 1) await betweenLoads();
    const { load } = await timedLoad(bench, file);
    if (run >= 0) all.push(load);
  }
  return medianLoad(all);
}

/**
 * The same page of the empty copy and of the filled copy, in alternation (the order flips each round),
 * after a warm-up of each: the ratio between them then compares the data, not two moments of a machine.
 */
async function pairedLoads(bench: Bench, file: string, runs: number): Promise<{ empty: Load; filled: Load }> {
  if (runs > 1) await settle(console.log);
  const empty: Load[] = [];
  const filled: Load[] = [];
  for (let run = -1; run < runs; run += 1) {
    for (const fromEmpty of run % 2 === 0 ? [true, false] : [false, true]) {
      if (runs > 1) await betweenLoads();
      const { load } = await timedLoad(bench, file, false, fromEmpty);
      if (run >= 0) (fromEmpty ? empty : filled).push(load);
    }
  }
  return { empty: medianLoad(empty), filled: medianLoad(filled) };
}

/**
 * Each load starts on an idle machine, as a person's next click does: a page keeps working after its first
 * screen (the pipeline reads every row for search, the popup counts what is left), and a tab opened 100 ms
 * after the last one closed would otherwise queue behind that work in the browser's storage thread.
 */
function betweenLoads(): Promise<void> {
  return settle(() => {}, 10_000, 250);
}

function medianLoad(all: readonly Load[]): Load {
  return { ready: median(all.map((l) => l.ready)), script: median(all.map((l) => l.script)), heapMB: median(all.map((l) => l.heapMB)) };
}

/**
 * Search, then clear, on one open pipeline: ms from the last keystroke to the end of the frame showing
 * the new count. All but the last letter are typed first and left to settle (untimed); the term is
 * chosen so that the last letter changes the count, so the frame that answers it can be seen.
 */
async function filterAndClear(page: Page, status: string, doc: BackupDocument, runs: number) {
  const total = doc.applications.length;
  const term = searchTerm(doc);
  const shows = (n: number) => `${n} of ${total} applications`;
  const filter: number[] = [];
  const clear: number[] = [];
  const box = page.locator('#pipeline-search');
  for (let run = -1; run < runs; run += 1) {
    await box.pressSequentially(term.slice(0, -1));
    await page.locator(status, { hasText: new RegExp(`^${shows(expectedMatches(doc, term.slice(0, -1)))}$`) }).waitFor();
    const f = await timedUi(page, 'input', () => box.press(term.slice(-1)), status, shows(expectedMatches(doc, term)));
    const c = await timedUi(page, 'input', async () => {
      await box.press('Control+a');
      await box.press('Backspace');
    }, status, shows(total));
    if (run >= 0) {
      filter.push(f);
      clear.push(c);
    }
  }
  return { filter: median(filter), clear: median(clear) };
}

function meetsPageTargets(r: Results, suffix: string): boolean {
  const empty = (page: string) => r[`${page}.empty.${suffix}`] ?? r[`${page}.empty`];
  return r[`popupReady.${suffix}`] <= 1.2 * empty('popupReady') && r[`popupScript.${suffix}`] < 100
    && r[`dashboardReady.${suffix}`] <= 1.5 * empty('dashboardReady') && r[`dashboardScript.${suffix}`] < 300
    && r[`heapMB.popup.${suffix}`] < 30 && r[`heapMB.dashboard.${suffix}`] < 30;
}

/** Ajar's popup and pipeline, each paired with the empty copy's; the empty figures are kept beside them. */
async function pages(bench: Bench, r: Results, suffix: string, runs: number) {
  const p = await pairedLoads(bench, 'popup.html', runs);
  const d = await pairedLoads(bench, 'options.html#/pipeline', runs);
  Object.assign(r, {
    [`popupReady.empty.${suffix}`]: p.empty.ready, [`dashboardReady.empty.${suffix}`]: d.empty.ready,
    [`popupReady.${suffix}`]: p.filled.ready, [`popupScript.${suffix}`]: p.filled.script,
    [`dashboardReady.${suffix}`]: d.filled.ready, [`dashboardScript.${suffix}`]: d.filled.script,
    [`heapMB.popup.${suffix}`]: p.filled.heapMB, [`heapMB.dashboard.${suffix}`]: d.filled.heapMB,
  });
}

/** Insights adds up the whole search, so it is the one view whose work grows with it; no target, watched. */
async function insightsPage(bench: Bench, r: Results, suffix: string, runs: number) {
  r[`insightsReady.${suffix}`] = (await loads(bench, 'options.html#/insights', runs)).ready;
}

/** The naive pages, in the filled copy (their data is in its chrome.storage.local). */
async function baselinePages(bench: Bench, r: Results, suffix: string, runs: number) {
  const p = await loads(bench, 'baseline/popup.html', runs);
  const d = await loads(bench, 'baseline/dashboard.html', runs);
  Object.assign(r, {
    [`baseline.popupReady.${suffix}`]: p.ready, [`baseline.popupScript.${suffix}`]: p.script,
    [`baseline.dashboardReady.${suffix}`]: d.ready, [`baseline.dashboardScript.${suffix}`]: d.script,
    [`baseline.heapMB.popup.${suffix}`]: p.heapMB, [`baseline.heapMB.dashboard.${suffix}`]: d.heapMB,
  });
}

export async function runBench({ smoke = false, out = RESULTS_FILE, log = console.log }: BenchOptions = {}): Promise<Results> {
  const r: Results = {};
  let shown = 0;
  const say = (line: string) => {
    const fresh = Object.entries(r).slice(shown).map(([k, v]) => `${k}=${Math.round(v * 10) / 10}`);
    shown += fresh.length;
    if (fresh.length) log(`  ${fresh.join('  ')}`);
    log(line);
  };
  const runs = smoke ? 1 : 5;
  // Page loads are cheap and noisy: more rounds for their medians.
  const pageRuns = smoke ? 1 : 9;
  const size = smoke ? 3 : 10_000;
  const capacitySize = smoke ? 6 : 50_000;
  const server = await startFixtureServer();
  serveCapturePages(server);
  const bench = await launchBench({ resolverRule: server.resolverRule });
  try {
    say(`restoring ${size} applications through the dashboard`);
    const doc = benchBackup(size);
    const panel = await openDataPanel(bench);
    r['restore.n10k'] = await restoreThroughUi(panel, doc);
    await panel.close();

    say('10k: popup and dashboard loads, each beside the same page of an empty copy');
    await pages(bench, r, 'n10k', pageRuns);
    // At 10k the issue's own keys hold the empty copy's figures.
    for (const page of ['popupReady', 'dashboardReady']) {
      r[`${page}.empty`] = r[`${page}.empty.n10k`];
      delete r[`${page}.empty.n10k`];
    }
    const total = doc.applications.length;
    const { page: pipeline } = await timedLoad(bench, 'options.html#/pipeline', true);
    const ajarSearch = await filterAndClear(pipeline, 'p.status-line', doc, runs);
    Object.assign(r, { 'dashboardFilter.n10k': ajarSearch.filter, 'dashboardClear.n10k': ajarSearch.clear });
    await pipeline.close();
    await insightsPage(bench, r, 'n10k', runs);

    say('10k: export');
    r['exportBackup.n10k'] = await medianOf(runs, async () => {
      const page = await openDataPanel(bench);
      const ms = await exportThroughUi(page, total);
      await page.close();
      return ms;
    });

    say('10k: the naive baseline');
    await fillBaseline(bench, baselinePipeline(doc));
    await baselinePages(bench, r, 'n10k', runs);
    const { page: naive } = await timedLoad(bench, 'baseline/dashboard.html', true);
    const naiveSearch = await filterAndClear(naive, '#status', doc, runs);
    Object.assign(r, { 'baseline.dashboardFilter.n10k': naiveSearch.filter, 'baseline.dashboardClear.n10k': naiveSearch.clear });
    await naive.close();
    await fillBaseline(bench, []);
    r['speedup.popup.n10k'] = r['baseline.popupReady.n10k'] / r['popupReady.n10k'];
    r['speedup.dashboard.n10k'] = r['baseline.dashboardReady.n10k'] / r['dashboardReady.n10k'];

    say('engine (Node, same data)');
    const engine = timeEngine(doc, runs);
    Object.assign(r, { 'planAll.n10k': engine.planAll, 'planOne.n10k': engine.planOne, 'planAll.prompts.n10k': engine.prompts });

    say('capture: extraction on fixture pages, the content script on a non-posting page');
    const extraction = await timeExtraction(bench, runs, smoke ? 2 : Infinity);
    Object.assign(r, { 'extract.median': extraction.median, 'extract.max': extraction.max });
    r['contentScript.gzipBytes'] = contentScriptGzipBytes();
    r['contentScript.nonJobPageMs'] = await medianOf(runs, () => timeContentScript(bench, SEARCH_URL));

    say(`CSV import of ${size} rows into an empty database`);
    const csv = benchCsv(size, 1, doc);
    const empty = benchBackup(0);
    const parts: { preview: number; commit: number }[] = [];
    const floors: StorageFloor[] = [];
    for (let run = -1; run < runs; run += 1) {
      const page = await openDataPanel(bench);
      await restoreThroughUi(page, empty);
      if (!smoke) await settle(console.log);
      const part = await importCsvThroughUi(page, csv, size);
      if (!smoke) await settle(console.log);
      const floor = await timeStorageFloor(page);
      if (run >= 0) parts.push(part);
      if (run >= 0) floors.push(floor);
      await page.close();
    }
    Object.assign(r, {
      'importCsv.n10k': median(parts.map((p) => p.preview + p.commit)),
      'importCsv.preview.n10k': median(parts.map((p) => p.preview)), 'importCsv.commit.n10k': median(parts.map((p) => p.commit)),
      'importCsv.floor.applications.n10k': median(floors.map((f) => f.applications)),
      'importCsv.floor.records.n10k': median(floors.map((f) => f.records)),
      'importCsv.records.n10k': median(floors.map((f) => f.recordCount)),
    });

    say(`capacity: ${size} restored + ${capacitySize - size} imported from CSV`);
    const page = await openDataPanel(bench);
    await restoreThroughUi(page, doc);
    await importCsvThroughUi(page, benchCsv(capacitySize - size, 2, doc), capacitySize - size);
    await page.close();
    await pages(bench, r, 'n50k', pageRuns);
    r['capacity.applications'] = meetsPageTargets(r, 'n50k') ? capacitySize : meetsPageTargets(r, 'n10k') ? size : 0;
    say('done');
  } finally {
    await bench.close();
    await server.close();
  }
  const ordered = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v * 100) / 100]));
  if (out) {
    const meta = { generatedAt: new Date().toISOString(), smoke, cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, runsPerFigure: runs };
    writeFileSync(out, `${JSON.stringify({ meta, results: ordered }, null, 2)}\n`);
  }
  return ordered;
}

/** The keys results.json always has (the smoke test checks them). */
export const RESULT_KEYS = [
  'popupReady.empty', 'popupReady.n10k', 'popupScript.n10k', 'dashboardReady.empty', 'dashboardReady.n10k', 'dashboardScript.n10k',
  'dashboardFilter.n10k', 'dashboardClear.n10k', 'heapMB.popup.n10k', 'heapMB.dashboard.n10k', 'planAll.n10k', 'planOne.n10k',
  'extract.median', 'extract.max', 'contentScript.gzipBytes', 'contentScript.nonJobPageMs', 'importCsv.n10k', 'importCsv.floor.applications.n10k',
  'importCsv.floor.records.n10k', 'importCsv.records.n10k', 'exportBackup.n10k', 'insightsReady.n10k',
  'capacity.applications', 'baseline.popupReady.n10k', 'baseline.dashboardReady.n10k', 'baseline.dashboardFilter.n10k', 'baseline.dashboardClear.n10k',
  ...TARGETS.map((t) => t.key),
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const smoke = process.env.AJAR_BENCH_SMOKE === '1';
  console.log('building the extension (npx wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: path.resolve(import.meta.dirname, '..') });
  const results = await runBench({ smoke, out: smoke ? null : RESULTS_FILE });
  console.log(`\n${table(results)}\n`);
  if (!smoke) console.log(`written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
}
