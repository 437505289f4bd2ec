import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchAjar, type Ajar } from './browser';
import { readTable } from './idb';

// The worker's checks of who is asking, in real Chromium: the sender fields they rely on are the ones the
// browser really fills in (the chip's own journeys in capture.test.ts show its messages still pass).
let ajar: Ajar;

beforeAll(async () => {
  ajar = await launchAjar();
});
afterAll(async () => {
  await ajar?.close();
});

test("Ajar's own page may nudge the worker, but not send the chip's messages, nor reach Object.prototype names", async () => {
  const dashboard = await ajar.openPage('options.html#/today');
  const send = (message: unknown) => dashboard.evaluate(async (body) => {
    try {
      return { reply: (await chrome.runtime.sendMessage(body)) as unknown };
    } catch (error) {
      return { failed: String(error) };
    }
  }, message);
  const posting = { title: 'Engineer', company: 'Planted', location: null, employmentType: null, remote: null, salary: null, datePosted: null, description: null, applyUrl: null, url: 'https://boards.greenhouse.io/planted/jobs/1', source: 'greenhouse' };

  expect(await send({ ajar: 'promptsChanged' })).toEqual({ reply: { ok: true } });
  expect(await send({ ajar: 'savePosting', data: { posting, applied: true } })).toEqual({ reply: { ok: false, error: 'Ajar takes "savePosting" only from its own chip on a secure (https) page.' } });
  for (const name of ['constructor', 'toString', '__proto__']) {
    const answer = await send({ ajar: name, data: {} });
    expect(answer).not.toHaveProperty('reply.ok');
  }
  // The worker is still there and still answers.
  expect(await send({ ajar: 'promptsChanged' })).toEqual({ reply: { ok: true } });
  expect(await readTable(dashboard, 'applications')).toEqual([]);
});
