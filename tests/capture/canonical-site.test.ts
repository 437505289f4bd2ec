import { describe, expect, test } from 'vitest';
import { canonicalUrl } from '../../utils/capture/url';

/** The address a page at `pageUrl` is filed under when it names `canonical` as its canonical link. */
function filedUnder(pageUrl: string, canonical: string): string {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head><link rel="canonical" href="${canonical}"></head><body><h1>Engineer</h1></body></html>`, 'text/html');
  return canonicalUrl(doc, new URL(pageUrl), pageUrl);
}

describe("a posting's canonical link counts only on the page's own site", () => {
  test('the same board under another host name of its own is followed', () => {
    expect(filedUnder('https://www.seek.com.au/job/81234567?ref=search', 'https://seek.com.au/job/81234567')).toBe('https://seek.com.au/job/81234567');
    expect(filedUnder('https://boards.greenhouse.io/acme/jobs/1?gh_src=x', 'https://boards.greenhouse.io/acme/jobs/1')).toBe('https://boards.greenhouse.io/acme/jobs/1');
  });

  test('a neighbour under the same public suffix is not the same site', () => {
    expect(filedUnder('https://www.seek.com.au/job/81234567', 'https://evil.com.au/job/81234567')).toBe('https://www.seek.com.au/job/81234567');
    expect(filedUnder('https://www.glassdoor.co.uk/job-listing/x?jl=1', 'https://other.co.uk/job-listing/x?jl=1')).toBe('https://www.glassdoor.co.uk/job-listing/x?jl=1');
  });

  test('one Workday tenant is not another', () => {
    const page = 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote/Engineer_R1';
    expect(filedUnder(page, 'https://globex.wd5.myworkdayjobs.com/en-US/External/job/Remote/Engineer_R9')).toBe(page);
  });
});

describe("a canonical naming the site's front page is a template default, not the posting's address", () => {
  test('a posting whose og:url is the home page keeps its own address', () => {
    // Shape of a Sri Lankan board's posting view: every vacancy carries og:url "https://topjobs.lk/".
    const page = 'https://www.topjobs.lk/employer/JobAdvertismentServlet?ac=0000000123&jc=0001234567';
    expect(filedUnder(page, 'https://topjobs.lk/')).toBe(page);
  });

  test("the front page's own canonical is still followed on the front page", () => {
    expect(filedUnder('https://acme.example/?utm_source=x', 'https://acme.example/')).toBe('https://acme.example/');
  });
});
