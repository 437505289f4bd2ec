import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../utils/db/database';
import { updateSettings } from '../../utils/db/repository';
import { captureHandlers } from '../../utils/background/capture-handlers';
import { sameSite } from '../../utils/same-site';
import type { ExtractedPosting } from '../../utils/capture/types';

describe('the same site, public-suffix aware', () => {
  test('one registrable domain is one site, whatever its subdomains', () => {
    expect(sameSite('https://www.seek.com.au/job/1', 'https://seek.com.au/job/1')).toBe(true);
    expect(sameSite('https://uk.indeed.com/viewjob?jk=1', 'https://www.indeed.com/viewjob?jk=1')).toBe(true);
    expect(sameSite('https://boards.greenhouse.io/acme/jobs/1', 'https://job-boards.greenhouse.io/acme/jobs/1')).toBe(true);
  });

  test('two sites under one public suffix are two sites, and a suffix is no site at all', () => {
    expect(sameSite('https://www.seek.com.au/job/1', 'https://evil.com.au/job/1')).toBe(false);
    expect(sameSite('https://www.seek.com.au/job/1', 'https://com.au/job/1')).toBe(false);
    expect(sameSite('https://acme.github.io/jobs', 'https://globex.github.io/jobs')).toBe(false);
  });

  test("on a shared applicant-tracking host, each employer's board is its own site", () => {
    expect(sameSite('https://acme.wd5.myworkdayjobs.com/External/job/x', 'https://globex.wd5.myworkdayjobs.com/External/job/x')).toBe(false);
    expect(sameSite('https://acme.wd5.myworkdayjobs.com/External/job/x', 'https://myworkdayjobs.com/External/job/x')).toBe(false);
    expect(sameSite('https://acme.wd5.myworkdayjobs.com/External/job/x', 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/x')).toBe(true);
    expect(sameSite('https://acme.recruitee.com/o/engineer', 'https://globex.recruitee.com/o/engineer')).toBe(false);
  });

  test('only web addresses are sites', () => {
    expect(sameSite('javascript:alert(1)', 'https://seek.com.au/')).toBe(false);
    expect(sameSite('not an address', 'https://seek.com.au/')).toBe(false);
  });
});

describe('the chip files a posting under the page that sent it', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await updateSettings({ timeZone: 'UTC' });
  });

  const page = 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote/Engineer_R1';
  const sender = { id: 'test-extension-id', url: `${page}?source=LinkedIn#apply`, tab: { id: 3 } } as Browser.runtime.MessageSender;
  const posting = (url: string): ExtractedPosting => ({
    title: 'Engineer', company: 'Acme', location: null, employmentType: null, remote: null, salary: null, datePosted: null,
    description: null, applyUrl: null, url, source: 'workday',
  });

  test("an address on another employer's board is replaced by the page's own", async () => {
    await captureHandlers.savePosting({ posting: posting('https://globex.wd5.myworkdayjobs.com/en-US/External/job/Remote/Engineer_R9'), applied: false }, sender);
    const [saved] = await db.applications.toArray();
    expect(saved.url).toBe(page);
  });

  test('an address on the same board is kept', async () => {
    await captureHandlers.savePosting({ posting: posting(`${page}?a=1`), applied: false }, sender);
    expect((await db.applications.toArray())[0].url).toBe(`${page}?a=1`);
  });
});
