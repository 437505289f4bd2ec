// The employer on a company career site, from what the site says about itself: its site name, its
// title's "– Company" suffix, its app state, or its own host name confirmed by the page. Heading and
// navigation text is never read as the company: a wrong company is worse than none (the preview asks).
import { getDomainWithoutSuffix } from 'tldts';
import { meta } from '../dom';
import { spelledOnPage } from '../sources/ats';
import { cleanLine, elementText } from '../text';
import { looksLikeRole } from './evidence';

const GENERIC_NAMES = /^(home|careers?|jobs?|job board|join us|work with us|apply|about( us)?|company|our company|open (positions|roles)|search|menu|login|sign in)$/i;

/** "Careers at Acme" / "Acme Careers" / "Acme Jobs" → "Acme"; a bare "Careers" → nothing. */
export function siteCompany(s: string | null | undefined): string | null {
  const t = cleanLine(s);
  if (!t) return null;
  const c = t.replace(/^(careers?|jobs?|work|life) (at|@|with) /i, '').replace(/\s*[-–—|:]?\s*(careers?|jobs?|job board|recruiting|karriere|carrières|empleo)$/i, '').trim();
  return c && c.length <= 60 && !GENERIC_NAMES.test(c) && c.split(/\s+/).length <= 6 ? c : null;
}

/** "Title – Company", "Title | Company Careers", "Title at Company", "Title - Location | Company". */
export function companyFromDocTitle(docTitle: string, title: string): string | null {
  const rest = docTitle.toLowerCase().startsWith(title.toLowerCase()) ? docTitle.slice(title.length) : '';
  const lead = /^\s*(?:([-–—|•·:@])|(at))\s+/i.exec(rest + ' ');
  if (!lead) return null;
  const parts = rest.slice(lead[0].length).split(/\s+[-–—•·]\s+|\s*\|\s*/).map((p) => p.trim()).filter(Boolean);
  // "at Company" names the employer first; otherwise the site's name comes last (a middle part is the place or team).
  const candidate = lead[2] ? parts[0] : parts[parts.length - 1];
  return candidate && !candidate.includes(',') ? siteCompany(candidate) : null;
}

/** "vercel.com" → "Vercel", but only when the page itself names the company that way. */
export function hostCompany(doc: Document, url: URL | null): string | null {
  const label = url ? getDomainWithoutSuffix(url.hostname) : null;
  return label && !/^(www|careers?|jobs?)$/i.test(label) ? spelledOnPage(doc, label) : null;
}

/** "Backend Engineer at VectorShift": a headline that names the role and its employer outright. */
export function roleAtCompany(headline: string | null | undefined): { role: string; company: string } | null {
  const m = /^(.{2,120}?)\s+at\s+(.{2,60})$/i.exec(cleanLine(headline) ?? '');
  const company = m ? siteCompany(m[2]) : null;
  return m && company && looksLikeRole(m[1]) ? { role: m[1].trim(), company } : null;
}

// Elements the page itself names as the employer by schema.org vocabulary, even when the structured
// data around them is broken (an empty typeof, a missing itemscope) and no parser would read it.
const NAMED_EMPLOYER = [
  '[itemprop="hiringOrganization"] [itemprop="name"]', '[property~="hiringOrganization" i] [property~="name" i]',
];

export function namedEmployer(doc: Document): string | null {
  for (const sel of NAMED_EMPLOYER) {
    let el: Element | null = null;
    try {
      el = doc.querySelector(sel);
    } catch {
      continue;
    }
    const name = cleanLine(el?.getAttribute('content') ?? elementText(el, 300), 120);
    if (name && !GENERIC_NAMES.test(name)) return name;
  }
  return null;
}

export interface CompanyClues {
  /** The job object's own employer, from app state. */
  appCompany?: string | null;
  /** The employer a "Role at Company" headline names. */
  headline?: string | null;
  /** The site's name, from app state. */
  appSiteName?: string | null;
  /** A "Company: …" line in the posting's own text. */
  labelled?: string | null;
}

export function companyOf(doc: Document, url: URL | null, title: string, clues: CompanyClues): string | null {
  return (
    cleanLine(clues.appCompany, 200) ??
    namedEmployer(doc) ??
    // A board's site name is the board's, not the employer's: a headline naming the employer comes first.
    siteCompany(clues.headline) ??
    siteCompany(meta(doc, 'og:site_name')) ??
    companyFromDocTitle(cleanLine(doc.title) ?? '', title) ??
    siteCompany(meta(doc, 'application-name')) ??
    siteCompany(clues.appSiteName) ??
    hostCompany(doc, url) ??
    siteCompany(clues.labelled)
  );
}
