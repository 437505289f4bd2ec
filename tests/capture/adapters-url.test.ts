import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForHost } from '../../utils/capture/sources';
import { JOB_BOARD_MATCHES } from '../../utils/capture/boards';

const posting: Record<string, string[]> = {
  linkedin: [
    'https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739',
    'https://uk.linkedin.com/jobs/view/machine-learning-systems-engineer-rl-engineering-at-anthropic-4053542511',
    'https://www.linkedin.com/jobs/view/3915648739/',
    'https://www.linkedin.com/jobs/search/?currentJobId=4260945968&keywords=magazziniere&location=Lecco',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4260945968',
  ],
  indeed: ['https://www.indeed.com/viewjob?jk=4f1e2d3c4b5a6978', 'https://uk.indeed.com/viewjob?jk=4f1e2d3c4b5a6978&from=serp', 'https://www.indeed.com/rc/clk?jk=4f1e2d3c4b5a6978',
    'https://www.indeed.com/jobs?q=php&l=Austin&vjk=b974b400e0228d67', 'https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html?vjk=b974b400e0228d67'],
  greenhouse: [
    'https://boards.greenhouse.io/anthropic/jobs/4182383008',
    'https://job-boards.greenhouse.io/scaleai/jobs/4315289005',
    'https://boards.greenhouse.io/embed/job_app?for=acme&token=4000000001',
  ],
  lever: ['https://jobs.lever.co/company/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b', 'https://jobs.eu.lever.co/company/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b/apply'],
  workday: ['https://company.wd5.myworkdayjobs.com/en-US/External/job/City/Title_R123', 'https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Engineer_JR1234567'],
  ashby: ['https://jobs.ashbyhq.com/company/d44c9f70-4aef-45a4-a36a-54fb65663ccb', 'https://jobs.ashbyhq.com/openai/d44c9f70-4aef-45a4-a36a-54fb65663ccb/application'],
  smartrecruiters: ['https://jobs.smartrecruiters.com/LuxuryEscapes/743999912345678-frontend-engineer'],
  workable: ['https://apply.workable.com/acme/j/3F2A1B4C5D/'],
  recruitee: ['https://acme.recruitee.com/o/senior-backend-engineer'],
  icims: ['https://careers-acme.icims.com/jobs/12345/senior-data-scientist/job', 'https://careers-acme.icims.com/jobs/12345/senior-data-scientist/job?in_iframe=1'],
  seek: ['https://www.seek.com.au/job/12345678', 'https://www.seek.co.nz/job/12345678?type=standout'],
  glassdoor: [
    'https://www.glassdoor.com/job-listing/senior-software-engineer-acme-JV_IC1147401_KO0,24_KE25,29.htm?jl=1009012345678',
    'https://www.glassdoor.com/Job/austin-software-engineer-jobs-SRCH_IL.0,6_IC1139761_KO7,24.htm?jl=1009012345678',
  ],
  wellfound: ['https://wellfound.com/jobs/123-title', 'https://wellfound.com/company/acme/jobs/2961234-senior-frontend-engineer'],
  jobindex: ['https://www.jobindex.dk/jobannonce/r12800344/pilot-scientist-for-purification', 'https://www.jobindex.dk/vis-job/h1509671'],
  teamtailor: ['https://northwind.teamtailor.com/jobs/3712345-senior-backend-engineer', 'https://northwind.teamtailor.com/jobs/3712345-senior-backend-engineer/applications/new'],
  personio: ['https://contoso.jobs.personio.de/job/1234567', 'https://contoso.jobs.personio.com/job/1234567?language=en&display=en'],
  bamboohr: ['https://acme.bamboohr.com/careers/123', 'https://acme.bamboohr.com/careers/123/apply', 'https://acme.bamboohr.com/jobs/view.php?id=123'],
  jobvite: ['https://jobs.jobvite.com/litware/job/oAbC1fwX', 'https://jobs.jobvite.com/litware/job/oAbC1fwX/apply'],
  gem: ['https://jobs.gem.com/acme/am9icG9zdDpAbCdEfGhIjKl', 'https://jobs.gem.com/acme/am9icG9zdDpAbCdEfGhIjKl/apply'],
  taleo: ['https://acme.taleo.net/careersection/2/jobdetail.ftl?job=2400123&lang=en', 'https://acme.taleo.net/careersection/jobdetail.ftl?job=2400123', 'https://acme.taleo.net/careersection/application.jss?type=1&lang=en&portal=8&reqNo=2400123'],
  successfactors: [
    'https://career5.successfactors.eu/career?career_ns=job_listing&company=acme&career_job_req_id=12345',
    'https://woodgrove.jobs2web.com/job/London-Senior-Data-Analyst/987654321/',
  ],
  rippling: ['https://ats.rippling.com/acme/jobs/5a3c1d2e-0f9b-4a7c-8e6d-1b2c3d4e5f60', 'https://ats.rippling.com/acme/jobs/5a3c1d2e-0f9b-4a7c-8e6d-1b2c3d4e5f60/apply'],
  dover: ['https://app.dover.com/apply/acme/5a3c1d2e-0f9b-4a7c-8e6d-1b2c3d4e5f60', 'https://app.dover.com/jobs/acme/5a3c1d2e-0f9b-4a7c-8e6d-1b2c3d4e5f60'],
  breezy: ['https://tailspin-toys.breezy.hr/p/3f2a1b4c5d6e-customer-success-manager', 'https://tailspin-toys.breezy.hr/p/3f2a1b4c5d6e-customer-success-manager/apply'],
  jazzhr: ['https://fabrikam.applytojob.com/apply/AbC123dEf4/Warehouse-Supervisor'],
};

