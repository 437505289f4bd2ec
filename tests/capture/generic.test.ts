import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/capture/extract';
import { extractHtml } from './helpers';

const careerPage = (extra = '') => `<html><head><title>Senior Platform Engineer | Careers at Northwind</title>
<meta property="og:site_name" content="Northwind Careers"></head><body>
<header><a href="/">Northwind</a></header>
<main><h1>Senior Platform Engineer</h1>
<p>Location: Berlin, Germany</p><p>Employment type: Full-time</p><p>Salary: €80,000 – €95,000 per year</p>
<h2>About the role</h2><p>You will run our Kubernetes platform and help product teams ship safely every day.</p>
<h2>Responsibilities</h2><ul><li>Operate clusters</li><li>Improve CI</li></ul>
<h2>Requirements</h2><ul><li>5+ years of experience with Linux</li></ul>
<h2>Benefits</h2><p>30 days of holiday and a learning budget.</p>
<a href="/jobs/42/apply?utm_source=x">Apply now</a>${extra}</main></body></html>`;

describe('generic career pages', () => {
  it('reads a company career page from its heading, labels and title', () => {
    const r = extractHtml(careerPage(), 'https://careers.northwind.example/jobs/42?utm_source=linkedin#top');
    expect(r.kind).toBe('posting');
    expect(r.posting).toMatchObject({
      title: 'Senior Platform Engineer', company: 'Northwind', location: 'Berlin, Germany', employmentType: 'Full-time',
      salary: { min: 80000, max: 95000, currency: 'EUR', period: 'year' }, source: 'generic',
      url: 'https://careers.northwind.example/jobs/42', applyUrl: 'https://careers.northwind.example/jobs/42/apply?utm_source=x',
    });
    expect(r.posting!.description).toContain('Kubernetes platform');
  });

  it('reads a job object from __NEXT_DATA__', () => {
    const next = JSON.stringify({ props: { pageProps: { job: { title: 'Staff Designer', companyName: 'Fabrikam', locationName: 'Remote, EU', employmentType: 'Full-time', publishedAt: '2024-07-01T10:00:00Z', descriptionHtml: '<p>Lead design.</p>' } } } });
    const html = `<html><head><title>Fabrikam</title><script id="__NEXT_DATA__" type="application/json">${next}</script></head>
      <body><div id="__next"><h1>Staff Designer</h1><p>What you'll do: lead design, apply now. Requirements: taste. Benefits: yes.</p></div></body></html>`;
    const r = extractHtml(html, 'https://fabrikam.example/careers/staff-designer');
    expect(r.posting).toMatchObject({ title: 'Staff Designer', company: 'Fabrikam', location: 'Remote, EU', datePosted: '2024-07-01', source: 'generic' });
  });
});

describe('pages that are not postings', () => {
  it('a list of jobs', () => {
    const rows = Array.from({ length: 14 }, (_, i) => `<li><a href="/jobs/${i + 1}-engineer">Engineer ${i + 1}</a> Berlin · Full-time</li>`).join('');
    const html = `<html><head><title>Open positions | Northwind</title></head><body><h1>Open positions</h1>
      <p>Requirements differ per role. Apply now! Responsibilities and benefits are listed on each job.</p><ul>${rows}</ul></body></html>`;
    expect(extractHtml(html, 'https://careers.northwind.example/jobs')).toEqual({ kind: 'none', posting: null });
  });

  it('a blog article about hiring', () => {
    const html = careerPage().replace('<head>', '<head><meta property="og:type" content="article">');
    expect(extractHtml(html, 'https://northwind.example/2024/hiring-platform-engineers').kind).toBe('none');
    expect(extractHtml(careerPage(), 'https://northwind.example/blog/senior-platform-engineer').kind).toBe('none');
  });

  it('a company page', () => {
    const html = `<html><head><title>Northwind | About us</title><meta property="og:type" content="profile"></head><body>
      <h1>Northwind</h1><p>Northwind Traders. Location: Berlin. We are a team of 200. See our open jobs and apply!</p></body></html>`;
    expect(extractHtml(html, 'https://northwind.example/about').kind).toBe('none');
  });

  it('a bot wall / 429 / captcha page and a login wall', () => {
    const wall = `<html><head><title>Just a moment...</title></head><body><h1>Senior Platform Engineer</h1>
      <p>Checking your browser before accessing careers.northwind.example. Please complete the captcha. Location: Berlin. Apply. Requirements. Responsibilities.</p></body></html>`;
    expect(extractHtml(wall, 'https://careers.northwind.example/jobs/42').kind).toBe('none');
    const login = `<html><head><title>Sign in</title></head><body><h1>Senior Platform Engineer</h1><form><input type="password"></form>
      <p>Sign in to view this job. Location: Berlin. Apply now. Requirements, responsibilities and benefits after login.</p></body></html>`;
    expect(extractHtml(login, 'https://careers.northwind.example/jobs/42').kind).toBe('none');
  });

  it('never throws on junk input', () => {
    expect(extractHtml('', 'https://x.example/')).toEqual({ kind: 'none', posting: null });
    expect(extractHtml('<html><body><h1>Hi</h1></body></html>', 'not a url')).toEqual({ kind: 'none', posting: null });
    expect(extractPage(null as unknown as Document, 'https://x.example/')).toEqual({ kind: 'none', posting: null });
    const deep = '<div>'.repeat(5000) + 'Engineer' + '</div>'.repeat(5000);
    expect(extractHtml(deep, 'https://x.example/jobs/1').kind).toBe('none');
  });
});

