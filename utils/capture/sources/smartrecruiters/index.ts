// SmartRecruiters hosted postings (marked up with schema.org microdata, read by the structured pass):
//   https://jobs.smartrecruiters.com/LuxuryEscapes/743999912345678-frontend-engineer
//   https://jobs.smartrecruiters.com/Visa/743999987654321
// Not postings: https://jobs.smartrecruiters.com/LuxuryEscapes (list), /oneclick-ui/… (application).
import { absoluteHttp } from '../../url';
import { attr, blockOf, textOf } from '../../dom';
import type { SourceAdapter } from '../../types';
import { hostIs, hostPatterns, remoteFrom } from '../shared';

const HOSTS = ['jobs.smartrecruiters.com', 'careers.smartrecruiters.com'];

export const smartrecruiters: SourceAdapter = {
  name: 'smartrecruiters',
  patterns: hostPatterns(...HOSTS),
  host: (url) => hostIs(url, ...HOSTS),
  matches: (url) => hostIs(url, ...HOSTS) && /^\/[^/]+\/\d{6,}(-[^/]*)?\/?$/.test(url.pathname),
  extract(doc, url) {
    const title = textOf(doc, ['h1.job-title', '[itemprop="title"]']);
    if (!title) return null;
    const location =
      attr(doc, 'spl-job-location', 'formattedaddress') ??
      textOf(doc, ['.job-details [itemprop="jobLocation"]', '[itemprop="jobLocation"] [itemprop="address"]']);
    return {
      title,
      company: attr(doc, '[itemprop="hiringOrganization"] [itemprop="name"]', 'content') ?? textOf(doc, ['[itemprop="hiringOrganization"] [itemprop="name"]']),
      location,
      employmentType: textOf(doc, ['[itemprop="employmentType"]']),
      remote: remoteFrom(location, textOf(doc, ['.job-details li'])),
      description: blockOf(doc, ['[itemprop="description"]', '.job-sections']),
      applyUrl: absoluteHttp(attr(doc, 'a#st-apply, a.js-oneclick, a[href*="/oneclick-ui/"]', 'href'), url),
    };
  },
};
