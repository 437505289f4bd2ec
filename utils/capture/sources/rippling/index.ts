// Rippling ATS job boards, the posting and its application form:
//   https://ats.rippling.com/acme/jobs/5a3c1d2e-0f9b-4a7c-8e6d-1b2c3d4e5f60
//   https://ats.rippling.com/acme/jobs/5a3c1d2e-0f9b-4a7c-8e6d-1b2c3d4e5f60/apply
//   https://ats.rippling.com/en-GB/acme/jobs/5a3c1d2e-0f9b-4a7c-8e6d-1b2c3d4e5f60
// Not postings: https://ats.rippling.com/acme/jobs (list).
import { atsAdapter } from '../ats';
import { hostIs, hostPatterns } from '../shared';

const PATH = /^\/(?:[a-z]{2}-[A-Z]{2}\/)?([^/]+)\/jobs\/[0-9a-f]{8}-[0-9a-f-]{27}(\/apply)?\/?$/;

export const rippling = atsAdapter({
  name: 'rippling',
  patterns: hostPatterns('ats.rippling.com'),
  host: (url) => hostIs(url, 'ats.rippling.com'),
  posting: (url) => PATH.test(url.pathname),
  applicationSuffix: /\/apply\/?$/,
  title: ['[data-testid="job-title"]', 'main h1', 'h1'],
  location: ['[data-testid="job-location"]', '[data-icon="LOCATION_OUTLINE"] + *', '[class*="location" i]'],
  employmentType: ['[data-testid="job-employment-type"]'],
  description: ['[data-testid="job-description"]', '[class*="description" i]', 'main'],
  tenant: (url) => PATH.exec(url.pathname)?.[1] ?? null,
});
