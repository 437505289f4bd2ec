// JazzHR career pages (applytojob.com), where the posting and its application form share one page:
//   https://acme.applytojob.com/apply/AbC123dEf4/Senior-Backend-Engineer
//   https://acme.applytojob.com/apply/AbC123dEf4/Senior-Backend-Engineer?source=LinkedIn
// Not postings: https://acme.applytojob.com/apply (list), /apply/jobs/….
import { atsAdapter, subdomain } from '../ats';
import { domainPatterns, hostUnder } from '../shared';

export const jazzhr = atsAdapter({
  name: 'jazzhr',
  patterns: domainPatterns('applytojob.com'),
  host: (url) => hostUnder(url, 'applytojob.com'),
  posting: (url) => /^\/apply\/(?!jobs\/)[A-Za-z0-9]{6,}(\/[^/]*)?\/?$/.test(url.pathname),
  title: ['#job-title', '.job-header h1', 'h1'],
  company: ['#resumator-company-name', '.company-name'],
  location: ['.job-header [title="Location"]', '#resumator-job-location', '[class*="job-location" i]'],
  employmentType: ['.job-header [title="Type"]', '#resumator-job-employment'],
  description: ['#job-description', '.job-description', '#resumator-job-description', 'main'],
  tenant: subdomain,
});
