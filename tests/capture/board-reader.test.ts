import { readFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { JOB_BOARD_MATCHES } from '../../utils/capture/boards';
import { calendarDay } from '../../utils/capture/calendar-day';
import { extractBoardPage } from '../../utils/capture/extract-boards';
import { extractPage } from '../../utils/capture/extract';
import { parseHtml } from '../../utils/capture/parse-html';
import { adapterForHost } from '../../utils/capture/sources';
import { FIXTURES, NOW, PAGES } from './helpers';

// The job-board content script reads pages without the generic pass (and so without Readability). That
// is only safe because every host it runs on has an adapter, and on a board host the generic pass never
// runs; these tests hold both facts and compare the two readers on every fixture.

const sharedCases = (JSON.parse(readFileSync(path.join(FIXTURES, 'cases.json'), 'utf8')) as { cases: { file: string; url: string }[] }).cases
  .map((c) => ({ file: path.join(FIXTURES, c.file), url: c.url }));
const localCases = [
  ['synthetic-lever-posting.html', 'https://jobs.lever.co/examplecorp/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b?lever-source=linkedin'],
  ['synthetic-workday-posting.html', 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Austin-TX/Software-Engineer-II_R123'],
  ['synthetic-ashby-posting.html', 'https://jobs.ashbyhq.com/linear/0d3c1b2a-9f8e-4d7c-b6a5-1234567890ab'],
  ['synthetic-smartrecruiters-posting.html', 'https://jobs.smartrecruiters.com/LuxuryEscapes/743999912345678-frontend-engineer'],
  ['synthetic-workable-posting.html', 'https://apply.workable.com/zoomo/j/3F2A1B4C5D/'],
  ['synthetic-recruitee-posting.html', 'https://acme.recruitee.com/o/senior-backend-engineer'],
  ['synthetic-icims-posting.html', 'https://careers-acme.icims.com/jobs/12345/senior-data-scientist/job'],
  ['synthetic-seek-posting.html', 'https://www.seek.com.au/job/12345678'],
  ['synthetic-glassdoor-posting.html', 'https://www.glassdoor.com/job-listing/senior-software-engineer-acme-robotics-JV_IC1154532_KO0,24_KE25,38.htm?jl=1009012345678'],
  ['synthetic-wellfound-posting.html', 'https://wellfound.com/jobs/2961234-senior-frontend-engineer'],
  ['synthetic-indeed-posting.html', 'https://www.indeed.com/viewjob?jk=4f1e2d3c4b5a6978&from=serp&vjs=3'],
  ['synthetic-glassdoor-search-pane.html', 'https://www.glassdoor.com/Job/austin-software-engineer-jobs-SRCH_IL.0,6_IC1139761_KO7,24.htm?jl=1009022222222'],
  ['synthetic-linkedin-signed-in-view.html', 'https://www.linkedin.com/jobs/view/4012345678/'],
  ['synthetic-teamtailor-application.html', 'https://northwind.teamtailor.com/jobs/3712345-senior-backend-engineer/applications/new'],
  ['synthetic-personio-posting.html', 'https://contoso.jobs.personio.de/job/1234567?language=de#apply'],
  ['synthetic-breezy-posting.html', 'https://tailspin-toys.breezy.hr/p/3f2a1b4c5d6e-customer-success-manager'],
  ['synthetic-jazzhr-posting.html', 'https://fabrikam.applytojob.com/apply/AbC123dEf4/Warehouse-Supervisor?source=LinkedIn'],
  ['synthetic-jobvite-posting.html', 'https://jobs.jobvite.com/litware/job/oAbC1fwX/apply'],
  ['synthetic-successfactors-posting.html', 'https://woodgrove.jobs2web.com/job/London-Senior-Data-Analyst/987654321/'],
  ['synthetic-greenhouse-embed-job-app.html', 'https://boards.greenhouse.io/embed/job_app?for=contoso&token=4000000001'],
  ['synthetic-lever-application.html', 'https://jobs.lever.co/examplecorp/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b/apply'],
].map(([file, url]) => ({ file: path.join(PAGES, file), url }));

/** A concrete address for a match pattern: '*.' becomes 'www.', the path wildcard a path. */
function addressOf(pattern: string): string {
  return pattern.replace('*.', 'www.').replace(/\*$/, 'view/1');
}

describe('the job-board reader', () => {
  it('runs only where a board adapter knows the host', () => {
    for (const pattern of JOB_BOARD_MATCHES) {
      expect(adapterForHost(new URL(addressOf(pattern))), pattern).not.toBeNull();
    }
  });

  it.each([...sharedCases, ...localCases])('reads $url as the full reader does when it is on a board', ({ file, url }) => {
    const html = readFileSync(file, 'utf8');
    const full = extractPage(parseHtml(html, url), url, NOW);
    const boards = extractBoardPage(parseHtml(html, url), url, NOW);
    if (adapterForHost(new URL(url))) expect(boards).toEqual(full);
    else expect(boards.kind === 'none' || full.posting?.source !== 'generic').toBe(true);
  });

  it('never guesses on a page of no known board', () => {
    const careers = sharedCases.find((c) => c.url.startsWith('https://www.example.com/careers/'))!;
    const html = readFileSync(careers.file, 'utf8');
    const full = extractPage(parseHtml(html, careers.url), careers.url, NOW);
    expect(full.kind).toBe('posting');
    if (full.posting?.source === 'generic') expect(extractBoardPage(parseHtml(html, careers.url), careers.url, NOW).kind).toBe('none');
  });
});

describe('calendarDay', () => {
  it("writes the local day as date-fns' yyyy-MM-dd does", () => {
    const days = [new Date(2024, 1, 29, 23, 59), new Date(1999, 11, 31), new Date(2100, 0, 1, 0, 0, 1), new Date(5, 6, 7), new Date(-2974, 3, 4), NOW];
    days[3].setFullYear(5);
    for (let time = Date.UTC(1990, 0, 1); time < Date.UTC(2031, 0, 1); time += 86_400_000 * 37 + 3_600_000) days.push(new Date(time));
    for (const day of days) expect(calendarDay(day)).toBe(format(day, 'yyyy-MM-dd'));
  });

  it('refuses an invalid date the way format does', () => {
    expect(() => calendarDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
