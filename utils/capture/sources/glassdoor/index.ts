// Glassdoor job listings, and job searches with a job open in the pane beside the list (`jl`):
//   https://www.glassdoor.com/job-listing/senior-software-engineer-acme-JV_IC1147401_KO0,24_KE25,29.htm?jl=1009012345678
//   https://www.glassdoor.co.uk/job-listing/data-analyst-acme-JV_IC2671300_KO0,12_KE13,17.htm?jl=1009087654321
//   https://www.glassdoor.com/partner/jobListing.htm?jobListingId=1009012345678
//   https://www.glassdoor.com/Job/austin-software-engineer-jobs-SRCH_IL.0,6_IC1139761_KO7,24.htm?jl=1009012345678
//   https://www.glassdoor.com/Job/index.htm?sc.keyword=engineer&jl=1009012345678
// Not postings: /Job/…-jobs-SRCH_…htm with no job open (search), /Overview/… (company), /Reviews/….
import { absoluteHttp } from '../../url';
import { attr, blockOf, textOf } from '../../dom';
import type { SourceAdapter } from '../../types';
import { domainPatterns, remoteFrom } from '../shared';

const COUNTRY_TLDS = ['com', 'co.uk', 'ca', 'de', 'fr', 'com.au', 'co.in', 'ie', 'nl', 'be', 'ch', 'at', 'es', 'it', 'sg', 'com.hk', 'co.nz'];
const isGlassdoor = (url: URL): boolean => COUNTRY_TLDS.some((tld) => url.hostname === `glassdoor.${tld}` || url.hostname.endsWith(`.glassdoor.${tld}`));
const LISTING = /^\/job-listing\/[^/]+\.htm$/i;
const SEARCH = /^\/Job\/[^/]+\.htm$/i;
const PANE = ['[class*="JobDetails_jobDetailsContainer"]', '[data-test="job-details"]', '#JDCol'];
const ID = /^\d{6,}$/;

/** The listing the address shows: its own page, or the search's open job. */
function listingId(url: URL): string | null {
  if (!isGlassdoor(url)) return null;
  const id = LISTING.test(url.pathname) || SEARCH.test(url.pathname) ? url.searchParams.get('jl')
    : /^\/partner\/jobListing\.htm$/i.test(url.pathname) ? url.searchParams.get('jobListingId') : null;
  return id && ID.test(id) ? id : LISTING.test(url.pathname) ? '' : null;
}

function paneOf(doc: Document): Element | null {
  for (const sel of PANE) {
    const el = doc.querySelector(sel);
    if (el) return el;
  }
  return null;
}

export const glassdoor: SourceAdapter = {
  name: 'glassdoor',
  patterns: domainPatterns(...COUNTRY_TLDS.map((tld) => `glassdoor.${tld}`)),
  host: isGlassdoor,
  matches: (url) => listingId(url) !== null,
  canonical: (doc, url) => {
    if (!SEARCH.test(url.pathname)) return null;
    // The pane's title carries the listing's id, which is the job on screen even before the address catches up.
    const shown = paneOf(doc)?.querySelector('h1[id^="jd-job-title-"]')?.id.replace('jd-job-title-', '');
    const id = shown && ID.test(shown) ? shown : listingId(url);
    return id ? `https://${url.hostname}/partner/jobListing.htm?jobListingId=${id}` : null;
  },
  extract(doc, url) {
    const pane = paneOf(doc);
    // A search list's cards use the same test ids as the pane: without the pane there is no job to read.
    if (SEARCH.test(url.pathname) && !pane) return null;
    const root: ParentNode = pane ?? doc;
    const title = textOf(root, ['h1[id^="jd-job-title"]', '[data-test="job-title"]']);
    if (!title) return null;
    const location = textOf(root, ['[data-test="location"]', '[data-test="job-location"]', '[data-test="emp-location"]']);
    // The employer line often ends with the rating ("Acme 4.2 ★").
    const company = textOf(root, ['[data-test="employer-name"]', '[class*="EmployerProfile_employerName"]'])?.replace(/\s*\d(\.\d)?\s*★?\s*$/, '');
    return {
      title,
      company: company || null,
      location,
      remote: remoteFrom(location),
      salary: textOf(root, ['[data-test="detailSalary"]', '[data-test="salary-estimate"]']),
      description: blockOf(root, ['.jobDescriptionContent', '[class*="JobDetails_jobDescription"]', '[data-test="jobDescriptionContent"]']),
      applyUrl: absoluteHttp(attr(root, 'a[data-test="applyButton"], a[data-test="apply-button"]', 'href'), url),
    };
  },
};
