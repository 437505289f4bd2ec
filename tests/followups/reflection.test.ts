import { describe, expect, test } from 'vitest';
import { application, dueTimes, event, fullPipeline, plan, reflection } from './fixtures';

const interview = event('i1', 'a1', 'interview', '2026-03-03T14:00:00-05:00', { durationMinutes: 45 });
const rejected = event('r1', 'a1', 'rejected', '2026-03-13T15:00:00-04:00');

describe('reflection (A7)', () => {
  test('3 hours after an interview ends, once it has ended', () => {
    const scenario = { applications: [application('a1', 'interviewing'), ...fullPipeline()], events: [interview] };
    expect(dueTimes(plan(scenario, '2026-03-03T19:00:00Z'), 'reflection')).toEqual([]);
    expect(dueTimes(plan(scenario, '2026-03-03T20:00:00Z'), 'reflection')).toEqual(['i1/- @ 2026-03-03T22:45:00.000Z']);
  });

  test('a day after a rejection, at the same local time', () => {
    const scenario = { applications: [application('a1', 'rejected'), ...fullPipeline()], events: [rejected] };
    expect(dueTimes(plan(scenario, '2026-03-14T20:00:00Z'), 'reflection')).toEqual(['r1/- @ 2026-03-14T19:00:00.000Z']);
  });

  test('done once a Reflection names the event', () => {
    const scenario = {
      applications: [application('a1', 'interviewing'), ...fullPipeline()],
      events: [interview, rejected],
      reflections: [reflection('x1', 'a1', 'i1')],
    };
    expect(dueTimes(plan(scenario, '2026-03-15T12:00:00Z'), 'reflection')).toEqual(['r1/- @ 2026-03-14T19:00:00.000Z']);
  });
});
