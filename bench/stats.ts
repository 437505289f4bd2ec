export function median(values: readonly number[]): number {
  const finite = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const middle = Math.floor(finite.length / 2);
  return finite.length % 2 ? finite[middle] : (finite[middle - 1] + finite[middle]) / 2;
}

/** Runs `once` warm-up + `runs` times and returns the median of the timed ones. */
export async function medianOf(runs: number, once: (run: number) => Promise<number>): Promise<number> {
  await once(-1);
  const values: number[] = [];
  for (let run = 0; run < runs; run += 1) values.push(await once(run));
  return median(values);
}

export type Results = Record<string, number>;

/** Targets from the issue, as predicates over the results (a missing input makes a check fail). */
export const TARGETS: { key: string; target: string; met: (r: Results) => boolean }[] = [
  { key: 'popupReady.n10k', target: '≤ 1.2 × popupReady.empty', met: (r) => r['popupReady.n10k'] <= 1.2 * r['popupReady.empty'] },
  { key: 'popupScript.n10k', target: '< 100 ms', met: (r) => r['popupScript.n10k'] < 100 },
  { key: 'dashboardReady.n10k', target: '≤ 1.5 × dashboardReady.empty', met: (r) => r['dashboardReady.n10k'] <= 1.5 * r['dashboardReady.empty'] },
  { key: 'dashboardScript.n10k', target: '< 300 ms', met: (r) => r['dashboardScript.n10k'] < 300 },
  { key: 'dashboardFilter.n10k', target: '< 100 ms', met: (r) => r['dashboardFilter.n10k'] < 100 },
  { key: 'dashboardClear.n10k', target: '< 100 ms', met: (r) => r['dashboardClear.n10k'] < 100 },
  { key: 'heapMB.popup.n10k', target: '< 30 MB', met: (r) => r['heapMB.popup.n10k'] < 30 },
  { key: 'heapMB.dashboard.n10k', target: '< 30 MB', met: (r) => r['heapMB.dashboard.n10k'] < 30 },
  { key: 'baseline.popupReady.n10k', target: '≥ 10 × popupReady.n10k', met: (r) => r['baseline.popupReady.n10k'] >= 10 * r['popupReady.n10k'] },
  { key: 'baseline.dashboardReady.n10k', target: '≥ 10 × dashboardReady.n10k', met: (r) => r['baseline.dashboardReady.n10k'] >= 10 * r['dashboardReady.n10k'] },
  { key: 'planOne.n10k', target: '< 5 ms', met: (r) => r['planOne.n10k'] < 5 },
  { key: 'extract.median', target: '< 10 ms', met: (r) => r['extract.median'] < 10 },
  { key: 'contentScript.gzipBytes', target: '< 25,000 bytes', met: (r) => r['contentScript.gzipBytes'] < 25_000 },
  { key: 'importCsv.n10k', target: '< 2000 ms', met: (r) => r['importCsv.n10k'] < 2000 },
  { key: 'capacity.applications', target: '≥ 50,000', met: (r) => r['capacity.applications'] >= 50_000 },
];

/** The terminal table: every key, its value, and the target it answers to when there is one. */
export function table(results: Results): string {
  const targetOf = new Map(TARGETS.map((t) => [t.key, t]));
  const lines = ['| key | value | target | met |', '|---|---:|---|:-:|'];
  for (const [key, value] of Object.entries(results)) {
    const target = targetOf.get(key);
    const shown = Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
    lines.push(`| ${key} | ${shown} | ${target?.target ?? ''} | ${target ? (target.met(results) ? 'yes' : '**no**') : ''} |`);
  }
  return lines.join('\n');
}
