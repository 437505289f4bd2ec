import { describe, expect, test } from 'vitest';
import { promptKey } from '../../utils/followups';
import { application, dueTimes, event, fullPipeline, plan, reminder } from './fixtures';

const apps = [application('a1', 'applied'), ...fullPipeline()];

describe('prompt identity', () => {
  test('kind, application, event and contact, with - for none', () => {
    expect(promptKey('thank-you', 'a1', 'e3', 'c2')).toBe('thank-you:a1:e3:c2');
    expect(promptKey('pipeline', null, null, null)).toBe('pipeline:-:-:-');
  });
});

describe("the user's decisions (reminders)", () => {
  const applied = event('ap', 'a1', 'applied', '2026-03-02T10:00:00-05:00');
  const key = 'follow-up:a1:ap:-';

  test('done and dismissed remove the prompt', () => {
    for (const status of ['done', 'dismissed'] as const) {
      expect(dueTimes(plan({ applications: apps, events: [applied], reminders: [reminder(key, status)] }, '2026-03-12T12:00:00Z'), 'follow-up')).toEqual([]);
    }
  });

  test('snoozed moves it to exactly the chosen time, even at night', () => {
    const snoozed = reminder(key, 'snoozed', { until: '2026-03-14T03:00:00Z' });
    const lines = plan({ applications: apps, events: [applied], reminders: [snoozed] }, '2026-03-12T12:00:00Z');
    expect(lines.find((line) => line.kind === 'follow-up')).toMatchObject({ dueAt: '2026-03-14T03:00:00.000Z', overdue: false });
  });

  test('a decision on another prompt changes nothing', () => {
    const other = reminder('follow-up:a2:ap:-', 'dismissed');
    expect(dueTimes(plan({ applications: apps, events: [applied], reminders: [other] }, '2026-03-12T12:00:00Z'), 'follow-up')).toHaveLength(1);
  });
});

describe('quiet hours (A11)', () => {
  test('a thank-you due at 21:45 moves to 08:00 the next morning', () => {
    const late = event('i1', 'a1', 'interview', '2026-03-03T19:45:00-05:00');
    expect(dueTimes(plan({ applications: apps, events: [late] }, '2026-03-04T14:00:00Z'), 'thank-you')).toEqual(['i1/- @ 2026-03-04T13:00:00.000Z']);
  });

  test('a reflection due at 01:30 moves to 08:00 the same morning', () => {
    const late = event('i1', 'a1', 'interview', '2026-03-03T21:30:00-05:00', { durationMinutes: 60 });
    expect(dueTimes(plan({ applications: apps, events: [late] }, '2026-03-04T14:00:00Z'), 'reflection')).toEqual(['i1/- @ 2026-03-04T13:00:00.000Z']);
  });

  test('a night across the spring-forward change ends at 08:00 EDT', () => {
    const saturdayNight = event('i1', 'a1', 'interview', '2026-03-07T20:30:00-05:00', { durationMinutes: 30 });
    expect(dueTimes(plan({ applications: apps, events: [saturdayNight] }, '2026-03-09T14:00:00Z'), 'thank-you')).toEqual(['i1/- @ 2026-03-08T12:00:00.000Z']);
  });

  test('quiet hours are settings; equal start and end means none', () => {
    const late = event('i1', 'a1', 'interview', '2026-03-03T19:45:00-05:00');
    const settings = { quietHoursStart: '00:00', quietHoursEnd: '00:00' };
    expect(dueTimes(plan({ applications: apps, events: [late], settings }, '2026-03-04T14:00:00Z'), 'thank-you')).toEqual(['i1/- @ 2026-03-04T02:45:00.000Z']);
  });
});
