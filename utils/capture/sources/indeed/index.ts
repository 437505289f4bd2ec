// Indeed job pages, and search lists with a job open in the panel beside them (`vjk`):
//   https://www.indeed.com/viewjob?jk=4f1e2d3c4b5a6978
//   https://uk.indeed.com/viewjob?jk=4f1e2d3c4b5a6978&from=serp
//   https://www.indeed.com/rc/clk?jk=4f1e2d3c4b5a6978
//   https://www.indeed.com/m/viewjob?jk=4f1e2d3c4b5a6978
//   https://www.indeed.com/jobs?q=php&l=Austin&vjk=b974b400e0228d67
//   https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html?vjk=b974b400e0228d67
// Not postings: https://www.indeed.com/jobs?q=… with no job open (search), /cmp/… (company pages).
import { attr, blockOf, textOf } from '../../dom';
import type { SourceAdapter } from '../../types';
import { domainPatterns, remoteFrom } from '../shared';

const COUNTRY_TLDS = ['com', 'co.uk', 'ca', 'de', 'fr', 'com.au', 'co.in', 'ie', 'nl', 'es', 'it', 'ch', 'at', 'be', 'com.sg', 'co.nz', 'jp', 'com.br', 'com.mx'];
const isIndeed = (url: URL): boolean => COUNTRY_TLDS.some((tld) => url.hostname === `indeed.${tld}` || url.hostname.endsWith(`.indeed.${tld}`));
const KEY = /^[0-9a-f]{8,}$/i;
const VIEW = /^\/(m\/)?(viewjob|rc\/clk|pagead\/clk)\/?$/;
const SEARCH = /^\/(m\/)?(jobs\/?|q-[^/]*-jobs\.html|l-[^/]*-jobs\.html|[^/]*-jobs\.html)?$/;
const PANEL = ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '#vjs-container', '.jobsearch-ViewJobLayout'];

/** The key of the job the address shows: the posting's `jk`, or the search list's open `vjk`. */
function jobKey(url: URL): string | null {
  if (!isIndeed(url)) return null;
  const key = VIEW.test(url.pathname) ? url.searchParams.get('jk') : SEARCH.test(url.pathname) ? url.searchParams.get('vjk') : null;
  return key && KEY.test(key) ? key : null;
}

function panelOf(doc: Document): ParentNode {
  for (const sel of PANEL) {
    const el = doc.querySelector(sel);
    if (el) return el;
  }
  return doc;
}

/** The key of the job the panel shows: its header links carry it, and the panel can change before the address. */
function panelKey(doc: Document): string | null {
  const pane = panelOf(doc);
  if (pane === doc) return null;
  const href = attr(pane, '[data-testid="inlineHeader-companyName"] a[href*="fromjk="], a[href*="/applystart?jk="]', 'href') ?? '';
  const key = /[?&](?:fromjk|jk)=([0-9a-f]{8,})/i.exec(href)?.[1];
  return key ?? null;
}

export const indeed: SourceAdapter = {
  name: 'indeed',
  patterns: domainPatterns(...COUNTRY_TLDS.map((tld) => `indeed.${tld}`)),
  host: isIndeed,
  matches: (url) => jobKey(url) !== null,
  canonical: (doc, url) => {
    const key = jobKey(url) && (panelKey(doc) ?? jobKey(url));
    return key ? `https://${url.hostname}/viewjob?jk=${key.toLowerCase()}` : null;
  },
  extract(doc) {
    const root = panelOf(doc);
    const title = textOf(root, [
      'h1[data-testid="jobsearch-JobInfoHeader-title"]', '[data-testid="jobsearch-JobInfoHeader-title"]',
      'h1.jobsearch-JobInfoHeader-title', '[data-testid="simpler-jobTitle"]',
    ])?.replace(/\s*-\s*job post$/i, '');
    if (!title) return null;
    const location = textOf(root, [
      '[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]',
      '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    ]);
    const details = textOf(root, ['#salaryInfoAndJobType']);
    const salary = textOf(root, ['#salaryInfoAndJobType span:first-child', '[data-testid="jobsearch-OtherJobDetailsContainer"] [class*="salary" i]']);
    const jobType = textOf(root, ['#salaryInfoAndJobType span:last-child'])?.replace(/^-\s*/, '');
    const footer = textOf(root, ['[data-testid="myJobsStateDate"]', '.jobsearch-JobMetadataFooter'], 400);
    return {
      title,
      company: textOf(root, ['[data-testid="inlineHeader-companyName"] a', '[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]']),
      location,
      employmentType: jobType && jobType !== salary ? jobType : null,
      remote: remoteFrom(location, details),
      salary: salary && /\d/.test(salary) ? salary : null,
      datePosted: footer?.match(/(just posted|today|\d+\+?\s*days? ago)/i)?.[0] ?? null,
      description: blockOf(root, ['#jobDescriptionText', '[data-testid="jobsearch-JobComponent-description"]']),
    };
  },
};