describe('hostile markup', () => {
  it('turns script/onerror markup in title and description into inert text, running nothing', () => {
    const g = globalThis as Record<string, unknown>;
    g.__pwned = false;
    const title = '&lt;img src=x onerror=&quot;globalThis.__pwned=true&quot;&gt;Engineer&lt;script&gt;globalThis.__pwned=true&lt;/script&gt;';
    const html = `<html><head><script>globalThis.__pwned = true</script>
      <script type="application/ld+json">{"@type":"JobPosting","title":"${title.replace(/"/g, '\\"')}","hiringOrganization":"<b onmouseover=alert(1)>Evil</b> Corp",
      "description":"<p>Hi</p><script>globalThis.__pwned=true<\\/script><img src=x onerror=alert(1)><iframe src=javascript:alert(1)></iframe>ok"}</script></head>
      <body><h1><img src=x onerror="globalThis.__pwned=true">Engineer</h1><a class="apply" href="javascript:alert(1)">Apply</a></body></html>`;
    const r = extractHtml(html, 'https://careers.evil.example/jobs/1');
    expect(r.kind).toBe('posting');
    const p = r.posting!;
    expect(p.title).toBe('Engineer');
    expect(p.company).toBe('Evil Corp');
    expect(p.description).toBe('Hi\nok');
    for (const v of [p.title, p.company, p.description]) expect(v).not.toMatch(/<|onerror|script/i);
    expect(g.__pwned).toBe(false);
  });

  it('never returns a javascript: apply link', () => {
    const html = careerPage().replace('href="/jobs/42/apply?utm_source=x"', 'href="javascript:alert(1)"');
    expect(extractHtml(html, 'https://careers.northwind.example/jobs/42').posting!.applyUrl).toBeNull();
  });
});

describe('application submitted pages', () => {
  it('greenhouse and lever confirmation pages', () => {
    const gh = `<html><head><title>Anthropic</title></head><body><div id="application_confirmation"><h1>Thank you for applying.</h1>
      <p>Your application has been received. If there is a fit, someone will be in touch.</p></div></body></html>`;
    const r = extractHtml(gh, 'https://boards.greenhouse.io/anthropic/jobs/4182383008/confirmation');
    expect(r.kind).toBe('submitted');
    const lever = `<html><head><title>ExampleCorp</title></head><body><div class="main-header-logo"><img alt="ExampleCorp logo"></div>
      <div class="section page-centered"><h3>Application submitted!</h3><p>Thanks for applying to ExampleCorp.</p></div></body></html>`;
    const l = extractHtml(lever, 'https://jobs.lever.co/examplecorp/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b/thanks');
    expect(l.kind).toBe('submitted');
    expect(l.posting?.company).toBe('ExampleCorp');
  });

  it('needs an ATS host or confirmation URL, and the wording where people read it', () => {
    const thanks = '<html><body><h1>Thank you for applying!</h1></body></html>';
    expect(extractHtml(thanks, 'https://random-blog.example/my-story').kind).toBe('none');
    // Greenhouse ships its confirmation text inside the posting page's script data: not a submission.
    const posting = `<html><body><h1>Engineer</h1><script>var x = {"confirmation_message":"<h1>Thank you for applying.</h1>"}</script></body></html>`;
    expect(extractHtml(posting, 'https://job-boards.greenhouse.io/acme/jobs/1').kind).not.toBe('submitted');
  });
});
