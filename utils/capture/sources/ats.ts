// One shape for the many hosted applicant-tracking systems whose pages differ only in their addresses and
// selectors. Each ATS folder declares those; structured data (JSON-LD, microdata) on the page is merged
// over by the extractor as usual. An ATS's application form counts as its posting: the job is read from
// the form page and saved under the posting's own address.
import { blockOf, meta, textOf } from '../dom';
import { cleanLine, elementText } from '../text';
import type { RawPosting, SourceAdapter } from '../types';
import { postingOfForm, remoteFrom } from './shared';

export interface AtsSpec {
  name: string;
  patterns: string[];
  host: (url: URL) => boolean;
  /** True for a posting or its application form (a pure function of the address). */
  posting: (url: URL) => boolean;
  /** The part of the path that makes a posting's address its application form's ("/apply", "/applications/new"). */
  applicationSuffix?: RegExp;
  title: string[];
  company?: string[];
  location?: string[];
  /** For pages that print the place inside a longer line ("Engineering | Toronto"). */
  locationOf?: (doc: Document) => string | null;
  employmentType?: string[];
  datePosted?: string[];
  description: string[];
  /** The customer's name in the address ("acme" in acme.breezy.hr), used only when the page spells it too. */
  tenant?: (url: URL) => string | null;
}

const APPLY_PREFIX = /^(job application for|application for|apply for|apply to|bewerbung als|bewerben als|postuler)\s*:?\s+/i;

/**
 * The page's own spelling of `label` ("Acme" for acme) from its title, site name or opening text. A lower-case
 * match (in a URL or an e-mail address) says nothing about how the company writes its name.
 */
export function spelledOnPage(doc: Document, label: string | null): string | null {
  if (!label || label.length < 2) return null;
  const word = new RegExp(`(^|[^\\p{L}\\p{N}])(${label.replace(/[^a-z0-9]/gi, '[- ]?')})(?=$|[^\\p{L}\\p{N}.@])`, 'iu');
  for (const where of [doc.title, meta(doc, 'og:site_name') ?? '', meta(doc, 'og:title') ?? '', elementText(doc.body, 20000)]) {
    const spelled = word.exec(where)?.[2];
    if (spelled && spelled !== spelled.toLowerCase()) return spelled;
  }
  return null;
}

/** "Careers at Acme", "Acme Careers", "Acme Jobs" → "Acme". */
const siteName = (s: string | null): string | null =>
  cleanLine(s?.replace(/^(careers?|jobs?) (at|@) /i, '').replace(/\s*[-–|]?\s*(careers?|jobs?|job board|karriere)$/i, ''), 80);

export function atsAdapter(spec: AtsSpec): SourceAdapter {
  return {
    name: spec.name,
    patterns: spec.patterns,
    host: spec.host,
    matches: (url) => spec.host(url) && spec.posting(url),
    canonical: (_doc, url) => (spec.applicationSuffix ? postingOfForm(url, spec.applicationSuffix) : null),
    extract(doc, url): RawPosting | null {
      const docTitle = cleanLine(doc.title) ?? '';
      const title = (textOf(doc, spec.title) ?? meta(doc, 'og:title'))?.replace(APPLY_PREFIX, '');
      if (!title) return null;
      // "Title - Company" / "Title | Company": the part after the job's own title names the site.
      const suffix = docTitle.toLowerCase().startsWith(title.toLowerCase()) ? docTitle.slice(title.length).replace(/^\s*(?:[-–—|:@]|at)\s+/i, '') : '';
      const company =
        (spec.company && textOf(doc, spec.company)) ??
        siteName(meta(doc, 'og:site_name')) ??
        (suffix && !suffix.includes(',') ? siteName(suffix.split(/\s+[-–—|]\s+/).pop() ?? null) : null) ??
        spelledOnPage(doc, spec.tenant?.(url) ?? null);
      const location = spec.locationOf?.(doc) ?? (spec.location ? textOf(doc, spec.location, 200) : null);
      return {
        title,
        company,
        location,
        employmentType: spec.employmentType ? textOf(doc, spec.employmentType, 100) : null,
        remote: remoteFrom(location),
        datePosted: spec.datePosted ? textOf(doc, spec.datePosted, 100) : null,
        description: blockOf(doc, spec.description),
      };
    },
  };
}

/** The first label of the host ("acme" in acme.breezy.hr), unless it is the ATS's own ("www", "jobs"). */
export const subdomain = (url: URL): string | null => {
  const first = url.hostname.split('.')[0];
  return first && !/^(www|jobs|careers?|app|ats|apply)$/i.test(first) ? first : null;
};

/** The first path segment ("acme" in jobs.jobvite.com/acme/job/…). */
export const firstSegment = (url: URL): string | null => url.pathname.split('/')[1] || null;
