import * as z from 'zod/mini';
import type { RequestChecks } from '../messages';

// A page drives the content script that sends these, so every field is checked for shape and size here,
// in the background, before anything reads or writes. The limits sit above what capture itself keeps
// (utils/capture/finalize.ts caps each field), so a real posting always fits. zod/mini: the worker
// starts on every wake, and the full zod would triple its size for the same checks.

const words = (max: number, what: string) => z.string().check(z.maxLength(max, { error: `is longer than ${what} ever is (at most ${max.toLocaleString('en')} characters)` }));
const webAddress = words(4096, 'a web address').check(z.refine((text) => /^https?:\/\//i.test(text), { error: 'should be a web address starting with http(s)://' }));
const calendarDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'should be a date like 2026-03-20' }));
const amount = z.nullable(z.number().check(z.minimum(0), z.maximum(1e10)));

const postingCheck = z.object({
  title: words(500, 'a job title'),
  company: z.nullable(words(300, "a company's name")),
  location: z.nullable(words(500, 'a location')),
  employmentType: z.nullable(words(100, 'an employment type')),
  remote: z.nullable(z.boolean()),
  salary: z.nullable(z.object({ min: amount, max: amount, currency: z.nullable(words(10, 'a currency')), period: z.nullable(words(20, 'a pay period')) })),
  datePosted: z.nullable(calendarDay),
  description: z.nullable(words(25_000, 'a posting')),
  applyUrl: z.nullable(webAddress),
  url: webAddress,
  source: words(40, "a source's name"),
});

const applicationId = z.string().check(z.minLength(1, { error: 'is empty' }), z.maxLength(200, { error: 'is longer than any id Ajar writes' }));

export const requestChecks: RequestChecks = {
  promptsChanged: z.undefined(),
  lookupPosting: z.object({ url: words(4096, 'a web address'), company: z.nullable(words(300, "a company's name")), title: z.nullable(words(500, 'a job title')) }),
  savePosting: z.object({ posting: postingCheck, applied: z.boolean() }),
  markApplied: z.object({ applicationId }),
  // Only a place in the dashboard ("#/application/a1"), never another page's address; an id in it is
  // percent-encoded, which leaves !'()*~ as they are.
  openDashboard: z.object({
    hash: z.string().check(z.maxLength(600, { error: 'is longer than any place in the dashboard' }), z.regex(/^#\/[\w\-./%?=&!'()*~]*$/, { error: 'should be a place in the dashboard like #/today' })),
  }),
};
