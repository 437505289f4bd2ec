import { describe, expect, it } from 'vitest';
import { extractHtml } from './helpers';

// Company career sites (the generic pass): the company comes from what the site says about itself, the
// location from a labelled field, the line under the title or the app state, and uncertain stays empty.

const BODY = `<h2>About the role</h2><p>You will build the systems our customers rely on every day, with a small team.</p>
<h2>Responsibilities</h2><ul><li>Design and ship services</li><li>Review code</li></ul>
<h2>Requirements</h2><ul><li>5+ years of experience with distributed systems</li></ul>
<h2>Benefits</h2><p>Health cover, learning budget and a full-time salary.</p><a href="/apply">Apply now</a>`;

const page = (head: string, main: string, chrome = '') =>
  `<html><head>${head}</head><body>${chrome}<main>${main}${BODY}</main></body></html>`;

const NAV = `<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li>Company</li><li>About TikTok Newsroom Contact</li>
  <li>Location</li><li>Early Careers</li></ul></nav><div class="breadcrumbs">Home › Careers › Engineering</div></header>`;
const FOOTER = '<footer><p>Company</p><p>Home About Newsroom</p><p>Location: Our offices</p></footer>';

describe('company on career sites', () => {
  it('never takes navigation, breadcrumb or footer text for the company', () => {
    const r = extractHtml(page('<title>Backend Engineer</title>', '<h1>Backend Engineer</h1><p>San Jose, CA, United States</p>', NAV) + FOOTER, 'https://lifeattiktok.com/search/7301');
    expect(r.kind).toBe('posting');
    expect(r.posting!.company).toBeNull();
    expect(r.posting!.location).toBe('San Jose, CA, United States');
  });

  it('reads og:site_name, then the title suffix, before any heading text', () => {
    const og = extractHtml(page('<title>Backend Engineer</title><meta property="og:site_name" content="Contoso Careers">', '<h1>Backend Engineer</h1><p>Location: Austin, TX</p>', NAV), 'https://jobs.contoso.example/42');
    expect(og.posting!.company).toBe('Contoso');
    const dash = extractHtml(page('<title>Backend Engineer – Fabrikam</title>', '<h1>Backend Engineer</h1><p>Location: Austin, TX</p>', NAV), 'https://fabrikam.example/jobs/42');
    expect(dash.posting!.company).toBe('Fabrikam');
    const pipe = extractHtml(page('<title>Backend Engineer - Austin, TX | Northwind Careers</title>', '<h1>Backend Engineer</h1><p>Location: Austin, TX</p>'), 'https://northwind.example/jobs/42');
    expect(pipe.posting!.company).toBe('Northwind');
  });

  it('falls back to the host name when the page names the company that way', () => {
    const r = extractHtml(page('<title>Backend Engineer</title>', '<h1>Backend Engineer</h1><p>Remote, Americas</p><p>At Vercel we build the frontend cloud.</p>'), 'https://vercel.com/careers/backend-engineer-5012');
    expect(r.posting).toMatchObject({ company: 'Vercel', location: 'Remote, Americas' });
    // The page never says "Withwaymo": the host is no company name then.
    const other = extractHtml(page('<title>Backend Engineer</title>', '<h1>Backend Engineer</h1><p>Mountain View, California</p>'), 'https://careers.withwaymo.com/jobs/backend-engineer');
    expect(other.posting!.company).toBeNull();
  });

  it('splits a board\'s "Role at Company" heading into the title and the employer, ahead of the board\'s site name', () => {
    // Shape of a startup board hosting many employers: the heading runs a batch badge on, the site name is the board's.
    const head = `<title>Backend Engineer (India) at VectorShift | Y Combinator's Work at a Startup</title>
      <meta property="og:site_name" content="Y Combinator's Work at a Startup">`;
    const heading = '<h1>Backend Engineer (India) at <a href="/companies/vectorshift">VectorShift</a><span class="ml-2">(S23)</span></h1><p>Location: Bengaluru, India</p>';
    const r = extractHtml(page(head, heading), 'https://www.workatastartup.com/jobs/93768');
    expect(r.posting).toMatchObject({ title: 'Backend Engineer (India)', company: 'VectorShift' });
    // A heading with only the role still lets the page title name the employer before the board.
    const plain = extractHtml(page(head, '<h1>Backend Engineer (India)</h1><p>Location: Bengaluru, India</p>'), 'https://www.workatastartup.com/jobs/93768');
    expect(plain.posting).toMatchObject({ title: 'Backend Engineer (India)', company: 'VectorShift' });
  });

  it('keeps a heading that only happens to contain "at" when the page title does not say so', () => {
    const r = extractHtml(page('<title>Engineer at Large | Northwind Careers</title>', '<h1>Research Engineer at Large Scale</h1><p>Location: Oslo, Norway</p>'), 'https://northwind.example/jobs/3');
    expect(r.posting!.title).toBe('Research Engineer at Large Scale');
    expect(r.posting!.company).toBe('Northwind');
  });

  it('reads the employer from elements named hiringOrganization even when the structured data around them is broken', () => {
    // Shape of a government job bank re-listing other sites' postings: RDFa properties under an empty typeof,
    // and a page title ending in the bank's own name.
    const main = `<div vocab="" typeof=""><h1 property="name"><span property="title">cloud developer</span></h1>
      <p><span property="datePosted">Posted on February 10, 2026</span> by <span property="hiringOrganization" typeof="Organization"><span property="name"><strong>Zenith Algorithms</strong></span></span></p>
      <p>Location: Toronto, ON</p></div>`;
    const r = extractHtml(page('<title>cloud developer - Toronto, ON - Job posting - Job Bank</title>', main), 'https://www.jobbank.gc.ca/jobsearch/jobposting/48923117');
    expect(r.posting).toMatchObject({ title: 'cloud developer', company: 'Zenith Algorithms', location: 'Toronto, ON' });
  });

  it('reads the site name from the app state', () => {
    const next = JSON.stringify({ props: { pageProps: { site: { siteName: 'Tailspin Toys' }, navigation: [] } } });
    const r = extractHtml(page(`<title>Backend Engineer</title><script id="__NEXT_DATA__" type="application/json">${next}</script>`, '<h1>Backend Engineer</h1><p>Location: Leeds, UK</p>'), 'https://jobs.example/42');
    expect(r.posting!.company).toBe('Tailspin Toys');
  });
});

