// Personio job pages (German, English and other languages), with the application form on the same page:
//   https://acme.jobs.personio.de/job/1234567
//   https://acme.jobs.personio.com/job/1234567?language=en&display=en
//   https://acme.jobs.personio.de/job/1234567#apply
// Not postings: https://acme.jobs.personio.de/ (list), /?department=… (filtered list).
import { atsAdapter } from '../ats';
import { domainPatterns, hostUnder } from '../shared';

const DOMAINS = ['jobs.personio.de', 'jobs.personio.com'];

export const personio = atsAdapter({
  name: 'personio',
  patterns: domainPatterns(...DOMAINS),
  host: (url) => hostUnder(url, ...DOMAINS),
  posting: (url) => /^\/job\/\d+(\/apply)?\/?$/.test(url.pathname),
  applicationSuffix: /\/apply\/?$/,
  title: ['[data-test-id="job-title"]', '.job-title h1', 'main h1', 'h1'],
  location: ['[data-test-id="job-location"]', '[data-test-id="job-office"]', '.job-details [class*="location" i]'],
  employmentType: ['[data-test-id="job-employment-type"]'],
  description: ['[data-test-id="job-description"]', '#job-description', '.job-description', 'main'],
  tenant: (url) => url.hostname.split('.')[0] ?? null,
});
