// BambooHR career sites, the posting and its application form:
//   https://acme.bamboohr.com/careers/123
//   https://acme.bamboohr.com/careers/123/apply
//   https://acme.bamboohr.com/jobs/view.php?id=123 (older sites)
// Not postings: https://acme.bamboohr.com/careers (list), https://acme.bamboohr.com/login.php.
import { atsAdapter, subdomain } from '../ats';
import { domainPatterns, hostUnder } from '../shared';

export const bamboohr = atsAdapter({
  name: 'bamboohr',
  patterns: domainPatterns('bamboohr.com'),
  host: (url) => hostUnder(url, 'bamboohr.com'),
  posting: (url) => /^\/careers\/\d+(\/apply)?\/?$/.test(url.pathname) || (/^\/jobs\/view\.php$/.test(url.pathname) && /^\d+$/.test(url.searchParams.get('id') ?? '')),
  applicationSuffix: /\/apply\/?$/,
  title: ['[class*="jss-e"] h2', '.ResAts__page h2', '#js-careers-job-title', 'main h2', 'h2', 'h1'],
  location: ['[class*="jobInfo"] [class*="location" i]', '.ResAts__card-location', '[class*="location" i]'],
  employmentType: ['[class*="employmentType" i]'],
  description: ['[class*="jss-e"] .BambooRichText', '.BambooRichText', '#js-jobDescription', 'main'],
  tenant: subdomain,
});
