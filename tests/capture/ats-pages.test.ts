import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES, extractFile } from './helpers';

// Hosted applicant-tracking systems, on pages shaped like the real sites (synthetic: no real page of
// these is available to the project). Application forms count as the posting and are saved under the
// posting's own address.

const page = (name: string, url: string) => extractFile(path.join(PAGES, name), url);

describe('application forms count as the posting', () => {
  it('Teamtailor /applications/new', () => {
    const r = page('synthetic-teamtailor-application.html', 'https://northwind.teamtailor.com/jobs/3712345-senior-backend-engineer/applications/new');
    expect(r.kind).toBe('posting');
    expect(r.posting).toMatchObject({
      title: 'Senior Backend Engineer', company: 'Northwind Traders', location: 'Stockholm, Sweden', source: 'teamtailor',
      url: 'https://northwind.teamtailor.com/jobs/3712345-senior-backend-engineer',
    });
  });

  it('Lever /apply', () => {
    const r = page('synthetic-lever-application.html', 'https://jobs.lever.co/examplecorp/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b/apply');
    expect(r.posting).toMatchObject({
      title: 'Senior Product Manager', company: 'ExampleCorp', location: 'Austin, TX', employmentType: 'Full-time', source: 'lever',
      url: 'https://jobs.lever.co/examplecorp/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b',
    });
    // The form page has no description; its header and form fields are not one.
    expect(r.posting!.description).toBeNull();
  });

  it('Jobvite /apply', () => {
    const r = page('synthetic-jobvite-posting.html', 'https://jobs.jobvite.com/litware/job/oAbC1fwX/apply');
    expect(r.posting).toMatchObject({
      title: 'Site Reliability Engineer', company: 'Litware', location: 'Toronto, Ontario', source: 'jobvite',
      url: 'https://jobs.jobvite.com/litware/job/oAbC1fwX',
    });
  });

  it('JazzHR, where the form and the posting share one page', () => {
    const r = page('synthetic-jazzhr-posting.html', 'https://fabrikam.applytojob.com/apply/AbC123dEf4/Warehouse-Supervisor?source=LinkedIn');
    expect(r.posting).toMatchObject({
      title: 'Warehouse Supervisor', company: 'Fabrikam Logistics', location: 'Reno, NV', employmentType: 'Full Time', source: 'jazzhr',
      url: 'https://fabrikam.applytojob.com/apply/AbC123dEf4/Warehouse-Supervisor',
    });
  });
});

describe('more hosted ATSs', () => {
  it('Personio, with its JSON-LD merged over the page', () => {
    const r = page('synthetic-personio-posting.html', 'https://contoso.jobs.personio.de/job/1234567?language=de#apply');
    expect(r.posting).toMatchObject({
      title: 'Product Designer (m/w/d)', company: 'Contoso GmbH', location: 'Berlin', datePosted: '2024-11-04', source: 'personio',
      url: 'https://contoso.jobs.personio.de/job/1234567?language=de',
    });
    expect(r.posting!.description).toContain('Produkte');
  });

  it('Breezy HR', () => {
    const r = page('synthetic-breezy-posting.html', 'https://tailspin-toys.breezy.hr/p/3f2a1b4c5d6e-customer-success-manager');
    expect(r.posting).toMatchObject({ title: 'Customer Success Manager', company: 'Tailspin Toys', location: 'Denver, CO, US', employmentType: 'Full-Time', source: 'breezy' });
  });

  it('SuccessFactors Recruiting Marketing sites', () => {
    const r = page('synthetic-successfactors-posting.html', 'https://woodgrove.jobs2web.com/job/London-Senior-Data-Analyst/987654321/');
    expect(r.posting).toMatchObject({ title: 'Senior Data Analyst', company: 'Woodgrove Bank', location: 'London, GB', datePosted: '2024-11-12', source: 'successfactors' });
  });

  it('an ATS list page is not a posting, even with job words on it', () => {
    expect(page('synthetic-breezy-posting.html', 'https://tailspin-toys.breezy.hr/').kind).toBe('none');
    expect(page('synthetic-teamtailor-application.html', 'https://northwind.teamtailor.com/jobs').kind).toBe('none');
  });
});

describe('application tabs of the boards Ajar already read', () => {
  it('Ashby /application and Workable /apply/ save the posting address', () => {
    const ashby = page('synthetic-ashby-posting.html', 'https://jobs.ashbyhq.com/linear/0d3c1b2a-9f8e-4d7c-b6a5-1234567890ab/application');
    expect(ashby.posting).toMatchObject({ source: 'ashby', url: 'https://jobs.ashbyhq.com/linear/0d3c1b2a-9f8e-4d7c-b6a5-1234567890ab' });
    const workable = page('synthetic-workable-posting.html', 'https://apply.workable.com/zoomo/j/3F2A1B4C5D/apply/');
    expect(workable.posting).toMatchObject({ source: 'workable', url: 'https://apply.workable.com/zoomo/j/3F2A1B4C5D/' });
  });
});

describe('Greenhouse embedded application form', () => {
  it('reads the job from job_app and saves it as the board posting', () => {
    const r = page('synthetic-greenhouse-embed-job-app.html', 'https://boards.greenhouse.io/embed/job_app?for=contoso&token=4000000001&b=https%3A%2F%2Fcontoso.example%2Fcareers');
    expect(r.posting).toMatchObject({
      title: 'Solutions Engineer', company: 'Contoso', location: 'Amsterdam, Netherlands', source: 'greenhouse',
      url: 'https://boards.greenhouse.io/contoso/jobs/4000000001',
    });
  });
});
