import { extractBoardPage } from '../capture/extract-boards';
import { adapterForHost } from '../capture/sources';
import type { ExtractedPosting, ExtractResult } from '../capture/types';
import type { TrackedSummary } from '../messages';
import type { ChipState } from './chip-view';

export type Lookup = (query: { url: string; company: string | null; title: string | null }) => Promise<TrackedSummary | null>;

// ATS confirmation pages live under the posting's own address; without the suffix it is the posting's.
const CONFIRMATION_SUFFIX = /\/(confirmation|thanks|thank-you|thankyou|submitted|success|application-submitted)\/?$/i;

export function postingUrlOfConfirmation(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.pathname = parsed.pathname.replace(CONFIRMATION_SUFFIX, '') || '/';
    parsed.search = '';
    parsed.hash = '';
    return parsed.toString();
  } catch {
    return url;
  }
}

/**
 * What the chip should offer on this page, or null for nothing at all: a posting not yet tracked gets
 * "Save to Ajar", a tracked one its status, and an ATS's "thank you for applying" page an offer to mark
 * the saved application applied, or to save it as applied when Ajar does not have it (never done
 * without the user's click). A confirmation page gets a chip either way, so its presence says nothing.
 */
export async function chipStateFor(result: ExtractResult, pageUrl: string, lookup: Lookup): Promise<ChipState | null> {
  if (result.kind === 'none') return null;
  if (result.kind === 'submitted') {
    const posting = appliedPosting(result.posting, pageUrl);
    const tracked = await lookup({
      url: posting.url,
      company: posting.company,
      // A confirmation page's heading is "Thank you for applying", not the job's title.
      title: null,
    });
    if (!tracked) return { view: 'save-applied', posting };
    return tracked.stage === 'saved' ? { view: 'mark-applied', tracked } : { view: 'tracked', tracked };
  }
  if (!result.posting) return null;
  const tracked = await lookup({ url: result.posting.url, company: result.posting.company, title: result.posting.title });
  return tracked ? { view: 'tracked', tracked } : { view: 'offer', posting: result.posting };
}

const CONFIRMATION_WORDING = /thank|appl(y|ied|ication)|submitted|received/i;

/** The posting a confirmation page is about, at the posting's own address; what it cannot tell stays empty for the preview to ask. */
function appliedPosting(read: ExtractedPosting | null, pageUrl: string): ExtractedPosting {
  const url = read?.url && read.url !== pageUrl ? read.url : postingUrlOfConfirmation(pageUrl);
  const title = read?.title && !CONFIRMATION_WORDING.test(read.title) ? read.title : '';
  const empty: ExtractedPosting = {
    title: '', company: null, location: null, employmentType: null, remote: null, salary: null, datePosted: null,
    description: null, applyUrl: null, url, source: sourceOf(pageUrl),
  };
  return { ...empty, ...read, url, title };
}

function sourceOf(url: string): string {
  try {
    return adapterForHost(new URL(url))?.name ?? 'generic';
  } catch {
    return 'generic';
  }
}

/** The chip runs only on known boards (boards.ts), so it reads pages without the generic pass. */
export function detectPage(doc: Document, url: string): ExtractResult {
  return extractBoardPage(doc, url);
}

/**
 * A cheap answer to "which job is open?" where the board can give one without reading the page (the job id
 * in the address or in the panel's title link, through the adapter's canonical address); null elsewhere.
 * While it stays the same, a page that keeps changing around the job needs no new full read.
 */
export function openJobSignature(doc: Document, url: string): string | null {
  try {
    const parsed = new URL(url);
    const adapter = adapterForHost(parsed);
    return adapter?.canonical && adapter.matches(parsed) ? adapter.canonical(doc, parsed) : null;
  } catch {
    return null;
  }
}

/** Whether this address is one posting on a known board: only then is a late-rendering page worth another look. */
export function isPostingAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    return adapterForHost(parsed)?.matches(parsed) ?? false;
  } catch {
    return false;
  }
}
