import { describe, expect, test } from 'vitest';
import { application, dueTimes, event, fullPipeline, plan } from './fixtures';

// New York, March 2026 (EDT from Sunday 8 March).
const apps = [application('a1', 'interviewing'), ...fullPipeline()];
const first = event('i1', 'a1', 'interview', '2026-03-03T14:00:00-05:00');
const second = event('i2', 'a1', 'interview', '2026-03-10T14:00:00-04:00');
// Thursday 19 March, 10:00 EDT.
const third = event('i3', 'a1', 'interview', '2026-03-19T10:00:00-04:00');
const final = event('i3', 'a1', 'interview', '2026-03-19T10:00:00-04:00', { final: true });

describe('references (A6)', () => {
  test('2 business days before a final interview', () => {
    expect(dueTimes(plan({ applications: apps, events: [first, final] }, '2026-03-16T12:00:00Z'), 'references')).toEqual(['i3/- @ 2026-03-17T14:00:00.000Z']);
  });

  test('2 business days before the third interview even when it is not marked final', () => {
    const lines = plan({ applications: apps, events: [first, second, third] }, '2026-03-16T12:00:00Z');
    expect(dueTimes(lines, 'references')).toEqual(['i3/- @ 2026-03-17T14:00:00.000Z']);
  });

  test('no references before an ordinary first or second round', () => {
    expect(dueTimes(plan({ applications: apps, events: [first, event('i2', 'a1', 'interview', '2026-03-19T10:00:00-04:00')] }, '2026-03-16T12:00:00Z'), 'references')).toEqual([]);
  });

  test('due now when that moment has passed, and not overdue', () => {
    const lines = plan({ applications: apps, events: [first, final] }, '2026-03-18T15:30:00Z');
    expect(lines.find((line) => line.kind === 'references')).toMatchObject({ dueAt: '2026-03-18T15:30:00.000Z', overdue: false });
  });

  test('"now" inside quiet hours becomes the end of quiet hours', () => {
    const lines = plan({ applications: apps, events: [first, final] }, '2026-03-19T02:00:00Z');
    expect(lines.find((line) => line.kind === 'references')).toMatchObject({ dueAt: '2026-03-19T12:00:00.000Z', overdue: false });
  });

  test('gone once the interview has started', () => {
    expect(dueTimes(plan({ applications: apps, events: [first, final] }, '2026-03-19T14:00:00Z'), 'references')).toEqual([]);
  });

  test('done by references-briefed after the previous interview, not before it', () => {
    const stale = event('b0', 'a1', 'references-briefed', '2026-03-02T12:00:00Z');
    expect(dueTimes(plan({ applications: apps, events: [stale, first, final] }, '2026-03-16T12:00:00Z'), 'references')).toHaveLength(1);
    const fresh = event('b1', 'a1', 'references-briefed', '2026-03-12T12:00:00Z');
    expect(dueTimes(plan({ applications: apps, events: [first, fresh, final] }, '2026-03-16T12:00:00Z'), 'references')).toEqual([]);
  });
});

describe('prep (A10)', () => {
  test('an interview on Monday gets prep on Friday at 09:00 local', () => {
    const monday = event('i1', 'a1', 'interview', '2026-03-16T10:00:00-04:00');
    expect(dueTimes(plan({ applications: apps, events: [monday] }, '2026-03-12T12:00:00Z'), 'prep')).toEqual(['i1/- @ 2026-03-13T13:00:00.000Z']);
  });

  test('a midweek interview gets prep the day before, 09:00 in standard time before the DST change', () => {
    const monday = event('i1', 'a1', 'interview', '2026-03-09T10:00:00-04:00');
    expect(dueTimes(plan({ applications: apps, events: [monday] }, '2026-03-04T12:00:00Z'), 'prep')).toEqual(['i1/- @ 2026-03-06T14:00:00.000Z']);
    expect(dueTimes(plan({ applications: apps, events: [second] }, '2026-03-04T12:00:00Z'), 'prep')).toEqual(['i2/- @ 2026-03-09T13:00:00.000Z']);
  });

  test('still listed (overdue) until the interview starts, then gone', () => {
    const lines = plan({ applications: apps, events: [second] }, '2026-03-10T17:59:00Z');
    expect(lines.find((line) => line.kind === 'prep')).toMatchObject({ dueAt: '2026-03-09T13:00:00.000Z', overdue: true });
    expect(dueTimes(plan({ applications: apps, events: [second] }, '2026-03-10T18:00:00Z'), 'prep')).toEqual([]);
  });
});
