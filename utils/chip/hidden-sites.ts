import { browser } from 'wxt/browser';

// One storage key per site ("chipHidden:www.indeed.com" → when it was hidden). Hiding or showing a site
// writes only its own key, so two tabs hiding two sites at once can never drop one another's change
// (one shared list would be read, changed and written back by each).
const PREFIX = 'chipHidden:';
/** The list earlier versions kept; read once by the Settings page and folded into per-site keys. */
const LEGACY_LIST = 'chipHiddenHosts';

export interface HiddenSite {
  host: string;
  /** ISO time the user hid the chip there; null for sites hidden before Ajar kept the time. */
  hiddenAt: string | null;
}

const keyOf = (host: string) => `${PREFIX}${host}`;

/** Sites where the user said "not on this site": the chip stays away there until they undo it. */
export async function isHiddenOn(host: string): Promise<boolean> {
  const stored = await browser.storage.local.get([keyOf(host), LEGACY_LIST]);
  return stored[keyOf(host)] !== undefined || ((stored[LEGACY_LIST] as string[] | undefined) ?? []).includes(host);
}

export async function hideOn(host: string, now: Date = new Date()): Promise<void> {
  await browser.storage.local.set({ [keyOf(host)]: now.toISOString() });
}

export async function showAgainOn(host: string): Promise<void> {
  await browser.storage.local.remove(keyOf(host));
}

/** Every site where the chip is hidden, most recently hidden first. */
export async function hiddenSites(): Promise<HiddenSite[]> {
  await foldLegacyList();
  const stored = await browser.storage.local.get(null);
  return Object.entries(stored)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([key, value]) => ({ host: key.slice(PREFIX.length), hiddenAt: typeof value === 'string' && value ? value : null }))
    .sort((a, b) => (b.hiddenAt ?? '').localeCompare(a.hiddenAt ?? '') || a.host.localeCompare(b.host));
}

/** Calls back whenever a site is hidden or shown again, from any tab. Returns the unsubscribe. */
export function onHiddenSitesChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(PREFIX) || key === LEGACY_LIST)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

async function foldLegacyList(): Promise<void> {
  const legacy = (await browser.storage.local.get(LEGACY_LIST))[LEGACY_LIST] as string[] | undefined;
  if (!legacy) return;
  const present = await browser.storage.local.get(legacy.map(keyOf));
  const missing = Object.fromEntries(legacy.filter((host) => present[keyOf(host)] === undefined).map((host) => [keyOf(host), '']));
  await browser.storage.local.set(missing);
  await browser.storage.local.remove(LEGACY_LIST);
}
