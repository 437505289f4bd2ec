// The full page reader: known boards, structured data and the generic pass for company career sites.
// Used by "Save this page" (entrypoints/extract-page.ts) and the CLI; the job-board content script uses
// extract-boards.ts instead, which never imports the generic pass.
import { createExtractor } from './extractor';
import { careerSiteDetails, extractGeneric } from './generic';
import type { ExtractResult } from './types';

export type { ExtractedPosting, ExtractResult, Salary } from './types';

const readPage = createExtractor({ generic: extractGeneric, details: careerSiteDetails });

/** Reads one page: a job posting, an ATS "application submitted" page, or neither. Never throws. */
export function extractPage(doc: Document, url: string, now: Date = new Date()): ExtractResult {
  return readPage(doc, url, now);
}
