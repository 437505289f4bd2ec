import { browser } from 'wxt/browser';

const KEY = 'chipHiddenHosts';

/** Sites where the user said "not on this site": the chip stays away there until they undo it. */
export async function isHiddenOn(host: string): Promise<boolean> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as string[] | undefined;
  return !!stored?.includes(host);
}

export async function hideOn(host: string): Promise<void> {
  const stored = ((await browser.storage.local.get(KEY))[KEY] as string[] | undefined) ?? [];
  if (!stored.includes(host)) await browser.storage.local.set({ [KEY]: [...stored, host] });
}
