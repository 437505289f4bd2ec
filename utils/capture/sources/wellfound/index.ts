// Wellfound (formerly AngelList Talent):
//   https://wellfound.com/jobs/2961234-senior-frontend-engineer
//   https://wellfound.com/company/acme/jobs/2961234-senior-frontend-engineer
//   https://angel.co/company/acme/jobs/2961234-senior-frontend-engineer
// Not postings: https://wellfound.com/jobs (search), https://wellfound.com/company/acme (profile).
import { blockOf, textOf } from '../../dom';
import type { SourceAdapter } from '../../types';
import { hostIs, hostPatterns, remoteFrom } from '../shared';

const HOSTS = ['wellfound.com', 'www.wellfound.com', 'angel.co', 'www.angel.co'];

export const wellfound: SourceAdapter = {
  name: 'wellfound',
  patterns: hostPatterns(...HOSTS),
  host: (url) => hostIs(url, ...HOSTS),
  matches: (url) => hostIs(url, ...HOSTS) && /^(\/company\/[^/]+)?\/jobs\/\d+(-[^/]*)?\/?$/.test(url.pathname),
  extract(doc) {
    const title = textOf(doc, ['h1[class*="jobTitle" i]', '[data-test="JobTitle"]', 'main h1', 'h1']);
    if (!title) return null;
    const location = textOf(doc, ['[data-test="JobLocation"]', '[class*="jobLocation" i]', '[class*="location" i]']);
    return {
      title,
      company: textOf(doc, ['[data-test="StartupLink"]', 'a[href^="/company/"] h2', 'a[href^="/company/"]']),
      location,
      remote: remoteFrom(location),
      salary: textOf(doc, ['[data-test="JobCompensation"]', '[class*="compensation" i]']),
      description: blockOf(doc, ['[data-test="JobDescription"]', '[data-test="JobPostingDescription"]', '[class*="description" i]']),
    };
  },
};
