// Jobvite hosted career sites, the posting and its application form:
//   https://jobs.jobvite.com/acme/job/oAbC1fwX
//   https://jobs.jobvite.com/acme/job/oAbC1fwX/apply
//   https://jobs.jobvite.com/careers/acme/job/oAbC1fwX
// Not postings: https://jobs.jobvite.com/acme/jobs (list), /acme/search?….
import { cleanLine } from '../../text';
import { atsAdapter, firstSegment } from '../ats';
import { hostIs, hostPatterns } from '../shared';

export const jobvite = atsAdapter({
  name: 'jobvite',
  patterns: hostPatterns('jobs.jobvite.com'),
  host: (url) => hostIs(url, 'jobs.jobvite.com'),
  posting: (url) => /^\/(careers\/)?[^/]+\/job\/[A-Za-z0-9]{6,}(\/apply)?\/?$/.test(url.pathname),
  applicationSuffix: /\/apply\/?$/,
  title: ['.jv-header', 'h2.jv-header', '.jv-job-detail-name', 'h1'],
  // "Engineering<separator>Toronto, Ontario": the place is what follows the last separator.
  locationOf: (doc) => {
    const meta = doc.querySelector('.jv-job-detail-meta');
    const separators = meta?.querySelectorAll('.jv-inline-separator');
    let node = separators?.length ? separators[separators.length - 1].nextSibling : null;
    let text = '';
    for (; node; node = node.nextSibling) text += node.textContent ?? '';
    return cleanLine(text, 200);
  },
  description: ['.jv-job-detail-description', '.jv-wrapper'],
  tenant: (url) => (firstSegment(url) === 'careers' ? url.pathname.split('/')[2] ?? null : firstSegment(url)),
});
