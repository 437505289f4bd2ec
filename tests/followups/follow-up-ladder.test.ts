import { describe, expect, test } from 'vitest';
import { application, dueTimes, event, fullPipeline, plan } from './fixtures';

// New York. Applied Monday 2 March 2026, 10:00 EST; daylight saving starts Sunday 8 March.
const applied = event('ap', 'a1', 'applied', '2026-03-02T10:00:00-05:00');
const apps = (extra = {}) => [application('a1', 'applied', extra), ...fullPipeline()];
const ladder = (lines: ReturnType<typeof plan>) => [...dueTimes(lines, 'follow-up').map((l) => `follow-up ${l}`), ...dueTimes(lines, 'close-out').map((l) => `close-out ${l}`)];

describe('follow-up after silence (A2)', () => {
  test('first follow-up 7 business days after applying, same local time across the DST change', () => {
    const lines = plan({ applications: apps(), events: [applied] }, '2026-03-12T12:00:00Z');
    expect(ladder(lines)).toEqual(['follow-up ap/- @ 2026-03-11T14:00:00.000Z']);
    expect(lines.find((line) => line.kind === 'follow-up')?.overdue).toBe(true);
  });

  test('listed before it is due, not overdue', () => {
    const lines = plan({ applications: apps(), events: [applied] }, '2026-03-03T12:00:00Z');
    expect(lines.find((line) => line.kind === 'follow-up')).toMatchObject({ dueAt: '2026-03-11T14:00:00.000Z', overdue: false });
  });

  test('ladder: 1st follow-up, 2nd 7 business days after the first is sent, then close-out 10 business days after the 2nd', () => {
    const first = event('f1', 'a1', 'follow-up-sent', '2026-03-11T15:00:00Z');
    expect(ladder(plan({ applications: apps(), events: [applied, first] }, '2026-03-12T12:00:00Z'))).toEqual(['follow-up f1/- @ 2026-03-20T15:00:00.000Z']);
    const second = event('f2', 'a1', 'follow-up-sent', '2026-03-20T16:00:00Z');
    expect(ladder(plan({ applications: apps(), events: [applied, first, second] }, '2026-03-21T12:00:00Z'))).toEqual(['close-out f2/- @ 2026-04-03T16:00:00.000Z']);
  });

  test('any employer-side event after applying ends the wait', () => {
    for (const type of ['response', 'rejected', 'offer'] as const) {
      const moved = event('r', 'a1', type, '2026-03-05T12:00:00Z');
      expect(ladder(plan({ applications: apps(), events: [applied, moved] }, '2026-03-12T12:00:00Z'))).toEqual([]);
    }
  });

  test('a response before the application does not count as an answer', () => {
    const earlier = event('r', 'a1', 'response', '2026-02-20T12:00:00Z');
    expect(ladder(plan({ applications: apps(), events: [earlier, applied] }, '2026-03-12T12:00:00Z'))).toEqual(['follow-up ap/- @ 2026-03-11T14:00:00.000Z']);
  });

  test('a scheduled interview answers the application, and nothing is chased before it ends', () => {
    const upcoming = event('i1', 'a1', 'interview', '2026-03-20T10:00:00-04:00');
    expect(ladder(plan({ applications: apps(), events: [applied, upcoming] }, '2026-03-12T12:00:00Z'))).toEqual([]);
  });
});

describe('follow-up after an interview (A2, A3)', () => {
  // Tuesday 10 March 2026, 14:00–15:00 EDT.
  const interview = event('i1', 'a1', 'interview', '2026-03-10T14:00:00-04:00');

  test('an "applied" marked after the interview was logged does not restart the wait from applying', () => {
    const markedLater = event('ap2', 'a1', 'applied', '2026-03-12T09:00:00-04:00');
    expect(ladder(plan({ applications: apps(), events: [interview, markedLater] }, '2026-03-18T12:00:00Z'))).toEqual(['follow-up i1/- @ 2026-03-17T19:00:00.000Z']);
    // After a rejection, applying again is a new attempt and its own wait.
    const rejected = event('r1', 'a1', 'rejected', '2026-03-11T12:00:00Z');
    expect(ladder(plan({ applications: apps(), events: [interview, rejected, markedLater] }, '2026-03-18T12:00:00Z'))).toEqual(['follow-up ap2/- @ 2026-03-23T13:00:00.000Z']);
  });

  test('5 business days after the interview ends when no decision date is known', () => {
    expect(ladder(plan({ applications: apps(), events: [applied, interview] }, '2026-03-18T12:00:00Z'))).toEqual(['follow-up i1/- @ 2026-03-17T19:00:00.000Z']);
  });

  test('one business day after the decision date, at 09:00 local', () => {
    const lines = plan({ applications: apps({ decisionExpectedBy: '2026-03-20' }), events: [applied, interview] }, '2026-03-18T12:00:00Z');
    expect(ladder(lines)).toEqual(['follow-up i1/- @ 2026-03-23T13:00:00.000Z']);
  });

  test('the same ladder follows: a 2nd follow-up, then close-out', () => {
    const extra = { decisionExpectedBy: '2026-03-20' };
    const first = event('f1', 'a1', 'follow-up-sent', '2026-03-23T14:00:00Z');
    expect(ladder(plan({ applications: apps(extra), events: [applied, interview, first] }, '2026-03-24T12:00:00Z'))).toEqual(['follow-up f1/- @ 2026-04-01T14:00:00.000Z']);
    const second = event('f2', 'a1', 'follow-up-sent', '2026-04-01T14:00:00Z');
    expect(ladder(plan({ applications: apps(extra), events: [applied, interview, first, second] }, '2026-04-02T12:00:00Z'))).toEqual(['close-out f2/- @ 2026-04-15T14:00:00.000Z']);
  });

  test('a follow-up sent before the interview does not climb the post-interview ladder', () => {
    const early = event('f0', 'a1', 'follow-up-sent', '2026-03-09T14:00:00Z');
    expect(ladder(plan({ applications: apps(), events: [applied, early, interview] }, '2026-03-18T12:00:00Z'))).toEqual(['follow-up i1/- @ 2026-03-17T19:00:00.000Z']);
  });

  test('nothing while the interview has not ended, nor after the employer answers', () => {
    expect(ladder(plan({ applications: apps(), events: [applied, interview] }, '2026-03-10T18:30:00Z'))).toEqual([]);
    const offer = event('o', 'a1', 'offer', '2026-03-12T12:00:00Z');
    expect(ladder(plan({ applications: apps(), events: [applied, interview, offer] }, '2026-03-18T12:00:00Z'))).toEqual([]);
  });

  test('maxFollowUps is a setting: with 1, close-out comes right after the first', () => {
    const first = event('f1', 'a1', 'follow-up-sent', '2026-03-11T15:00:00Z');
    expect(ladder(plan({ applications: apps(), events: [applied, first], settings: { maxFollowUps: 1 } }, '2026-03-12T12:00:00Z'))).toEqual(['close-out f1/- @ 2026-03-25T15:00:00.000Z']);
  });
});
