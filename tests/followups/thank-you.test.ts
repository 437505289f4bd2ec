import { describe, expect, test } from 'vitest';
import { application, contact, dueTimes, event, fullPipeline, plan } from './fixtures';

// New York, Tuesday 3 March 2026 (EST, UTC-5). The interview runs 14:00–14:45 local.
const base = {
  applications: [application('a1', 'interviewing'), ...fullPipeline()],
  contacts: [contact('c1', 'Dana Lee', 'interviewer', ['a1']), contact('c2', 'Sam Ortiz', 'interviewer', ['a1'])],
};
const interview = event('i1', 'a1', 'interview', '2026-03-03T14:00:00-05:00', { durationMinutes: 45, contactIds: ['c1', 'c2'] });

describe('thank-you (A1)', () => {
  test('one per interviewer, an hour after the interview ends', () => {
    const lines = plan({ ...base, events: [interview] }, '2026-03-03T21:00:00Z');
    expect(dueTimes(lines, 'thank-you')).toEqual(['i1/c1 @ 2026-03-03T20:45:00.000Z', 'i1/c2 @ 2026-03-03T20:45:00.000Z']);
    expect(lines.filter((line) => line.kind === 'thank-you').every((line) => line.overdue)).toBe(true);
  });

  test('not before the interview has ended', () => {
    expect(dueTimes(plan({ ...base, events: [interview] }, '2026-03-03T19:40:00Z'), 'thank-you')).toEqual([]);
    expect(dueTimes(plan({ ...base, events: [interview] }, '2026-03-03T19:45:00Z'), 'thank-you')).toHaveLength(2);
  });

  test('interview length defaults to the setting (60 minutes)', () => {
    const untimed = event('i1', 'a1', 'interview', '2026-03-03T14:00:00-05:00', { contactIds: ['c1'] });
    expect(dueTimes(plan({ ...base, events: [untimed] }, '2026-03-04T12:00:00Z'), 'thank-you')).toEqual(['i1/c1 @ 2026-03-03T21:00:00.000Z']);
  });

  test('a thank-you-sent to one interviewer after the interview clears only theirs', () => {
    const sent = event('t1', 'a1', 'thank-you-sent', '2026-03-03T22:00:00Z', { contactIds: ['c1'] });
    expect(dueTimes(plan({ ...base, events: [interview, sent] }, '2026-03-04T12:00:00Z'), 'thank-you')).toEqual(['i1/c2 @ 2026-03-03T20:45:00.000Z']);
  });

  test('a thank-you-sent before the interview does not count', () => {
    const early = event('t0', 'a1', 'thank-you-sent', '2026-03-02T22:00:00Z', { contactIds: ['c1'] });
    expect(dueTimes(plan({ ...base, events: [interview, early] }, '2026-03-04T12:00:00Z'), 'thank-you')).toHaveLength(2);
  });

  test('no one named: one unaddressed prompt, cleared by any thank-you-sent after the interview', () => {
    const anonymous = event('i1', 'a1', 'interview', '2026-03-03T14:00:00-05:00', { durationMinutes: 30 });
    expect(dueTimes(plan({ ...base, events: [anonymous] }, '2026-03-04T12:00:00Z'), 'thank-you')).toEqual(['i1/- @ 2026-03-03T20:30:00.000Z']);
    const sent = event('t1', 'a1', 'thank-you-sent', '2026-03-03T23:00:00Z', { contactIds: ['c9'] });
    expect(dueTimes(plan({ ...base, events: [anonymous, sent] }, '2026-03-04T12:00:00Z'), 'thank-you')).toEqual([]);
  });

  test('each interview of an application gets its own thank-you', () => {
    const second = event('i2', 'a1', 'interview', '2026-03-10T10:00:00-04:00', { contactIds: ['c1'] });
    const sent = event('t1', 'a1', 'thank-you-sent', '2026-03-03T22:00:00Z');
    expect(dueTimes(plan({ ...base, events: [interview, sent, second] }, '2026-03-11T12:00:00Z'), 'thank-you')).toEqual(['i2/c1 @ 2026-03-10T16:00:00.000Z']);
  });
});