describe('location on career sites', () => {
  it('reads the line right under the title', () => {
    const r = extractHtml(page('<title>Data Scientist | Acme</title>', '<div class="hero"><h1>Data Scientist</h1><div class="meta"><span>San Mateo, CA, United States</span> · <span>Full-time</span></div></div>'), 'https://acme.example/jobs/7');
    expect(r.posting!.location).toBe('San Mateo, CA, United States');
  });

  it('reads labels in any spacing and in the common languages', () => {
    const read = (label: string) => extractHtml(page('<title>Data Scientist | Acme</title>', `<h1>Data Scientist</h1><p>${label}</p>`), 'https://acme.example/jobs/7').posting!.location;
    expect(read('Location : San Jose')).toBe('San Jose');
    expect(read('Location:San Jose')).toBe('San Jose');
    expect(read('Standort: München')).toBe('München');
    expect(read('Lieu : Paris, France')).toBe('Paris, France');
    expect(read('Ubicación: Madrid, España')).toBe('Madrid, España');
  });

  it('reads a dt/dd pair where the value is on the next line', () => {
    const r = extractHtml(page('<title>Data Scientist | Acme</title>', '<h1>Data Scientist</h1><dl><dt>Location</dt><dd>Zürich</dd><dt>Team</dt><dd>Early Careers</dd></dl>'), 'https://acme.example/jobs/7');
    expect(r.posting!.location).toBe('Zürich');
  });

  it('reads the place beside a map-pin icon, and never a bare "On site" as the place', () => {
    // Shape of a government job bank: a "Work location: On site" line, and the place itself after a pin
    // icon whose label is visually hidden (so the text runs together as "LocationToronto, ON").
    const jobBank = `<div class="title-header"><h1>cloud developer</h1><p>Title posted on indeed.com - Python Backend Developer</p>
      <p>Posted on February 10, 2026 by Zenith Algorithms</p></div><h2>Job details</h2><p>Build data pipelines.</p><ul class="job-posting-brief">
      <li><span class="fas fa-map-marker-alt" aria-hidden="true"></span><span class="wb-inv">Location</span><span><span>Toronto</span>, <span>ON</span></span></li>
      <li><span class="fas fa-building" aria-hidden="true"></span><span class="wb-inv">Work location</span> <span>On site</span></li></ul>`;
    expect(extractHtml(page('<title>cloud developer | Acme</title>', jobBank), 'https://acme.example/jobs/9').posting!.location).toBe('Toronto, ON');
    // Shape of a startup board: icon chips in one row (an SVG pin, then the text).
    const chips = `<div class="hero"><h1>Backend Engineer</h1><div><span>$20K - $30K</span></div><div>Automations platform</div>
      <div class="flex"><span class="chip"><svg data-icon="location-dot" class="svg-inline--fa fa-location-dot"><path d="M0 0"></path></svg><span>IN / Remote (IN)</span></span><span class="chip"><svg data-icon="clock"></svg><span>Full-time</span></span></div></div>`;
    expect(extractHtml(page('<title>Backend Engineer | Acme</title>', chips), 'https://acme.example/jobs/10').posting!.location).toBe('IN / Remote (IN)');
  });

  it('does not read an office pin in the footer as the job\'s place', () => {
    const footer = '<footer><p><i class="fa fa-map-marker"></i> 1 Market St, San Francisco, CA</p></footer>';
    const r = extractHtml(page('<title>Data Scientist | Acme</title>', '<h1>Data Scientist</h1>', '') .replace('</main>', `</main>${footer}`), 'https://acme.example/jobs/11');
    expect(r.posting!.location).toBeNull();
  });

  it('does not read a team or programme name as a location', () => {
    const r = extractHtml(page('<title>Software Engineer Intern | Acme</title>', '<h1>Software Engineer Intern</h1><p>Early Careers</p><p class="job-location">Early Careers</p>', NAV), 'https://acme.example/jobs/8');
    expect(r.posting!.location).toBeNull();
  });
});

