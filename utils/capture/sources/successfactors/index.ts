// SAP SuccessFactors recruiting, the classic career portal and the Recruiting Marketing (RMK) sites:
//   https://career5.successfactors.eu/career?career_ns=job_listing&company=acme&career_job_req_id=12345
//   https://career10.successfactors.com/sfcareer/jobreqcareer?jobId=12345&company=acme
//   https://acme.jobs2web.com/job/Berlin-Senior-Engineer/987654321/
// Not postings: …/career?company=acme (search), acme.jobs2web.com/search/?q=….
import { atsAdapter } from '../ats';
import { domainPatterns, hostUnder } from '../shared';

const DOMAINS = ['successfactors.com', 'successfactors.eu', 'sapsf.com', 'sapsf.eu', 'jobs2web.com'];

export const successfactors = atsAdapter({
  name: 'successfactors',
  patterns: domainPatterns(...DOMAINS),
  host: (url) => hostUnder(url, ...DOMAINS),
  posting: (url) =>
    /^\/job\/[^/]+\/\d+\/?$/.test(url.pathname) ||
    (/^\/career$/i.test(url.pathname) && url.searchParams.has('career_job_req_id')) ||
    (/^\/sfcareer\/jobreqcareer$/i.test(url.pathname) && url.searchParams.has('jobId')),
  title: ['[data-careersite-propertyid="title"]', '[itemprop="title"]', '#job-title', '.jobTitle', 'h1'],
  location: ['[data-careersite-propertyid="location"]', '[itemprop="jobLocation"]', '.jobGeoLocation', '#job-location'],
  employmentType: ['[data-careersite-propertyid="shifttype"]', '[itemprop="employmentType"]'],
  datePosted: ['[data-careersite-propertyid="date"]', '[itemprop="datePosted"]'],
  description: ['[itemprop="description"]', '.jobdescription', '.joqReqDescription', 'main'],
  tenant: (url) => url.searchParams.get('company') ?? (hostUnder(url, 'jobs2web.com') ? url.hostname.split('.')[0] : null),
});
