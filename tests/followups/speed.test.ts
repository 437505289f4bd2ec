import { describe, expect, test } from 'vitest';
import { defaultSettings, type AppEvent } from '../../utils/db/types';
import { planApplication } from '../../utils/followups';
import { application, contact, event, reflection, reminder } from './fixtures';

// The extension replans the touched application after every write; it must stay far below a frame.
describe('planApplication speed', () => {
  test('a busy application plans in well under 5 ms', () => {
    const events: AppEvent[] = [event('ap', 'a1', 'applied', '2026-01-05T10:00:00-05:00')];
    for (let round = 0; round < 6; round += 1) {
      events.push(event(`i${round}`, 'a1', 'interview', `2026-02-${String(round * 3 + 2).padStart(2, '0')}T14:00:00-05:00`, { contactIds: ['c1', 'c2'], final: round === 5 }));
      events.push(event(`t${round}`, 'a1', 'thank-you-sent', `2026-02-${String(round * 3 + 3).padStart(2, '0')}T14:00:00-05:00`, { contactIds: ['c1'] }));
    }
    events.push(event('r1', 'a1', 'rejected', '2026-03-02T10:00:00-05:00'));
    const input = {
      application: application('a1', 'interviewing'),
      events,
      contacts: [contact('c1', 'Dana Lee', 'hiring-manager', ['a1']), contact('c2', 'Sam Ortiz', 'interviewer', ['a1'])],
      reminders: [reminder('prep:a1:i0:-', 'done')],
      reflections: [reflection('x', 'a1', 'i1')],
    };
    const settings = defaultSettings();
    for (let warm = 0; warm < 20; warm += 1) planApplication(input, settings, 'America/New_York');
    const runs = 200;
    const started = performance.now();
    for (let run = 0; run < runs; run += 1) planApplication(input, settings, 'America/New_York');
    const perRun = (performance.now() - started) / runs;
    expect(perRun).toBeLessThan(5);
  });
});
