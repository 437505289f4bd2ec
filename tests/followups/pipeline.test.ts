import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../utils/model/settings';
import { planPipeline } from '../../utils/followups';
import { application, plan, reminder } from './fixtures';

const settings = defaultSettings();
const at = (now: string, count = 2, reminders = [] as ReturnType<typeof reminder>[], timeZone = 'America/New_York') =>
  planPipeline(count, reminders, settings, new Date(now), timeZone)?.dueAt ?? null;

describe('pipeline (A9)', () => {
  test('fewer live applications than the target: due next Monday 09:00 local', () => {
    // Wednesday 11 March 2026 → Monday 16 March, 09:00 EDT.
    expect(at('2026-03-11T12:00:00Z')).toBe('2026-03-16T13:00:00.000Z');
  });

  test('none when the target is met', () => {
    expect(at('2026-03-11T12:00:00Z', 5)).toBeNull();
  });

  test('on a Monday it is that day 09:00 (due from then on)', () => {
    expect(at('2026-03-16T15:00:00Z')).toBe('2026-03-16T13:00:00.000Z');
    expect(at('2026-03-16T11:00:00Z')).toBe('2026-03-16T13:00:00.000Z');
  });

  test('across the DST change: Saturday 7 March (EST) → Monday 9 March 09:00 EDT', () => {
    expect(at('2026-03-07T12:00:00Z')).toBe('2026-03-09T13:00:00.000Z');
  });

  test('dismissed or done settles this week; the nudge returns the Monday after', () => {
    for (const status of ['dismissed', 'done'] as const) {
      const decided = reminder('pipeline:-:-:-', status, { decidedAt: '2026-03-16T15:00:00Z' });
      expect(at('2026-03-18T12:00:00Z', 2, [decided])).toBe('2026-03-23T13:00:00.000Z');
      expect(at('2026-03-24T12:00:00Z', 2, [decided])).toBe('2026-03-30T13:00:00.000Z');
    }
  });

  test('snoozed: due when the user asked', () => {
    const snoozed = reminder('pipeline:-:-:-', 'snoozed', { until: '2026-03-20T14:00:00Z' });
    expect(at('2026-03-18T12:00:00Z', 2, [snoozed])).toBe('2026-03-20T14:00:00.000Z');
  });

  test('counts only applied and interviewing as live, with null identity fields', () => {
    const applications = [
      application('a1', 'applied'), application('a2', 'interviewing'), application('a3', 'applied'),
      application('a4', 'saved'), application('a5', 'rejected'), application('a6', 'no-response'),
    ];
    expect(plan({ applications }, '2026-03-11T12:00:00Z')).toEqual([
      { kind: 'pipeline', applicationId: null, contactId: null, eventId: null, dueAt: '2026-03-16T13:00:00.000Z', overdue: false },
    ]);
    expect(plan({ applications, settings: { pipelineTarget: 3 } }, '2026-03-11T12:00:00Z')).toEqual([]);
  });
});