describe('app state of framework-built career sites', () => {
  const shell = (scripts: string) => `<html><head><title>Acme</title>${scripts}</head><body><div id="root"><h1>Product Designer</h1><p>Loading…</p></div></body></html>`;
  const job = { title: 'Product Designer', location: { name: 'Lisbon, Portugal' }, employmentType: 'Full-time', description: '<p>Responsibilities: design. Requirements: taste. Apply now.</p>', company: { name: 'Acme' } };

  it('Next.js App Router (streamed props)', () => {
    const line = `1a:["$","div",null,{"job":${JSON.stringify(job)}}]\n`;
    const r = extractHtml(shell(`<script>self.__next_f.push([1,${JSON.stringify(line)}])</script>`), 'https://acme.example/careers/product-designer');
    expect(r.posting).toMatchObject({ title: 'Product Designer', company: 'Acme', location: 'Lisbon, Portugal', source: 'generic' });
  });

  it('Nuxt 3 (flattened payload)', () => {
    // devalue: every value inside an object or array is the index of another entry.
    const payload = [{ data: 1 }, ['ShallowReactive', 2], { job: 3 }, { title: 4, location: 5, employmentType: 6, description: 7, company: 8 },
      'Product Designer', 'Lisbon, Portugal', 'Full-time', job.description, 'Acme'];
    const r = extractHtml(shell(`<script type="application/json" id="__NUXT_DATA__">${JSON.stringify(payload)}</script>`), 'https://acme.example/careers/product-designer');
    expect(r.posting).toMatchObject({ title: 'Product Designer', company: 'Acme', location: 'Lisbon, Portugal' });
  });

  it('Remix (hydration context)', () => {
    const ctx = { state: { loaderData: { 'routes/jobs.$id': { job } } } };
    const r = extractHtml(shell(`<script>window.__remixContext = ${JSON.stringify(ctx)};</script>`), 'https://acme.example/careers/product-designer');
    expect(r.posting).toMatchObject({ title: 'Product Designer', location: 'Lisbon, Portugal' });
  });
});

describe('structured data that leaves the company or place out', () => {
  it('fills them from the page, never overriding what the JSON-LD says', () => {
    const ld = (extra: string) => `<script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","datePosted":"2024-11-01"${extra}}</script>`;
    const head = (extra: string) => `<title>Data Engineer | Fabrikam</title><meta property="og:site_name" content="Fabrikam Careers">${ld(extra)}`;
    const main = '<h1>Data Engineer</h1><p>Location: Lisbon, Portugal</p>';
    const bare = extractHtml(page(head(''), main, NAV), 'https://careers.fabrikam.example/jobs/9');
    expect(bare.posting).toMatchObject({ title: 'Data Engineer', company: 'Fabrikam', location: 'Lisbon, Portugal', source: 'jsonld' });
    const full = extractHtml(page(head(',"hiringOrganization":{"name":"Fabrikam Ltd"},"jobLocation":{"address":{"addressLocality":"Porto"}}'), main), 'https://careers.fabrikam.example/jobs/9');
    expect(full.posting).toMatchObject({ company: 'Fabrikam Ltd', location: 'Porto' });
  });
});
