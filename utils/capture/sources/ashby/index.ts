// Ashby hosted postings (the server embeds the posting in window.__appData):
//   https://jobs.ashbyhq.com/openai/d44c9f70-4aef-45a4-a36a-54fb65663ccb
//   https://jobs.ashbyhq.com/openai/d44c9f70-4aef-45a4-a36a-54fb65663ccb/application
// Not postings: https://jobs.ashbyhq.com/openai (list).
import { blockOf, scriptsContaining, textOf } from '../../dom';
import { assignedObject } from '../../structured/lenient-json';
import { employmentLabel } from '../../structured/schema';
import type { RawPosting, SourceAdapter } from '../../types';
import { hostIs, hostPatterns, postingOfForm, remoteFrom } from '../shared';

type Obj = Record<string, unknown>;
const s = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

function appData(doc: Document): Obj | null {
  for (const text of scriptsContaining(doc, '__appData')) {
    const v = assignedObject(text, '__appData');
    if (v && typeof v === 'object') return v as Obj;
  }
  return null;
}

/** "Location" → value in the left pane's labelled sections. */
function paneValue(doc: Document, label: RegExp): string | null {
  for (const h of Array.from(doc.querySelectorAll('.ashby-job-posting-left-pane h2, .ashby-job-posting-left-pane h3'))) {
    if (label.test(h.textContent?.trim() ?? '')) {
      const v = h.nextElementSibling;
      if (v) return textOf(v.parentElement ?? doc, ['p', 'div', 'span']) ?? v.textContent;
    }
  }
  return null;
}

export const ashby: SourceAdapter = {
  name: 'ashby',
  patterns: hostPatterns('jobs.ashbyhq.com'),
  host: (url) => hostIs(url, 'jobs.ashbyhq.com'),
  matches: (url) => hostIs(url, 'jobs.ashbyhq.com') && /^\/[^/]+\/[0-9a-f]{8}-[0-9a-f-]{27}(\/application)?\/?$/i.test(url.pathname),
  // The application form counts as the posting, saved under the posting's address.
  canonical: (_doc, url) => postingOfForm(url, /\/application\/?$/),
  extract(doc) {
    const data = appData(doc);
    const p = (data?.posting ?? {}) as Obj;
    const org = (data?.organization ?? {}) as Obj;
    const title = s(p.title) ?? textOf(doc, ['h1.ashby-job-posting-heading', '.ashby-job-posting-heading']);
    if (!title) return null;
    const location = s(p.locationName) ?? paneValue(doc, /^location$/i);
    const workplace = s(p.workplaceType);
    const out: RawPosting = {
      title,
      company: s(org.name) ?? textOf(doc, ['.ashby-job-posting-company-name']),
      location,
      employmentType: employmentLabel(p.employmentType) ?? paneValue(doc, /^employment type$/i),
      remote: p.isRemote === true || workplace === 'Remote' ? true : remoteFrom(workplace, location),
      salary: s(p.compensationTierSummary) ?? s((p.compensation as Obj | undefined)?.compensationTierSummary) ?? paneValue(doc, /^compensation$/i),
      datePosted: s(p.publishedDate),
      description: s(p.descriptionHtml) ?? blockOf(doc, ['.ashby-job-posting-right-pane [class*="descriptionText"]', '.ashby-job-posting-right-pane']),
    };
    return out;
  },
};
