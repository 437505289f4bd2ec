import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '../../utils/db/database';
import { updateSettings } from '../../utils/db/repository';
import { captureHandlers } from '../../utils/background/capture-handlers';
import { requestChecks } from '../../utils/background/message-requests';
import { handleMessages } from '../../utils/messages';
import type { ExtractedPosting } from '../../utils/capture/types';

type Reply = { ok: true; value?: unknown } | { ok: false; error: string };
type Sender = Browser.runtime.MessageSender;

const OWN_ID = fakeBrowser.runtime.id;
const chipOn = (url: string): Sender => ({ id: OWN_ID, url, tab: { id: 7, index: 0, url } as Browser.tabs.Tab, frameId: 0 });
const ownPage = (path: string): Sender => ({ id: OWN_ID, url: fakeBrowser.runtime.getURL(path) });
const BOARD = 'https://boards.greenhouse.io/acme/jobs/1';

const posting = (fields: Partial<ExtractedPosting> = {}): ExtractedPosting => ({
  title: 'Engineer', company: 'Acme', location: null, employmentType: null, remote: null, salary: null, datePosted: null,
  description: 'Build things.', applyUrl: null, url: BOARD, source: 'greenhouse', ...fields,
});

let nudges = 0;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ timeZone: 'UTC' });
  nudges = 0;
  handleMessages({ ...captureHandlers, promptsChanged: async () => void (nudges += 1) }, requestChecks);
});

/** Delivers a message the way the browser does; 'unanswered' when Ajar leaves it to other listeners. */
async function ask(message: unknown, sender: Sender): Promise<Reply | 'unanswered'> {
  let answered = false;
  let settle!: (reply: Reply) => void;
  const reply = new Promise<Reply>((resolve) => (settle = resolve));
  const kept = await fakeBrowser.runtime.onMessage.trigger(message, sender, (value: Reply) => {
    answered = true;
    settle(value);
  });
  return answered || kept.some((result: unknown) => result === true) ? reply : 'unanswered';
}

describe('who may send what', () => {
  test("the chip's messages are taken from Ajar's content script in a tab on an https page", async () => {
    expect(await ask({ ajar: 'savePosting', data: { posting: posting(), applied: false } }, chipOn(BOARD))).toMatchObject({ ok: true, value: { company: 'Acme', stage: 'saved' } });
    expect(await db.applications.count()).toBe(1);
  });

  test('the same message from a plain http page, from outside a tab, or from another extension changes nothing', async () => {
    const refused = [
      chipOn('http://boards.greenhouse.io/acme/jobs/1'),
      { id: OWN_ID, url: BOARD },
      { ...chipOn(BOARD), id: 'some-other-extension' },
    ];
    for (const sender of refused) {
      expect(await ask({ ajar: 'savePosting', data: { posting: posting(), applied: true } }, sender)).toEqual({ ok: false, error: expect.stringMatching(/only from its own chip/) });
    }
    expect(await db.applications.count()).toBe(0);
  });

  test("pages' messages are taken from Ajar's own pages only, never from a content script", async () => {
    expect(await ask({ ajar: 'promptsChanged' }, ownPage('/options.html'))).toEqual({ ok: true, value: undefined });
    expect(await ask({ ajar: 'promptsChanged' }, chipOn(BOARD))).toMatchObject({ ok: false });
    expect(await ask({ ajar: 'promptsChanged' }, { id: OWN_ID, url: 'chrome-extension://some-other-extension/options.html' })).toMatchObject({ ok: false });
    expect(nudges).toBe(1);
  });

  test('a message named after an Object.prototype member is not Ajar\'s, and nothing breaks', async () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(await ask({ ajar: name, data: {} }, chipOn(BOARD))).toBe('unanswered');
      expect(await ask({ ajar: name, data: {} }, ownPage('/popup.html'))).toBe('unanswered');
    }
  });
});

describe('what a request may carry', () => {
  test('an oversized field is refused with where and why, and nothing is saved', async () => {
    const reply = await ask({ ajar: 'savePosting', data: { posting: posting({ title: 'x'.repeat(10_000) }), applied: false } }, chipOn(BOARD));
    expect(reply).toEqual({ ok: false, error: 'Ajar could not take that "savePosting" request: posting.title is longer than a job title ever is (at most 500 characters).' });
    const huge = await ask({ ajar: 'savePosting', data: { posting: posting({ description: 'y'.repeat(1_000_000) }), applied: false } }, chipOn(BOARD));
    expect(huge).toMatchObject({ ok: false, error: expect.stringContaining('posting.description is longer than') });
    expect(await db.applications.count()).toBe(0);
  });

  test('a field of the wrong kind is refused by name', async () => {
    expect(await ask({ ajar: 'savePosting', data: { posting: posting(), applied: 'yes' } }, chipOn(BOARD))).toEqual({ ok: false, error: 'Ajar could not take that "savePosting" request: applied should be a boolean.' });
    expect(await ask({ ajar: 'savePosting', data: { posting: posting({ url: 'javascript:alert(1)' }), applied: false } }, chipOn(BOARD))).toMatchObject({ ok: false, error: expect.stringContaining('posting.url should be a web address') });
    expect(await ask({ ajar: 'markApplied', data: { applicationId: { toString: 1 } } }, chipOn(BOARD))).toMatchObject({ ok: false, error: expect.stringContaining('applicationId should be a string') });
    expect(await db.applications.count()).toBe(0);
  });

  test('fields the protocol does not name never reach the database', async () => {
    const sneaky = { ...posting(), stage: 'offer', id: 'chosen-by-page', matchKey: 'x' };
    await ask({ ajar: 'savePosting', data: { posting: sneaky, applied: false } }, chipOn(BOARD));
    const [saved] = await db.applications.toArray();
    expect(saved.stage).toBe('saved');
    expect(saved.id).not.toBe('chosen-by-page');
  });

  test('the dashboard opens only at a place in it, never at another address', async () => {
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await ask({ ajar: 'openDashboard', data: { hash: '#/application/a1' } }, chipOn(BOARD))).toEqual({ ok: true, value: undefined });
    expect(await ask({ ajar: 'openDashboard', data: { hash: `#/application/${encodeURIComponent("huntr:row (2)!")}` } }, chipOn(BOARD))).toEqual({ ok: true, value: undefined });
    expect(await ask({ ajar: 'openDashboard', data: { hash: 'https://evil.example/' } }, chipOn(BOARD))).toMatchObject({ ok: false });
    expect(opened).toHaveBeenCalledTimes(2);
    expect(String(opened.mock.calls[0][0].url)).toBe(fakeBrowser.runtime.getURL('/options.html') + '#/application/a1');
  });
});
