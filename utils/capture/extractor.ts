// Page extraction: pure functions over a Document and its URL. The cheap URL checks come first and every
// source is isolated (one failing never sinks the others). The generic pass for company career sites is
// passed in rather than imported, so the job-board content script can be built without it (and without
// Readability, its heaviest dependency): on a known board an adapter or structured data always applies.
import { parseDate } from './dates';
import { finalize, merge } from './finalize';
import { adapterForHost } from './sources';
import { extractStructured } from './structured';
import { hasJsonLd } from './structured/jsonld';
import { companyFromConfirmation, detectSubmitted } from './submitted';
import type { ExtractResult, RawPosting } from './types';
import { canonicalUrl } from './url';

/** The fallback for pages on no known board: one posting's raw fields, or null. */
export type GenericPass = (doc: Document, url: URL | null) => RawPosting | null;

/** A career site's company and location read from the page itself, for structured data that leaves them out. */
export type PageDetails = (doc: Document, url: URL | null, title: string) => Pick<RawPosting, 'company' | 'location'>;

export interface ExtractorParts {
  /** Left out, pages on no known board are never guessed at (they read as nothing). */
  generic?: GenericPass;
  /** Left out, structured data on a career site is taken as it is. */
  details?: PageDetails;
}

export type PageExtractor = (doc: Document, url: string, now?: Date) => ExtractResult;

function safe<T>(fn: () => T): T | null {
  try {
    return fn() ?? null;
  } catch {
    return null;
  }
}

function toUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:' ? u : null;
  } catch {
    return null;
  }
}

const none = (): ExtractResult => ({ kind: 'none', posting: null });

function run(doc: Document, url: string, now: Date, parts: ExtractorParts): ExtractResult {
  if (!doc || !doc.documentElement) return none();
  const u = toUrl(url);
  const board = u ? safe(() => adapterForHost(u)) : null;
  const adapter = board && u && safe(() => board.matches(u)) ? board : null;
  // On a search list with a job open, the page's own canonical names the search: the adapter knows the job's.
  const canonical = (): string =>
    (adapter?.canonical && u ? safe(() => adapter.canonical!(doc, u)) : null) ?? safe(() => canonicalUrl(doc, u, url)) ?? url;

  const confirmation = safe(() => detectSubmitted(doc, u));
  if (confirmation) {
    const structured = safe(() => extractStructured(doc));
    const fromBoard = board && u ? safe(() => board.extract(doc, u)) : null;
    const named: RawPosting = { company: companyFromConfirmation(confirmation.text) };
    const raw = merge(named, structured?.fields, fromBoard);
    if (!raw.title && !raw.company) return { kind: 'submitted', posting: null };
    const source = board?.name ?? structured?.source ?? 'generic';
    return { kind: 'submitted', posting: finalize(raw, u, canonical(), source, now) };
  }

  // A board's search, company and list pages get no guesswork: only a real JobPosting counts.
  if (board && !adapter && !hasJsonLd(doc)) return none();

  const structured = safe(() => extractStructured(doc));
  const fromAdapter = adapter && u ? safe(() => adapter.extract(doc, u)) : null;
  if (!structured && !fromAdapter) {
    const generic = board || !parts.generic ? null : parts.generic;
    const raw = generic ? safe(() => generic(doc, u)) : null;
    if (!raw) return none();
    const posting = finalize(raw, u, canonical(), 'generic', now);
    return posting.title ? { kind: 'posting', posting } : none();
  }
  const raw = merge(structured?.fields, fromAdapter);
  // A career site's JSON-LD often names no employer or place (remote roles); the page itself may.
  if (!board && parts.details && raw.title && (!raw.company || !raw.location)) {
    const seen = safe(() => parts.details!(doc, u, String(raw.title)));
    raw.company ||= seen?.company ?? null;
    raw.location ||= seen?.location ?? null;
  }
  // Structured dates are exact; adapters often only read "3 days ago".
  const exactDate = structured?.fields.datePosted;
  if (exactDate && parseDate(exactDate, now)) raw.datePosted = exactDate;
  const posting = finalize(raw, u, canonical(), board?.name ?? structured?.source ?? 'generic', now);
  return posting.title ? { kind: 'posting', posting } : none();
}

/** Builds a page reader from its parts. The reader never throws: a posting, an "application submitted" page, or none. */
export function createExtractor(parts: ExtractorParts = {}): PageExtractor {
  return (doc, url, now = new Date()) => {
    try {
      return run(doc, url, now, parts);
    } catch {
      return none();
    }
  };
}
