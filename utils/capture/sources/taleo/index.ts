// Oracle Taleo career sections, the job detail and its application flow:
//   https://acme.taleo.net/careersection/2/jobdetail.ftl?job=2400123&lang=en
//   https://acme.taleo.net/careersection/ex/jobdetail.ftl?job=JR-00123
//   https://acme.taleo.net/careersection/application.jss?type=1&lang=en&portal=8&reqNo=2400123
// Not postings: …/careersection/2/jobsearch.ftl (search), …/moresearch.ftl.
import { atsAdapter, subdomain } from '../ats';
import { domainPatterns, hostUnder } from '../shared';

export const taleo = atsAdapter({
  name: 'taleo',
  patterns: domainPatterns('taleo.net'),
  host: (url) => hostUnder(url, 'taleo.net'),
  posting: (url) =>
    (/^\/careersection\/(?:[^/]+\/)?jobdetail\.ftl$/i.test(url.pathname) && url.searchParams.has('job')) ||
    (/^\/careersection\/(?:[^/]+\/)?application\.jss$/i.test(url.pathname) && url.searchParams.has('reqNo')),
  title: ['[id="requisitionDescriptionInterface.reqTitleLinkAction.row1"]', '[id="requisitionDescriptionInterface.reqTitle.row1"]', '.titlepage', 'h1'],
  location: ['[id="requisitionDescriptionInterface.ID1679.row1"]', '[id*="reqlocation" i]', '[id*="Location" i]'],
  description: ['[id="requisitionDescriptionInterface.ID1552.row1"]', '.requisitionDescription', '.editablesection', 'main'],
  tenant: subdomain,
});
