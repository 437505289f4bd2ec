// Breezy HR career sites, the posting and its application form:
//   https://acme.breezy.hr/p/3f2a1b4c5d6e-senior-backend-engineer
//   https://acme.breezy.hr/p/3f2a1b4c5d6e-senior-backend-engineer/apply
// Not postings: https://acme.breezy.hr/ (list).
import { atsAdapter, subdomain } from '../ats';
import { domainPatterns, hostUnder } from '../shared';

export const breezy = atsAdapter({
  name: 'breezy',
  patterns: domainPatterns('breezy.hr'),
  host: (url) => hostUnder(url, 'breezy.hr'),
  posting: (url) => /^\/p\/[0-9a-f]{8,}(-[^/]*)?(\/apply)?\/?$/i.test(url.pathname),
  applicationSuffix: /\/apply\/?$/,
  title: ['.position-header h1', '.banner h1', 'h1'],
  company: ['.brand .company-name'],
  location: ['.position-header .location', '.banner .location', 'li.location'],
  employmentType: ['.position-header .type', '.banner .type', 'li.type'],
  description: ['.position-description', '.description', 'main'],
  tenant: subdomain,
});
