import { z } from 'zod';
import type { RequestChecks } from '../messages';

// A page drives the content script that sends these, so every field is checked for shape and size here,
// in the background, before anything reads or writes. The limits sit above what capture itself keeps
// (utils/capture/finalize.ts caps each field), so a real posting always fits.

const words = (max: number, what: string) => z.string().max(max, { error: `is longer than ${what} ever is (at most ${max.toLocaleString('en')} characters)` });
const webAddress = words(4096, 'a web address').refine((text) => /^https?:\/\//i.test(text), { error: 'should be a web address starting with http(s)://' });
const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'should be a date like 2026-03-20' });
const amount = z.number().finite().min(0).max(1e10).nullable();

const postingCheck = z.object({
  title: words(500, 'a job title'),
  company: words(300, "a company's name").nullable(),
  location: words(500, 'a location').nullable(),
  employmentType: words(100, 'an employment type').nullable(),
  remote: z.boolean().nullable(),
  salary: z.object({ min: amount, max: amount, currency: words(10, 'a currency').nullable(), period: words(20, 'a pay period').nullable() }).nullable(),
  datePosted: calendarDay.nullable(),
  description: words(25_000, 'a posting').nullable(),
  applyUrl: webAddress.nullable(),
  url: webAddress,
  source: words(40, "a source's name"),
});

const applicationId = z.string().min(1, { error: 'is empty' }).max(200, { error: 'is longer than any id Ajar writes' });

export const requestChecks: RequestChecks = {
  promptsChanged: z.undefined(),
  lookupPosting: z.object({ url: words(4096, 'a web address'), company: words(300, "a company's name").nullable(), title: words(500, 'a job title').nullable() }),
  savePosting: z.object({ posting: postingCheck, applied: z.boolean() }),
  markApplied: z.object({ applicationId }),
  // Only a place in the dashboard ("#/application/a1"), never another page's address.
  openDashboard: z.object({ hash: z.string().max(600, { error: 'is longer than any place in the dashboard' }).regex(/^#\/[\w\-./%?=&]*$/, { error: 'should be a place in the dashboard like #/today' }) }),
};
