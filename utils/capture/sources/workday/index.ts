// Workday career sites (single-page app; the DOM is read after it renders):
//   https://company.wd5.myworkdayjobs.com/en-US/External/job/City/Title_R123
//   https://company.wd1.myworkdayjobs.com/External/job/Remote-USA/Software-Engineer_JR-0012345
//   https://wd3.myworkdaysite.com/recruiting/company/External/job/City/Title_R123
// Not postings: https://company.wd5.myworkdayjobs.com/en-US/External (search).
import { absoluteHttp } from '../../url';
import { attr, blockOf, textOf } from '../../dom';
import type { SourceAdapter } from '../../types';
import { hostUnder, remoteFrom } from '../shared';

/** "nvidia.wd5…" → "Nvidia": Workday rarely prints the employer's name in the posting itself. */
function tenant(url: URL): string | null {
  const sub = url.hostname.split('.')[0];
  if (!sub || /^wd\d+$/i.test(sub)) return null;
  return sub.charAt(0).toUpperCase() + sub.slice(1);
}

export const workday: SourceAdapter = {
  name: 'workday',
  host: (url) => hostUnder(url, 'myworkdayjobs.com', 'myworkdaysite.com'),
  matches: (url) => hostUnder(url, 'myworkdayjobs.com', 'myworkdaysite.com') && /\/job\/[^/]+\/[^/]+/.test(url.pathname),
  extract(doc, url) {
    const title = textOf(doc, ['[data-automation-id="jobPostingHeader"]', 'h2[data-automation-id="jobPostingHeader"]']);
    if (!title) return null;
    const location = textOf(doc, ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'])?.replace(/^locations\s*/i, '');
    return {
      title,
      company: textOf(doc, ['[data-automation-id="company"] dd']) ?? tenant(url),
      location,
      employmentType: textOf(doc, ['[data-automation-id="time"] dd', '[data-automation-id="time"]'])?.replace(/^time type\s*/i, ''),
      remote: remoteFrom(location, textOf(doc, ['[data-automation-id="remoteType"] dd'])),
      datePosted: textOf(doc, ['[data-automation-id="postedOn"] dd', '[data-automation-id="postedOn"]']),
      description: blockOf(doc, ['[data-automation-id="jobPostingDescription"]']),
      applyUrl: absoluteHttp(attr(doc, 'a[data-automation-id="adventureButton"]', 'href'), url),
    };
  },
};
