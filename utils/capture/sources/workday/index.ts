// Workday career sites (single-page app; the DOM is read after it renders):
//   https://company.wd5.myworkdayjobs.com/en-US/External/job/City/Title_R123
//   https://company.wd1.myworkdayjobs.com/External/job/Remote-USA/Software-Engineer_JR-0012345
//   https://wd3.myworkdaysite.com/recruiting/company/External/job/City/Title_R123
// Not postings: https://company.wd5.myworkdayjobs.com/en-US/External (search).
import { absoluteHttp } from '../../url';
import { attr, blockOf, textOf } from '../../dom';
import { jsonLdPostings } from '../../structured/jsonld';
import { cleanLine } from '../../text';
import type { SourceAdapter } from '../../types';
import { domainPatterns, hostUnder, remoteFrom } from '../shared';

/** The tenant in the address ("autodesk" in autodesk.wd1…, or …/recruiting/autodesk/… on myworkdaysite). */
function tenant(url: URL): string | null {
  const sub = url.hostname.split('.')[0];
  if (sub && !/^wd\d+$/i.test(sub)) return sub;
  return /^\/recruiting\/([^/]+)\//.exec(url.pathname)?.[1] ?? null;
}

/** The hiring organisation the page's JSON-LD names: often a legal entity ("Autodesk Canada Co."). */
function hiringOrganization(doc: Document): string | null {
  const posting = jsonLdPostings(doc)[0];
  const org = posting?.hiringOrganization;
  const name = typeof org === 'string' ? org : org && typeof org === 'object' ? (org as { name?: unknown }).name : null;
  return typeof name === 'string' ? cleanLine(name) : null;
}

/**
 * The employer's name as people know it. Workday tenants post under their legal entities, and the tenant in
 * the address is the brand: "Autodesk Canada Co." on autodesk.wd1… is Autodesk, spelled as the entity spells it.
 */
function brand(entity: string | null, url: URL): string | null {
  const t = tenant(url);
  if (!t) return entity;
  if (entity) {
    const words = entity.split(/\s+/);
    for (let n = 1; n < words.length; n++) {
      const head = words.slice(0, n).join(' ');
      if (head.replace(/[^a-z0-9]/gi, '').toLowerCase() === t.toLowerCase()) return head.replace(/[,.]+$/, '');
    }
    return entity;
  }
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export const workday: SourceAdapter = {
  name: 'workday',
  patterns: domainPatterns('myworkdayjobs.com', 'myworkdaysite.com'),
  host: (url) => hostUnder(url, 'myworkdayjobs.com', 'myworkdaysite.com'),
  matches: (url) => hostUnder(url, 'myworkdayjobs.com', 'myworkdaysite.com') && /\/job\/[^/]+\/[^/]+/.test(url.pathname),
  extract(doc, url) {
    // Server-rendered pages carry only JSON-LD (read as structured data); the employer's name still needs the tenant.
    const title = textOf(doc, ['[data-automation-id="jobPostingHeader"]', 'h2[data-automation-id="jobPostingHeader"]']);
    const company = brand(textOf(doc, ['[data-automation-id="company"] dd']) ?? hiringOrganization(doc), url);
    if (!title) return company ? { company } : null;
    const location = textOf(doc, ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'])?.replace(/^locations\s*/i, '');
    return {
      title,
      company,
      location,
      employmentType: textOf(doc, ['[data-automation-id="time"] dd', '[data-automation-id="time"]'])?.replace(/^time type\s*/i, ''),
      remote: remoteFrom(location, textOf(doc, ['[data-automation-id="remoteType"] dd'])),
      datePosted: textOf(doc, ['[data-automation-id="postedOn"] dd', '[data-automation-id="postedOn"]']),
      description: blockOf(doc, ['[data-automation-id="jobPostingDescription"]']),
      applyUrl: absoluteHttp(attr(doc, 'a[data-automation-id="adventureButton"]', 'href'), url),
    };
  },
};
