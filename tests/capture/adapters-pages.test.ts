import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES, extractFile } from './helpers';

const page = (name: string, url: string) => extractFile(path.join(PAGES, name), url);

describe('board adapters on pages shaped like the real sites', () => {
  it('lever', () => {
    const r = page('synthetic-lever-posting.html', 'https://jobs.lever.co/examplecorp/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b?lever-source=linkedin');
    expect(r.kind).toBe('posting');
    expect(r.posting).toMatchObject({
      title: 'Senior Product Manager', company: 'ExampleCorp', location: 'Austin, TX', employmentType: 'Full-time', remote: true,
      salary: { min: 140000, max: 170000, currency: 'USD', period: 'year' }, source: 'lever',
      applyUrl: 'https://jobs.lever.co/examplecorp/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b/apply',
      url: 'https://jobs.lever.co/examplecorp/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b',
    });
    expect(r.posting!.description).toContain('own the roadmap');
  });

  it('workday', () => {
    const r = page('synthetic-workday-posting.html', 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Austin-TX/Software-Engineer-II_R123');
    expect(r.posting).toMatchObject({
      title: 'Software Engineer II', company: 'Acme', location: 'Austin, TX', employmentType: 'Full time', remote: null,
      datePosted: '2024-10-21', source: 'workday',
      applyUrl: 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Austin-TX/Software-Engineer-II_R123/apply',
    });
  });

  it('ashby reads the embedded app data', () => {
    const r = page('synthetic-ashby-posting.html', 'https://jobs.ashbyhq.com/linear/0d3c1b2a-9f8e-4d7c-b6a5-1234567890ab');
    expect(r.posting).toMatchObject({
      title: 'Product Designer', company: 'Linear', location: 'Europe', employmentType: 'Full-time', remote: true,
      datePosted: '2024-09-02', salary: { min: 90000, max: 130000, currency: 'EUR', period: 'year' }, source: 'ashby',
    });
    expect(r.posting!.description).toBe('About the role\n\nDesign the future of issue tracking.');
  });

  it('smartrecruiters (microdata plus adapter)', () => {
    const r = page('synthetic-smartrecruiters-posting.html', 'https://jobs.smartrecruiters.com/LuxuryEscapes/743999912345678-frontend-engineer');
    expect(r.posting).toMatchObject({
      title: 'Frontend Engineer', company: 'Luxury Escapes', location: 'Melbourne VIC, Australia', employmentType: 'Full-time',
      datePosted: '2024-09-20', source: 'smartrecruiters',
    });
    expect(r.posting!.applyUrl).toMatch(/^https:\/\/jobs\.smartrecruiters\.com\/oneclick-ui\//);
  });

  it('workable', () => {
    const r = page('synthetic-workable-posting.html', 'https://apply.workable.com/zoomo/j/3F2A1B4C5D/');
    expect(r.posting).toMatchObject({
      title: 'QA Automation Lead', company: 'Zoomo', location: 'New York, New York, United States', employmentType: 'Full time',
      datePosted: '2024-11-17', source: 'workable', applyUrl: 'https://apply.workable.com/zoomo/j/3F2A1B4C5D/apply/',
    });
    expect(r.posting!.description).toContain('6+ years in QA');
  });

  it('recruitee (JSON-LD, adapter keeps its name as source)', () => {
    const r = page('synthetic-recruitee-posting.html', 'https://acme.recruitee.com/o/senior-backend-engineer');
    expect(r.posting).toMatchObject({ title: 'Senior Backend Engineer', company: 'Acme', location: 'Amsterdam', datePosted: '2024-08-30', employmentType: 'Full-time', source: 'recruitee' });
  });

  it('icims', () => {
    const r = page('synthetic-icims-posting.html', 'https://careers-acme.icims.com/jobs/12345/senior-data-scientist/job');
    expect(r.posting).toMatchObject({ title: 'Senior Data Scientist', company: 'Acme', location: 'US-CA-San Francisco', employmentType: 'Regular Full-Time', source: 'icims' });
  });

  it('seek (a bare $ is the local dollar)', () => {
    const r = page('synthetic-seek-posting.html', 'https://www.seek.com.au/job/12345678');
    expect(r.posting).toMatchObject({
      title: 'Graduate Backend Engineer', company: 'Zephyr Tech', location: 'Melbourne VIC', employmentType: 'Full time', remote: null,
      salary: { min: 75000, max: 88000, currency: 'AUD', period: 'year' }, datePosted: '2024-11-15', source: 'seek',
      applyUrl: 'https://www.seek.com.au/job/12345678/apply',
    });
  });

  it('glassdoor (rating stripped from the employer)', () => {
    const r = page('synthetic-glassdoor-posting.html', 'https://www.glassdoor.com/job-listing/senior-software-engineer-acme-robotics-JV_IC1154532_KO0,24_KE25,38.htm?jl=1009012345678');
    expect(r.posting).toMatchObject({
      title: 'Senior Software Engineer', company: 'Acme Robotics', location: 'Boston, MA',
      salary: { min: 130000, max: 165000, currency: 'USD', period: 'year' }, source: 'glassdoor',
    });
  });

  it('wellfound', () => {
    const r = page('synthetic-wellfound-posting.html', 'https://wellfound.com/jobs/2961234-senior-frontend-engineer');
    expect(r.posting).toMatchObject({ title: 'Senior Frontend Engineer', company: 'Acme', remote: true, source: 'wellfound' });
    expect(r.posting!.salary).toMatchObject({ min: 150000, max: 190000, currency: 'USD' });
  });

  it('indeed', () => {
    const r = page('synthetic-indeed-posting.html', 'https://www.indeed.com/viewjob?jk=4f1e2d3c4b5a6978&from=serp&vjs=3');
    expect(r.posting).toMatchObject({
      title: 'Senior Data Engineer', company: 'TechCorp', location: 'New York, NY', employmentType: 'Full-time',
      salary: { min: 120000, max: 150000, currency: 'USD', period: 'year' }, datePosted: '2024-11-17', source: 'indeed',
      // Only the job key identifies the posting; Indeed's view-state parameters do not.
      url: 'https://www.indeed.com/viewjob?jk=4f1e2d3c4b5a6978',
    });
  });

  it('an adapter host page that is not a posting stays none even with job words', () => {
    const r = page('synthetic-indeed-posting.html', 'https://www.indeed.com/jobs?q=data+engineer');
    expect(r).toEqual({ kind: 'none', posting: null });
  });
});
