import { describe, expect, test } from 'vitest';
import { dueGroup, groupByDue } from '../../components/dashboard/today/group-prompts';

describe('Today groups prompts by local day', () => {
  // Tuesday 10 March 2026, 08:00 in New York.
  const now = new Date('2026-03-10T12:00:00Z');
  const zone = 'America/New_York';

  test('earlier, today, this week and later follow the user’s calendar, not UTC', () => {
    expect(dueGroup('2026-03-10T03:59:00Z', now, zone)).toBe('earlier'); // 23:59 on the 9th in New York
    expect(dueGroup('2026-03-10T04:00:00Z', now, zone)).toBe('today');
    expect(dueGroup('2026-03-11T03:59:00Z', now, zone)).toBe('today'); // still the 10th locally
    expect(dueGroup('2026-03-11T04:00:00Z', now, zone)).toBe('week');
    expect(dueGroup('2026-03-17T03:59:00Z', now, zone)).toBe('week');
    expect(dueGroup('2026-06-08T13:00:00Z', now, zone)).toBe('later');
  });

  test('grouping keeps the incoming (most urgent first) order', () => {
    const groups = groupByDue(['2026-03-10T14:00:00Z', '2026-03-01T14:00:00Z', '2026-03-10T13:00:00Z'], (due) => due, now, zone);
    expect(groups.get('earlier')).toEqual(['2026-03-01T14:00:00Z']);
    expect(groups.get('today')).toEqual(['2026-03-10T14:00:00Z', '2026-03-10T13:00:00Z']);
    expect(groups.get('later')).toEqual([]);
  });
});
