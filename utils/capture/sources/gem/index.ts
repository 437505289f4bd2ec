// Gem hosted job boards (a single-page app), the posting and its application form:
//   https://jobs.gem.com/acme/am9icG9zdDpAbCdEfGhIjKl
//   https://jobs.gem.com/acme/am9icG9zdDpAbCdEfGhIjKl/apply
// Not postings: https://jobs.gem.com/acme (list).
import { atsAdapter, firstSegment } from '../ats';
import { hostIs, hostPatterns } from '../shared';

export const gem = atsAdapter({
  name: 'gem',
  patterns: hostPatterns('jobs.gem.com'),
  host: (url) => hostIs(url, 'jobs.gem.com'),
  // Posting ids are opaque tokens with digits in them ("am9icG9zdDp…"), unlike the board's own pages.
  posting: (url) => /^\/[^/]+\/(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]{8,}(\/apply)?\/?$/.test(url.pathname),
  applicationSuffix: /\/apply\/?$/,
  title: ['[data-testid="job-title"]', 'main h1', 'h1'],
  location: ['[data-testid="job-location"]', '[class*="location" i]'],
  description: ['[data-testid="job-description"]', '[class*="description" i]', 'main'],
  tenant: firstSegment,
});
