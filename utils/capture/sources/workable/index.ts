// Workable hosted postings (single-page app using data-ui hooks):
//   https://apply.workable.com/acme/j/3F2A1B4C5D/
//   https://apply.workable.com/acme/j/3F2A1B4C5D/apply/
// Not postings: https://apply.workable.com/acme/ (list).
import { blockOf, textOf } from '../../dom';
import type { SourceAdapter } from '../../types';
import { hostIs, hostPatterns, postingOfForm, remoteFrom, splitDocTitle } from '../shared';

export const workable: SourceAdapter = {
  name: 'workable',
  patterns: hostPatterns('apply.workable.com'),
  host: (url) => hostIs(url, 'apply.workable.com'),
  matches: (url) => hostIs(url, 'apply.workable.com') && /^\/[^/]+\/j\/[0-9A-F]{6,}(\/apply)?\/?$/i.test(url.pathname),
  // The application form counts as the posting, saved under the posting's address.
  canonical: (_doc, url) => postingOfForm(url, /apply\/?$/),
  extract(doc, url) {
    const title = textOf(doc, ['h1[data-ui="job-title"]', '[data-ui="job-title"]']);
    if (!title) return null;
    const fromTitle = splitDocTitle(doc, /^(.+?) - (.+)$/);
    const location = textOf(doc, ['[data-ui="job-location"]']);
    const workplace = textOf(doc, ['[data-ui="job-workplace"]', '[data-ui="job-remote"]']);
    const parts = ['[data-ui="job-description"]', '[data-ui="job-requirements"]', '[data-ui="job-benefits"]']
      .map((sel) => blockOf(doc, [sel]))
      .filter(Boolean);
    return {
      title,
      company: textOf(doc, ['[data-ui="company-name"]', 'header [data-ui="company-title"]']) ?? (fromTitle?.[1] === title ? fromTitle[2] : null),
      location,
      employmentType: textOf(doc, ['[data-ui="job-type"]']),
      remote: remoteFrom(workplace, location),
      salary: textOf(doc, ['[data-ui="job-salary"]']),
      datePosted: textOf(doc, ['[data-ui="job-posted"]']),
      description: parts.length ? parts.join('\n\n') : null,
      applyUrl: new URL(url.pathname.replace(/\/(apply\/?)?$/, '').replace(/\/$/, '') + '/apply/', url.origin).href,
    };
  },
};
