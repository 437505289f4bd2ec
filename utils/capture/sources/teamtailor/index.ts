// Teamtailor career sites, the posting and its application form:
//   https://acme.teamtailor.com/jobs/3712345-senior-backend-engineer
//   https://acme.teamtailor.com/jobs/3712345-senior-backend-engineer/applications/new
//   https://careers.acme.teamtailor.com/jobs/3712345-senior-backend-engineer (regional and custom subdomains)
// Not postings: https://acme.teamtailor.com/jobs (list), /departments/…, /locations/…, /people/….
import { atsAdapter, subdomain } from '../ats';
import { domainPatterns, hostUnder } from '../shared';

export const teamtailor = atsAdapter({
  name: 'teamtailor',
  patterns: domainPatterns('teamtailor.com'),
  host: (url) => hostUnder(url, 'teamtailor.com'),
  // teamtailor.com itself is the vendor's own site; its customers' boards are its subdomains.
  posting: (url) => !/^(www\.)?teamtailor\.com$/i.test(url.hostname) && /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?jobs\/\d+(-[^/]*)?(\/applications\/new)?\/?$/i.test(url.pathname),
  applicationSuffix: /\/applications\/new\/?$/,
  title: ['[data-controller="job-header"] h1', 'h1.font-company-header', 'main h1', 'h1'],
  location: ['[data-testid="job-location"]', '[data-controller="job-header"] [class*="location" i]', 'dd[class*="location" i]'],
  description: ['[data-controller="job-ad"]', '.prose', '[class*="job-ad" i]', 'main'],
  tenant: subdomain,
});
