import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractPage } from '../../utils/capture/extract';
import { parseHtml } from '../../utils/capture/parse-html';

// Shared fixtures are read in place; CI has ../shared beside the clone.
export const FIXTURES = path.resolve(__dirname, '../../../shared/fixtures/pages');
export const PAGES = path.resolve(__dirname, 'pages');

/** A fixed local noon, so relative dates ("3 days ago") have one right answer. */
export const NOW = new Date(2024, 10, 20, 12, 0, 0);

export function extractFile(file: string, url: string, now = NOW) {
  return extractPage(parseHtml(readFileSync(file, 'utf8'), url), url, now);
}

export function extractHtml(html: string, url: string, now = NOW) {
  return extractPage(parseHtml(html, url), url, now);
}
