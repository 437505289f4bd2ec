import { describe, expect, test } from 'vitest';
import { application, dueTimes, event, fullPipeline, plan } from './fixtures';

const apps = (extra = {}) => [application('a1', 'applied', extra), ...fullPipeline()];
const firstFollowUp = (appliedAt: string, timeZone: string, now: string) =>
  dueTimes(plan({ applications: apps(), events: [event('ap', 'a1', 'applied', appliedAt)] }, now, timeZone), 'follow-up');

describe('daylight-saving changes keep local wall-clock times', () => {
  test('America/New_York spring forward (8 March 2026): 10:00 EST → 10:00 EDT', () => {
    expect(firstFollowUp('2026-03-02T10:00:00-05:00', 'America/New_York', '2026-03-03T00:00:00Z')).toEqual(['ap/- @ 2026-03-11T14:00:00.000Z']);
  });

  test('America/New_York fall back (1 November 2026): 10:00 EDT → 10:00 EST', () => {
    expect(firstFollowUp('2026-10-23T10:00:00-04:00', 'America/New_York', '2026-10-24T00:00:00Z')).toEqual(['ap/- @ 2026-11-03T15:00:00.000Z']);
  });

  test('Europe/Berlin (29 March 2026): 10:00 CET → 10:00 CEST', () => {
    expect(firstFollowUp('2026-03-20T10:00:00+01:00', 'Europe/Berlin', '2026-03-21T00:00:00Z')).toEqual(['ap/- @ 2026-03-31T08:00:00.000Z']);
  });

  test('Europe/Berlin decision date just after the change: Monday 09:00 CEST', () => {
    const lines = plan({
      applications: apps({ decisionExpectedBy: '2026-03-27' }),
      events: [event('ap', 'a1', 'applied', '2026-03-02T10:00:00+01:00'), event('i1', 'a1', 'interview', '2026-03-24T10:00:00+01:00')],
    }, '2026-03-25T00:00:00Z', 'Europe/Berlin');
    expect(dueTimes(lines, 'follow-up')).toEqual(['i1/- @ 2026-03-30T07:00:00.000Z']);
  });
});

describe('business days are counted in the local zone, on both sides of UTC', () => {
  test('Pacific/Auckland: a Monday-morning application (Sunday in UTC), across the April DST end', () => {
    expect(firstFollowUp('2026-03-30T09:00:00+13:00', 'Pacific/Auckland', '2026-03-30T00:00:00Z')).toEqual(['ap/- @ 2026-04-07T21:00:00.000Z']);
  });

  test('Pacific/Auckland prep: Monday interview → Friday 09:00 NZDT', () => {
    const lines = plan({ applications: apps(), events: [event('i1', 'a1', 'interview', '2026-03-09T10:00:00+13:00')] }, '2026-03-02T00:00:00Z', 'Pacific/Auckland');
    expect(dueTimes(lines, 'prep')).toEqual(['i1/- @ 2026-03-05T20:00:00.000Z']);
  });

  test('America/Los_Angeles: a Friday-evening application (Saturday in UTC)', () => {
    expect(firstFollowUp('2026-03-06T17:00:00-08:00', 'America/Los_Angeles', '2026-03-07T00:00:00Z')).toEqual(['ap/- @ 2026-03-18T00:00:00.000Z']);
  });

  test('Asia/Kolkata: pipeline nudge Monday 09:00 IST and quiet hours end 08:00 IST', () => {
    expect(plan({ applications: [] }, '2026-03-11T12:00:00Z', 'Asia/Kolkata')[0].dueAt).toBe('2026-03-16T03:30:00.000Z');
    // Interview 20:00–21:00 IST; the thank-you would be 22:00, so it waits for 08:00.
    const lines = plan({ applications: apps(), events: [event('i1', 'a1', 'interview', '2026-03-10T20:00:00+05:30')] }, '2026-03-11T12:00:00Z', 'Asia/Kolkata');
    expect(dueTimes(lines, 'thank-you')).toEqual(['i1/- @ 2026-03-11T02:30:00.000Z']);
  });

  test('the same instant plans differently by zone: the Friday-evening application seen from Auckland is a Saturday one', () => {
    expect(firstFollowUp('2026-03-06T17:00:00-08:00', 'Pacific/Auckland', '2026-03-07T00:00:00Z')).toEqual(['ap/- @ 2026-03-17T01:00:00.000Z']);
  });
});
