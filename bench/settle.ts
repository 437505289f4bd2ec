import { readFileSync } from 'node:fs';

/** Busy and total CPU time of the whole machine so far, from /proc/stat (Linux; the bench machines are). */
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3] + (fields[4] ?? 0);
    const total = fields.reduce((sum, value) => sum + value, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * Waits until the machine is idle: two consecutive windows (half a second by default) under 15% busy. After a fill of
 * 155,000 records the browser compacts its storage on background threads for tens of seconds; on two
 * cores that halves whatever is measured meanwhile, which a person opening Ajar on another day never sees.
 * Gives up after `maxMs` and says so, rather than waiting forever on a machine that is never idle.
 */
export async function settle(log: (line: string) => void = () => {}, maxMs = 120_000, windowMs = 500): Promise<void> {
  const start = Date.now();
  let calm = 0;
  let before = cpuTimes();
  if (!before) return;
  while (calm < 2) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = cpuTimes()!;
    const share = (after.busy - before.busy) / Math.max(1, after.total - before.total);
    before = after;
    calm = share < 0.15 ? calm + 1 : 0;
    if (Date.now() - start > maxMs) {
      log(`  (the machine stayed busy for ${Math.round(maxMs / 1000)} s; measuring anyway)`);
      return;
    }
  }
  if (Date.now() - start > 2_000) log(`  (waited ${((Date.now() - start) / 1000).toFixed(1)} s for the browser to finish background work)`);
}
