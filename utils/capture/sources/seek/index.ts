// SEEK (Australia, New Zealand):
//   https://www.seek.com.au/job/12345678
//   https://www.seek.co.nz/job/12345678?type=standout
// Not postings: https://www.seek.com.au/software-engineer-jobs (search), /companies/… (profiles).
import { absoluteHttp } from '../../url';
import { attr, blockOf, textOf } from '../../dom';
import { parseSalaryText } from '../../salary';
import type { SourceAdapter } from '../../types';
import { domainPatterns, hostUnder, remoteFrom } from '../shared';

const DOMAINS = ['seek.com.au', 'seek.co.nz'];

export const seek: SourceAdapter = {
  name: 'seek',
  patterns: domainPatterns(...DOMAINS),
  host: (url) => hostUnder(url, ...DOMAINS),
  matches: (url) => hostUnder(url, ...DOMAINS) && /^\/job\/\d{6,}(\/apply)?\/?$/.test(url.pathname),
  extract(doc, url) {
    const title = textOf(doc, ['h1[data-automation="job-detail-title"]', '[data-automation="job-detail-title"]']);
    if (!title) return null;
    const location = textOf(doc, ['[data-automation="job-detail-location"]']);
    const workplace = textOf(doc, ['[data-automation="job-detail-work-arrangements"]', '[data-automation="job-detail-workplace"]']);
    const sal = parseSalaryText(textOf(doc, ['[data-automation="job-detail-salary"]']));
    // SEEK prints "Posted 5d ago" in a plain span below the job details.
    const posted = Array.from(doc.querySelectorAll('[data-automation="jobDetailsPage"] span, span'))
      .slice(0, 3000)
      .map((el) => el.textContent ?? '')
      .find((t) => /^\s*(posted|listed)\s+\d+\s*[a-z]+\s+ago\s*$/i.test(t));
    return {
      title,
      company: textOf(doc, ['[data-automation="advertiser-name"]']),
      location,
      employmentType: textOf(doc, ['[data-automation="job-detail-work-type"]']),
      remote: remoteFrom(workplace, location),
      // A bare "$" on SEEK is the local dollar, not USD.
      salary: sal ? { ...sal, currency: sal.currency === 'USD' ? (url.hostname.endsWith('.nz') ? 'NZD' : 'AUD') : sal.currency } : null,
      datePosted: posted ?? null,
      description: blockOf(doc, ['[data-automation="jobAdDetails"]']),
      applyUrl: absoluteHttp(attr(doc, 'a[data-automation="job-detail-apply"]', 'href'), url),
    };
  },
};
