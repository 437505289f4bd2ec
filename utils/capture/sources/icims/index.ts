// iCIMS career portals (the posting renders inside an iframe at the same URL with in_iframe=1):
//   https://careers-acme.icims.com/jobs/12345/senior-data-scientist/job
//   https://careers-acme.icims.com/jobs/12345/senior-data-scientist/job?in_iframe=1
// Not postings: https://careers-acme.icims.com/jobs/search?ss=1 (list).
import { blockOf, labelledValue, meta, textOf } from '../../dom';
import type { SourceAdapter } from '../../types';
import { domainPatterns, hostUnder, remoteFrom } from '../shared';

export const icims: SourceAdapter = {
  name: 'icims',
  patterns: domainPatterns('icims.com'),
  host: (url) => hostUnder(url, 'icims.com'),
  matches: (url) => hostUnder(url, 'icims.com') && /^\/jobs\/\d+\/[^/]+\/job\/?$/.test(url.pathname),
  extract(doc) {
    const title = textOf(doc, ['.iCIMS_Header h1', 'h1.iCIMS_Header', '.iCIMS_JobHeader h1', '.iCIMS_MainWrapper h1']);
    if (!title) return null;
    const field = (re: RegExp) => labelledValue(doc, '.iCIMS_JobHeaderTag', re);
    const location = field(/^(job )?locations?$/i);
    return {
      title,
      company: meta(doc, 'og:site_name'),
      location,
      employmentType: field(/^(position )?type$|^employment type$/i),
      remote: remoteFrom(location, field(/remote/i)),
      datePosted: field(/^(posted|date posted|posting date)$/i),
      description: blockOf(doc, ['.iCIMS_JobContent', '.iCIMS_InfoMsg_Job']),
    };
  },
};
