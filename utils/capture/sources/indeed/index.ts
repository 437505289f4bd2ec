// Indeed job pages:
//   https://www.indeed.com/viewjob?jk=4f1e2d3c4b5a6978
//   https://uk.indeed.com/viewjob?jk=4f1e2d3c4b5a6978&from=serp
//   https://www.indeed.com/rc/clk?jk=4f1e2d3c4b5a6978
//   https://www.indeed.com/m/viewjob?jk=4f1e2d3c4b5a6978
// Not postings: https://www.indeed.com/jobs?q=… (search), /cmp/… (company pages).
import { blockOf, textOf } from '../../dom';
import type { SourceAdapter } from '../../types';
import { remoteFrom } from '../shared';

const isIndeed = (url: URL): boolean => /(^|\.)indeed\.(com|co\.uk|ca|de|fr|com\.au|co\.in|ie|nl|es|it|ch|at|be|com\.sg|co\.nz|jp|com\.br|com\.mx)$/i.test(url.hostname);

export const indeed: SourceAdapter = {
  name: 'indeed',
  host: isIndeed,
  matches: (url) =>
    isIndeed(url) && /^\/(m\/)?(viewjob|rc\/clk|pagead\/clk)\/?$/.test(url.pathname) && /^[0-9a-f]{8,}$/i.test(url.searchParams.get('jk') ?? ''),
  extract(doc) {
    const title = textOf(doc, [
      'h1[data-testid="jobsearch-JobInfoHeader-title"]', '[data-testid="jobsearch-JobInfoHeader-title"]',
      'h1.jobsearch-JobInfoHeader-title', '[data-testid="simpler-jobTitle"]',
    ])?.replace(/\s*-\s*job post$/i, '');
    if (!title) return null;
    const location = textOf(doc, [
      '[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]',
      '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    ]);
    const details = textOf(doc, ['#salaryInfoAndJobType']);
    const salary = textOf(doc, ['#salaryInfoAndJobType span:first-child', '[data-testid="jobsearch-OtherJobDetailsContainer"] [class*="salary" i]']);
    const jobType = textOf(doc, ['#salaryInfoAndJobType span:last-child'])?.replace(/^-\s*/, '');
    const footer = textOf(doc, ['[data-testid="myJobsStateDate"]', '.jobsearch-JobMetadataFooter'], 400);
    return {
      title,
      company: textOf(doc, ['[data-testid="inlineHeader-companyName"] a', '[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]']),
      location,
      employmentType: jobType && jobType !== salary ? jobType : null,
      remote: remoteFrom(location, details),
      salary: salary && /\d/.test(salary) ? salary : null,
      datePosted: footer?.match(/(just posted|today|\d+\+?\s*days? ago)/i)?.[0] ?? null,
      description: blockOf(doc, ['#jobDescriptionText', '[data-testid="jobsearch-JobComponent-description"]']),
    };
  },
};
