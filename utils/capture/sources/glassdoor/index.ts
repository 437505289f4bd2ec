// Glassdoor job listings:
//   https://www.glassdoor.com/job-listing/senior-software-engineer-acme-JV_IC1147401_KO0,24_KE25,29.htm?jl=1009012345678
//   https://www.glassdoor.co.uk/job-listing/data-analyst-acme-JV_IC2671300_KO0,12_KE13,17.htm?jl=1009087654321
//   https://www.glassdoor.com/partner/jobListing.htm?jobListingId=1009012345678
// Not postings: /Job/…-jobs-SRCH_…htm (search), /Overview/… (company), /Reviews/….
import { absoluteHttp } from '../../url';
import { attr, blockOf, textOf } from '../../dom';
import type { SourceAdapter } from '../../types';
import { remoteFrom } from '../shared';

const isGlassdoor = (url: URL): boolean => /(^|\.)glassdoor\.(com|co\.uk|ca|de|fr|com\.au|co\.in|ie|nl|be|ch|at|es|it|sg|com\.hk|co\.nz)$/i.test(url.hostname);

export const glassdoor: SourceAdapter = {
  name: 'glassdoor',
  host: isGlassdoor,
  matches: (url) =>
    isGlassdoor(url) &&
    (/^\/job-listing\/[^/]+\.htm$/i.test(url.pathname) ||
      (/^\/partner\/jobListing\.htm$/i.test(url.pathname) && url.searchParams.has('jobListingId'))),
  extract(doc, url) {
    const title = textOf(doc, ['[data-test="job-title"]', 'h1[id^="jd-job-title"]']);
    if (!title) return null;
    const location = textOf(doc, ['[data-test="location"]', '[data-test="job-location"]', '[data-test="emp-location"]']);
    // The employer line often ends with the rating ("Acme 4.2 ★").
    const company = textOf(doc, ['[data-test="employer-name"]', '[class*="EmployerProfile_employerName"]'])?.replace(/\s*\d(\.\d)?\s*★?\s*$/, '');
    return {
      title,
      company: company || null,
      location,
      remote: remoteFrom(location),
      salary: textOf(doc, ['[data-test="detailSalary"]', '[data-test="salary-estimate"]']),
      description: blockOf(doc, ['.jobDescriptionContent', '[class*="JobDetails_jobDescription"]', '[data-test="jobDescriptionContent"]']),
      applyUrl: absoluteHttp(attr(doc, 'a[data-test="applyButton"], a[data-test="apply-button"]', 'href'), url),
    };
  },
};
