import { browser } from 'wxt/browser';
import type { ExtractResult } from '../capture/types';

export interface ActiveTab {
  id: number;
  url: string | null;
}

/** The tab the user was looking at when they opened the popup (activeTab makes its URL readable). */
export async function activeTab(): Promise<ActiveTab | null> {
  // The window the user last looked at; a headless or unfocused Chromium may report none, and then the popup's own
  // window is the one whose button was pressed.
  const [lastLooked] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const tab = lastLooked ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) return null;
  return { id: tab.id, url: tab.url ?? null };
}

/** Pages no extension may script; the popup says so instead of offering to save them. */
export function isScriptable(url: string | null): boolean {
  return !!url && /^https?:\/\//i.test(url) && !/^https?:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)/i.test(url);
}

/**
 * Runs Ajar's extractor in the tab, on demand: the user clicked "Save this page", which grants activeTab
 * for that tab only, so Ajar needs no standing access to the sites people browse.
 */
export async function extractFromTab(tabId: number): Promise<ExtractResult> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract-page.js'] });
  const value = result?.result as ExtractResult | undefined;
  if (!value || typeof value !== 'object' || !('kind' in value)) return { kind: 'none', posting: null };
  return value;
}
