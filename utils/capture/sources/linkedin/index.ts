// LinkedIn job pages, logged out (guest) and logged in:
//   https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739
//   https://uk.linkedin.com/jobs/view/senior-engineer-at-acme-4053542511
//   https://www.linkedin.com/jobs/view/3915648739/
//   https://www.linkedin.com/comm/jobs/view/3915648739
// Not postings: /company/…, /jobs/search…, /jobs/collections…, /in/… profiles.
import { attr, blockOf, labelledValue, textOf } from '../../dom';
import { cleanUrl } from '../../url';
import type { SourceAdapter } from '../../types';
import { hostUnder, remoteFrom, splitDocTitle } from '../shared';

/** LinkedIn's externalApply redirect carries the employer's own URL in `url`. */
function unwrapExternal(href: string | null): string | null {
  if (!href) return null;
  try {
    const inner = new URL(href).searchParams.get('url');
    return inner && /^https?:/i.test(inner) ? cleanUrl(new URL(inner)) : href;
  } catch {
    return null;
  }
}

export const linkedin: SourceAdapter = {
  name: 'linkedin',
  host: (url) => hostUnder(url, 'linkedin.com'),
  matches: (url) => hostUnder(url, 'linkedin.com') && /^\/(comm\/)?jobs\/view\/([^/]*-)?\d{6,}\/?$/.test(url.pathname),
  extract(doc) {
    const title = textOf(doc, [
      '.top-card-layout__title', '.topcard__title', '.job-details-jobs-unified-top-card__job-title h1',
      '.job-details-jobs-unified-top-card__job-title', '.jobs-unified-top-card__job-title',
    ]);
    const fromTitle = splitDocTitle(doc, /^(.+?) hiring (.+?) in (.+?) \| LinkedIn$/);
    if (!title && !fromTitle) return null;
    const company = textOf(doc, [
      '.topcard__org-name-link', '.topcard__flavor a[href*="/company/"]',
      '.job-details-jobs-unified-top-card__company-name', '.jobs-unified-top-card__company-name',
    ]);
    const location = textOf(doc, [
      'span.topcard__flavor--bullet', '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
      '.jobs-unified-top-card__bullet',
    ]);
    const employmentType = labelledValue(doc, '.description__job-criteria-item', /^employment type$/i);
    const posted = attr(doc, '.posted-time-ago__text time, .topcard__flavor--metadata time', 'datetime')
      ?? textOf(doc, ['.posted-time-ago__text', '.job-details-jobs-unified-top-card__primary-description-container']);
    // Guest pages keep an off-site apply link inside an HTML comment in <code id="applyUrl">.
    const applyRaw = doc.querySelector('code#applyUrl')?.innerHTML.match(/"(https?:[^"]+)"/)?.[1] ?? null;
    const applyUrl = unwrapExternal(applyRaw);
    return {
      title: title ?? fromTitle?.[2],
      company: company ?? fromTitle?.[1] ?? null,
      location: location ?? fromTitle?.[3] ?? null,
      employmentType,
      remote: remoteFrom(location, textOf(doc, ['.job-details-jobs-unified-top-card__job-insight'])),
      datePosted: posted,
      description: blockOf(doc, ['.show-more-less-html__markup', '.description__text', '#job-details', '.jobs-description__content']),
      applyUrl,
    };
  },
};
