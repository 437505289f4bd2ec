// Dover hosted job pages and their application forms:
//   https://app.dover.com/apply/acme/5a3c1d2e-0f9b-4a7c-8e6d-1b2c3d4e5f60
//   https://app.dover.com/jobs/acme/5a3c1d2e-0f9b-4a7c-8e6d-1b2c3d4e5f60
// Not postings: https://app.dover.com/jobs/acme (list), the rest of app.dover.com (the recruiter's app).
import { atsAdapter, firstSegment } from '../ats';
import { hostIs, hostPatterns } from '../shared';

const PATH = /^\/(?:apply|jobs)\/([^/]+)\/[0-9a-f]{8}-[0-9a-f-]{27}\/?$/;

export const dover = atsAdapter({
  name: 'dover',
  patterns: hostPatterns('app.dover.com'),
  host: (url) => hostIs(url, 'app.dover.com'),
  posting: (url) => PATH.test(url.pathname),
  title: ['[data-testid="job-title"]', 'main h1', 'h1'],
  location: ['[data-testid="job-location"]', '[class*="location" i]'],
  description: ['[data-testid="job-description"]', '[class*="description" i]', 'main'],
  tenant: (url) => (firstSegment(url) ? PATH.exec(url.pathname)?.[1] ?? null : null),
});