const notPosting = [
  'https://www.linkedin.com/company/openai',
  'https://uk.linkedin.com/company/audiense',
  'https://www.linkedin.com/jobs/search?keywords=engineer',
  'https://www.linkedin.com/jobs/collections/recommended/',
  'https://www.indeed.com/jobs?q=engineer&l=Austin',
  'https://www.indeed.com/cmp/Techcorp',
  'https://www.indeed.com/cmp/Techcorp/jobs?vjk=b974b400e0228d67',
  'https://www.linkedin.com/jobs/search/?currentJobId=abc',
  'https://www.linkedin.com/company/openai/?currentJobId=4260945968',
  'https://boards.greenhouse.io/anthropic',
  'https://jobs.lever.co/company',
  'https://company.wd5.myworkdayjobs.com/en-US/External',
  'https://jobs.ashbyhq.com/openai',
  'https://apply.workable.com/acme/',
  'https://www.seek.com.au/software-engineer-jobs',
  'https://www.glassdoor.com/Job/austin-software-engineer-jobs-SRCH_IL.0,6_IC1139761_KO7,24.htm',
  'https://www.glassdoor.com/Overview/Working-at-Acme-EI_IE123.htm',
  'https://wellfound.com/jobs',
  'https://www.jobindex.dk/jobsoegning?q=python',
  'https://northwind.teamtailor.com/jobs',
  'https://www.teamtailor.com/jobs/123-how-to-hire',
  'https://contoso.jobs.personio.de/',
  'https://acme.bamboohr.com/careers',
  'https://jobs.jobvite.com/litware/jobs',
  'https://jobs.gem.com/acme',
  'https://jobs.gem.com/acme/search-results',
  'https://acme.taleo.net/careersection/2/jobsearch.ftl',
  'https://career5.successfactors.eu/career?company=acme',
  'https://ats.rippling.com/acme/jobs',
  'https://app.dover.com/jobs/acme',
  'https://tailspin-toys.breezy.hr/',
  'https://fabrikam.applytojob.com/apply',
];

describe('adapter page detection (pure URL functions)', () => {
  it('covers every board the brief names', () => {
    expect(ADAPTERS.map((a) => a.name).sort()).toEqual(Object.keys(posting).sort());
  });

  for (const [name, urls] of Object.entries(posting)) {
    it(`${name} recognises its posting URLs and no other adapter claims them`, () => {
      for (const u of urls) {
        const url = new URL(u);
        expect(ADAPTERS.filter((a) => a.matches(url)).map((a) => a.name), u).toEqual([name]);
        expect(adapterForHost(url)?.name).toBe(name);
      }
    });
  }

  it('does not treat search, company or list pages on a board as postings', () => {
    for (const u of notPosting) expect(ADAPTERS.filter((a) => a.matches(new URL(u))), u).toEqual([]);
  });

  it('claims no host outside job boards', () => {
    for (const u of ['https://medium.com/webpack/x', 'https://www.example.com/careers/software-engineer', 'https://evil-greenhouse.io/a/jobs/1', 'https://jobs.lever.co.evil.com/a/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b']) {
      expect(adapterForHost(new URL(u)), u).toBeNull();
    }
  });

});

/** Chrome's match-pattern rule for https patterns: `*.host` covers the host and its subdomains; `*` in the path is any text. */
function patternMatches(pattern: string, address: string): boolean {
  const m = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const url = new URL(address);
  const [, host, pathGlob] = m;
  const hostOk = host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host;
  const pathRe = new RegExp('^' + pathGlob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return url.protocol === 'https:' && hostOk && pathRe.test(url.pathname + url.search);
}

describe('the in-page chip match list, built from the adapters', () => {
  const boardAddresses = [
    ...Object.values(posting).flat(),
    'https://boards.eu.greenhouse.io/acme/jobs/4000000001',
    'https://job-boards.eu.greenhouse.io/acme/jobs/4000000001',
    'https://jobs.eu.lever.co/acme/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b',
    'https://careers.smartrecruiters.com/Acme/743999912345678-frontend-engineer',
    'https://www.wellfound.com/jobs/123-title',
    'https://wd3.myworkdaysite.com/recruiting/acme/External/job/City/Title_R123',
    'https://www.linkedin.com/jobs/search/?currentJobId=4260945968&keywords=engineer',
    'https://ca.indeed.com/jobs?q=php&vjk=b974b400e0228d67',
    'https://www.glassdoor.co.uk/Job/london-jobs-SRCH_IL.0,6_IC2671300.htm?jl=1009012345678',
  ];

  it('covers every address an adapter reads', () => {
    for (const address of boardAddresses) {
      expect(adapterForHost(new URL(address)), address).not.toBeNull();
      expect(JOB_BOARD_MATCHES.filter((p) => patternMatches(p, address)), address).not.toEqual([]);
    }
  });

  it('claims no host that no adapter reads', () => {
    for (const pattern of JOB_BOARD_MATCHES) {
      expect(pattern, pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
      const host = pattern.replace(/^https:\/\/(\*\.)?/, '').replace(/\/\*$/, '');
      for (const address of [`https://${host}/`, `https://www.${host}/`].slice(0, pattern.includes('*.') ? 2 : 1)) {
        expect(adapterForHost(new URL(address))?.patterns ?? [], `${pattern} → ${address}`).toContain(pattern);
      }
    }
  });

  it('leaves ordinary sites alone', () => {
    for (const address of ['https://www.example.com/careers/software-engineer', 'https://medium.com/jobs/x', 'https://evil-greenhouse.io/a/jobs/1', 'https://jobs.lever.co.evil.com/a/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b']) {
      expect(JOB_BOARD_MATCHES.filter((p) => patternMatches(p, address)), address).toEqual([]);
    }
  });
});
