// Jobindex (Denmark); employers' own layouts are served under the same URLs:
//   https://www.jobindex.dk/jobannonce/r12800344/pilot-scientist-for-purification
//   https://www.jobindex.dk/jobannonce/h1509671/international-export-manager-distributor-sales-copenhagen
//   https://www.jobindex.dk/vis-job/r12800344
// Not postings: https://www.jobindex.dk/jobsoegning?q=… (search), /virksomhed/… (company).
import { absoluteHttp } from '../../url';
import { attr, blockOf, textOf } from '../../dom';
import { cleanLine } from '../../text';
import type { SourceAdapter } from '../../types';
import { domainPatterns, hostUnder, remoteFrom } from '../shared';

/** The publish date sits in the sidebar next to a "Published:"/"Indrykket:" label. */
function published(doc: Document): string | null {
  for (const dt of Array.from(doc.querySelectorAll('.jobtext-sidebar-card dt, dt'))) {
    if (/^(published|indrykket|oprettet)/i.test(dt.textContent?.trim() ?? '')) {
      const dd = dt.nextElementSibling;
      return dd?.querySelector('time')?.getAttribute('datetime') ?? cleanLine(dd?.textContent);
    }
  }
  return null;
}

/** Custom employer layouts drop the company header but keep the ratings line. */
function companyFromRatings(doc: Document): string | null {
  const text = cleanLine(doc.querySelector('.num-ratings')?.parentElement?.textContent) ?? '';
  const m = /evaluated (.+?) on Jobindex/i.exec(text) ?? /evalueret (.+?) på Jobindex/i.exec(text);
  return m ? m[1] : null;
}

export const jobindex: SourceAdapter = {
  name: 'jobindex',
  patterns: domainPatterns('jobindex.dk'),
  host: (url) => hostUnder(url, 'jobindex.dk'),
  matches: (url) => hostUnder(url, 'jobindex.dk') && /^\/(jobannonce|vis-job)\/[a-z]?\d+(\/[^/]*)?\/?$/i.test(url.pathname),
  extract(doc, url) {
    const title = textOf(doc, ['.jobtext-jobad__header h1', '.jobtext-jobad h1', 'h1']);
    if (!title) return null;
    const location = textOf(doc, ['.jobtext-jobad__place', '.jobad-element-area', '.location']);
    return {
      title,
      company: textOf(doc, ['.jobtext-jobad__company']) ?? companyFromRatings(doc),
      location,
      remote: remoteFrom(location),
      datePosted: published(doc),
      description: blockOf(doc, ['.jobtext-jobad__body', '.jobtext-jobad']),
      applyUrl: absoluteHttp(attr(doc, '.jix_onlineapplication_button a, a.jobad-element-apply-button', 'href'), url),
    };
  },
};
