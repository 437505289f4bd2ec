import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/capture/extract';
import { parseHtml } from '../../utils/capture/parse-html';
import { FIXTURES, NOW, PAGES, extractFile, extractHtml } from './helpers';

// Search lists with a job open beside them: the job on screen is read from the detail panel and saved
// under its own address, never the list's first card nor the search page's address.

const LINKEDIN_SEARCH = path.join(FIXTURES, 'linkedin-loggedin-it-search-panel-ups-inventory.html');
const INDEED_SEARCH = path.join(FIXTURES, 'indeed-serp-panel-aceone-php-dev.html');

describe('the job open beside a search list', () => {
  it('LinkedIn signed-in search: the panel job under /jobs/view/<id>/', () => {
    const r = extractFile(LINKEDIN_SEARCH, 'https://www.linkedin.com/jobs/search/?currentJobId=4260945968&f_TPR=r86400&keywords=magazziniere&location=Lecco');
    expect(r.kind).toBe('posting');
    expect(r.posting).toMatchObject({
      title: 'Inventory Controller', company: 'UPS', location: 'Pozzuolo Martesana, Lombardia, Italia', remote: false,
      // "Ripubblicata: 1 ora fa", an hour before NOW; "In sede" and "A tempo pieno" are on-site and full-time.
      datePosted: '2024-11-20', employmentType: 'Full-time',
      url: 'https://www.linkedin.com/jobs/view/4260945968/', source: 'linkedin',
    });
    expect(r.posting!.description).toContain('Inventory Controller');
  });

  it('LinkedIn collections read the same way', () => {
    const r = extractFile(LINKEDIN_SEARCH, 'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4260945968');
    expect(r.posting).toMatchObject({ title: 'Inventory Controller', url: 'https://www.linkedin.com/jobs/view/4260945968/' });
  });

  it('follows the panel when the address still names another job', () => {
    // The panel re-renders before the address changes: title and address must describe the same job.
    const r = extractFile(LINKEDIN_SEARCH, 'https://www.linkedin.com/jobs/search/?currentJobId=4287712875&keywords=magazziniere');
    expect(r.posting).toMatchObject({ title: 'Inventory Controller', url: 'https://www.linkedin.com/jobs/view/4260945968/' });
  });

  it('reads the open job from the hidden JSON while the panel has not rendered yet', () => {
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4260945968&keywords=magazziniere';
    const doc = parseHtml(readFileSync(LINKEDIN_SEARCH, 'utf8'), url);
    doc.querySelector('.jobs-search__job-details--container')!.replaceChildren();
    const r = extractPage(doc, url, NOW);
    // From the search card's JSON: title, company and place, with the workplace type read apart from the place.
    expect(r.posting).toMatchObject({
      title: 'Inventory Controller', company: 'UPS', location: 'Pozzuolo Martesana, Lombardia, Italia', remote: false,
      url: 'https://www.linkedin.com/jobs/view/4260945968/',
    });
  });

  it('a LinkedIn search with no job open is not a posting', () => {
    expect(extractFile(LINKEDIN_SEARCH, 'https://www.linkedin.com/jobs/search/?keywords=magazziniere&location=Lecco').kind).toBe('none');
  });

  it('LinkedIn signed-in job view: hidden JSON fills what the visible panel has not rendered', () => {
    const r = extractFile(path.join(PAGES, 'synthetic-linkedin-signed-in-view.html'), 'https://www.linkedin.com/jobs/view/4012345678/?refId=abc&trk=d_flagship3_job_details');
    expect(r.posting).toMatchObject({
      title: 'Staff Data Engineer', company: 'Contoso', location: 'Dublin, County Dublin, Ireland', datePosted: '2024-11-15',
      url: 'https://www.linkedin.com/jobs/view/4012345678/',
    });
    expect(r.posting!.description).toContain('own our lakehouse');
  });

  it('prefers what the visible panel shows over the hidden JSON', () => {
    const html = readFileSync(path.join(PAGES, 'synthetic-linkedin-signed-in-view.html'), 'utf8')
      .replace('<!---->Reposted 5 days ago<!---->', '<!---->Galway, Ireland<!---->');
    expect(extractHtml(html, 'https://www.linkedin.com/jobs/view/4012345678/').posting!.location).toBe('Galway, Ireland');
  });

  it('Indeed search with vjk: the panel job under viewjob?jk=', () => {
    const r = extractFile(INDEED_SEARCH, 'https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html?vjk=b974b400e0228d67');
    expect(r.posting).toMatchObject({
      title: 'PHP Developer – PHP, JavaScript, JSON', company: 'AceOne Technologies', location: 'Jonesboro, AR 72401',
      url: 'https://www.indeed.com/viewjob?jk=b974b400e0228d67', source: 'indeed',
    });
    expect(r.posting!.description).toContain('Jonesboro');
    const jobs = extractFile(INDEED_SEARCH, 'https://www.indeed.com/jobs?q=php&l=Jonesboro&vjk=4cc0f98b0ec53d7e');
    // The panel still shows AceOne's job, so that is what is saved, under its own key.
    expect(jobs.posting).toMatchObject({ title: 'PHP Developer – PHP, JavaScript, JSON', url: 'https://www.indeed.com/viewjob?jk=b974b400e0228d67' });
  });

  it('an Indeed search with no job open is not a posting', () => {
    expect(extractFile(INDEED_SEARCH, 'https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html').kind).toBe('none');
  });

  it('Glassdoor search with the job pane open: the pane job, not the first card', () => {
    const file = path.join(PAGES, 'synthetic-glassdoor-search-pane.html');
    const r = extractFile(file, 'https://www.glassdoor.com/Job/austin-software-engineer-jobs-SRCH_IL.0,6_IC1139761_KO7,24.htm?jl=1009022222222');
    expect(r.posting).toMatchObject({
      title: 'Platform Engineer', company: 'Initech', location: 'Remote', remote: true,
      salary: { min: 140000, max: 175000, currency: 'USD' },
      url: 'https://www.glassdoor.com/partner/jobListing.htm?jobListingId=1009022222222', source: 'glassdoor',
    });
    expect(extractFile(file, 'https://www.glassdoor.com/Job/austin-software-engineer-jobs-SRCH_IL.0,6_IC1139761_KO7,24.htm').kind).toBe('none');
  });

  it('a Glassdoor search whose pane has not rendered gives nothing rather than a card', () => {
    const html = readFileSync(path.join(PAGES, 'synthetic-glassdoor-search-pane.html'), 'utf8').replace(/<div class="TwoColumnLayout_columnRight[\s\S]*<\/main>/, '</main>');
    expect(extractHtml(html, 'https://www.glassdoor.com/Job/austin-software-engineer-jobs-SRCH_IL.0,6_IC1139761_KO7,24.htm?jl=1009022222222').kind).toBe('none');
  });
});
