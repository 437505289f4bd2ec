// Lever hosted postings:
//   https://jobs.lever.co/company/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b
//   https://jobs.lever.co/company/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b/apply
//   https://jobs.eu.lever.co/company/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b
// Not postings: https://jobs.lever.co/company (list); …/thanks is the confirmation page.
import { absoluteHttp } from '../../url';
import { attr, blockOf, textOf } from '../../dom';
import type { SourceAdapter } from '../../types';
import { hostIs, hostPatterns, postingOfForm, remoteFrom, splitDocTitle } from '../shared';

const HOSTS = ['jobs.lever.co', 'jobs.eu.lever.co'];

export const lever: SourceAdapter = {
  name: 'lever',
  patterns: hostPatterns(...HOSTS),
  host: (url) => hostIs(url, ...HOSTS),
  matches: (url) => hostIs(url, ...HOSTS) && /^\/[^/]+\/[0-9a-f]{8}-[0-9a-f-]{27}(\/apply)?\/?$/i.test(url.pathname),
  // The application form counts as the posting, saved under the posting's address.
  canonical: (_doc, url) => postingOfForm(url, /\/apply\/?$/),
  extract(doc, url) {
    const title = textOf(doc, ['.posting-headline h2', '[data-qa="posting-name"]', '.posting-header h2']);
    if (!title) return null;
    const fromTitle = splitDocTitle(doc, /^(.+?) - (.+)$/);
    const company = attr(doc, '.main-header-logo img', 'alt') ?? fromTitle?.[1] ?? null;
    const location = textOf(doc, ['.posting-categories .location', '.posting-categories .sort-by-time']);
    const workplace = textOf(doc, ['.posting-categories .workplaceTypes']);
    return {
      title,
      company: company && !/logo$/i.test(company) ? company : fromTitle?.[1] ?? null,
      location,
      employmentType: textOf(doc, ['.posting-categories .commitment', '.posting-categories .sort-by-commitment'])?.replace(/\s*\/\s*$/, ''),
      remote: remoteFrom(workplace, location),
      salary: textOf(doc, ['[data-qa="salary-range"]', '.posting-compensation']),
      // The application form repeats the posting's header but not its description.
      description: /\/apply\/?$/.test(url.pathname)
        ? blockOf(doc, ['[data-qa="job-description"]'])
        : blockOf(doc, ['[data-qa="job-description"]', '.posting-page .section-wrapper.page-full-width', '.content .section-wrapper']),
      applyUrl: absoluteHttp(attr(doc, 'a.postings-btn[href*="/apply"], a[data-qa="show-page-apply"]', 'href'), url),
    };
  },
};
