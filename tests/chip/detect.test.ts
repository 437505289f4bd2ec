import { describe, expect, test } from 'vitest';
import type { ExtractedPosting } from '../../utils/capture/types';
import { chipStateFor, openJobSignature } from '../../utils/chip/detect';
import { httpsOnly } from '../../utils/chip/matches';

const read = (fields: Partial<ExtractedPosting>): ExtractedPosting => ({
  title: '', company: null, location: null, employmentType: null, remote: null, salary: null, datePosted: null,
  description: null, applyUrl: null, url: '', source: 'greenhouse', ...fields,
});
const lookupNone = async () => null;

describe('what the chip offers on a thank-you page Ajar has no application for', () => {
  test('saving it as applied, at the posting\'s address, never with the page\'s "thank you" heading as the title', async () => {
    const page = 'https://boards.greenhouse.io/globex/jobs/4000002/confirmation';
    const state = await chipStateFor({ kind: 'submitted', posting: read({ title: 'Thank you for applying', company: 'Globex', url: page }) }, page, lookupNone);
    expect(state).toMatchObject({ view: 'save-applied', posting: { title: '', company: 'Globex', url: 'https://boards.greenhouse.io/globex/jobs/4000002' } });
  });

  test('a real job title the board still shows on its confirmation is kept', async () => {
    const page = 'https://jobs.lever.co/acme/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b/thanks';
    const state = await chipStateFor({ kind: 'submitted', posting: read({ title: 'Data Engineer', company: 'Acme', url: 'https://jobs.lever.co/acme/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b' }) }, page, lookupNone);
    expect(state).toMatchObject({ view: 'save-applied', posting: { title: 'Data Engineer', company: 'Acme' } });
  });
});

describe('the open job as the board states it', () => {
  test('a search list with a job open names that job; a page with nothing open, or a posting with no such hint, names none', () => {
    const empty = document.implementation.createHTMLDocument('');
    expect(openJobSignature(empty, 'https://www.linkedin.com/jobs/search/?currentJobId=4260945968')).toBe('https://www.linkedin.com/jobs/view/4260945968/');
    expect(openJobSignature(empty, 'https://www.indeed.com/jobs?q=php&vjk=b974b400e0228d67')).toBe('https://www.indeed.com/viewjob?jk=b974b400e0228d67');
    expect(openJobSignature(empty, 'https://www.linkedin.com/jobs/search/?keywords=php')).toBeNull();
    expect(openJobSignature(empty, 'https://boards.greenhouse.io/acme/jobs/1')).toBeNull();
  });
});

test('the chip\'s match patterns are https only, whatever form a board states them in', () => {
  expect(httpsOnly(['*://jobs.lever.co/*', 'http://x.example/*', 'https://*.indeed.com/*', 'https://*.indeed.com/*'])).toEqual([
    'https://jobs.lever.co/*', 'https://x.example/*', 'https://*.indeed.com/*',
  ]);
});
