// The page reader of the job-board content script: adapters and structured data only. On a known board
// the generic pass never runs anyway (a board's non-posting pages get no guesswork), so leaving it out
// changes no result there and keeps Readability out of a script that loads on every board page.
import { createExtractor } from './extractor';
import type { ExtractResult } from './types';

const readBoardPage = createExtractor();

/** Like extractPage, but a page on no known board reads as nothing instead of being guessed at. */
export function extractBoardPage(doc: Document, url: string, now: Date = new Date()): ExtractResult {
  return readBoardPage(doc, url, now);
}
