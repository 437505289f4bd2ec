// Node-only DOM builder for the CLI and tests. The content script gets the live page's Document
// and must never import this file (jsdom would bloat the bundle and is not needed there).
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Builds an inert Document: jsdom runs no scripts and loads no resources unless asked to
 * (`runScripts`/`resources` stay unset), so a saved page cannot execute or touch the network.
 */
export function parseHtml(html: string, url?: string): Document {
  let base: string | undefined;
  try {
    base = url ? new URL(url).href : undefined;
  } catch {
    base = undefined;
  }
  // A silent console: saved pages are full of CSS jsdom cannot parse, which is not our concern.
  const dom = new JSDOM(html, { url: base, virtualConsole: new VirtualConsole(), contentType: 'text/html' });
  return dom.window.document;
}
