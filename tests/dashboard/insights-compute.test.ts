import { describe, expect, test } from 'vitest';
import { computeInsights, COUNTED_EVENT_TYPES, median, tally } from '../../components/dashboard/insights/compute';
import { EVENT_TYPES, type AppEvent, type Application, type EventType, type Reflection, type Stage } from '../../utils/model/application';

const app = (id: string, stage: Stage, source: string): Pick<Application, 'id' | 'stage' | 'source'> => ({ id, stage, source });
let counter = 0;
const event = (applicationId: string, type: EventType, day: number): Pick<AppEvent, 'id' | 'applicationId' | 'type' | 'at'> =>
  ({ id: `e${++counter}`, applicationId, type, at: new Date(Date.UTC(2026, 2, day, 12)).toISOString() });
const reflection = (applicationId: string, fields: Partial<Reflection>): Reflection =>
  ({ id: `r${++counter}`, applicationId, eventId: null, createdAt: '2026-03-20T10:00:00Z', ...fields });

describe('insights', () => {
  const applications = [
    app('saved', 'saved', 'linkedin'),
    app('silent', 'applied', 'linkedin'),
    app('answered', 'rejected', 'linkedin'),
    app('interviewed', 'interviewing', 'greenhouse'),
    app('offered', 'offer', 'greenhouse'),
  ];
  const events = [
    event('saved', 'saved', 1),
    event('silent', 'applied', 1),
    event('answered', 'applied', 2), event('answered', 'interview', 6), event('answered', 'rejected', 12),
    event('interviewed', 'applied', 1), event('interviewed', 'response', 3), event('interviewed', 'interview', 8),
    event('offered', 'applied', 1), event('offered', 'interview', 9), event('offered', 'offer', 15),
  ];

  test('the funnel counts each application once at every stage it reached', () => {
    expect(computeInsights(applications, events, []).funnel).toEqual({ saved: 5, applied: 4, interview: 3, offer: 1 });
  });

  test('response rate and median days to the first answer, by source', () => {
    const { bySource } = computeInsights(applications, events, []);
    expect(bySource).toEqual([
      { source: 'greenhouse', applied: 2, responded: 2, rate: 1, medianDays: 5 },
      { source: 'linkedin', applied: 2, responded: 1, rate: 0.5, medianDays: 4 },
    ]);
  });

  test('reflections become tallies of sticking points and gaps, and rejections outside one’s control are counted', () => {
    const rejection = events.find((item) => item.type === 'rejected')!;
    const reflections = [
      reflection('answered', { eventId: rejection.id, stickingPoints: ['System design', 'salary'], missingQualifications: ['Kubernetes'], outsideMyControl: true }),
      reflection('interviewed', { stickingPoints: ['system design '], missingQualifications: ['kubernetes', 'Go'] }),
    ];
    const insights = computeInsights(applications, events, reflections);
    expect(insights.stickingPoints).toEqual([{ label: 'System design', count: 2 }, { label: 'salary', count: 1 }]);
    expect(insights.skillGaps).toEqual([{ label: 'Kubernetes', count: 2 }, { label: 'Go', count: 1 }]);
    expect(insights).toMatchObject({ reflections: 2, rejections: 1, rejectionsOutsideControl: 1 });
  });

  test('reading only the counted event types (as the view does) changes nothing, whatever else a timeline holds', () => {
    const rejection = event('answered', 'rejected', 13);
    const busy = [...events, rejection, ...EVENT_TYPES.flatMap((type, index) => [event('silent', type, 2 + index), event('offered', type, 1 + index)])];
    const reflections = [reflection('answered', { eventId: rejection.id, outsideMyControl: true })];
    const counted = busy.filter((item) => COUNTED_EVENT_TYPES.includes(item.type));
    expect(counted.length).toBeLessThan(busy.length);
    expect(computeInsights(applications, counted, reflections)).toEqual(computeInsights(applications, busy, reflections));
  });

  test('nothing yet gives zeros, not errors', () => {
    expect(computeInsights([], [], [])).toMatchObject({ funnel: { saved: 0, applied: 0, interview: 0, offer: 0 }, bySource: [], reflections: 0 });
  });

  test('helpers', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(tally([['a', 'A', 'b'], undefined, ['a']])).toEqual([{ label: 'a', count: 2 }, { label: 'b', count: 1 }]);
  });
});
