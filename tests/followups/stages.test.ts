import { describe, expect, test } from 'vitest';
import { application, contact, event, fullPipeline, plan } from './fixtures';
import type { Stage } from '../../utils/model/application';

// A busy history: applied, a final interview last week, then a rejection; a scheduled interview next week.
const history = [
  event('ap', 'a1', 'applied', '2026-02-02T10:00:00-05:00'),
  event('i1', 'a1', 'interview', '2026-03-03T14:00:00-05:00', { contactIds: ['c1'] }),
  event('r1', 'a1', 'rejected', '2026-03-13T15:00:00-04:00'),
  event('i2', 'a1', 'interview', '2026-03-26T14:00:00-04:00', { final: true, contactIds: ['c1'] }),
];
const kindsFor = (stage: Stage, events = history, now = '2026-03-20T12:00:00Z') =>
  [...new Set(plan({ applications: [application('a1', stage), ...fullPipeline()], events, contacts: [contact('c1', 'Dana Lee', 'hiring-manager', ['a1'])] }, now)
    .filter((line) => line.applicationId === 'a1').map((line) => `${line.kind} ${line.eventId}`))].sort();

describe('what each stage gets', () => {
  test('rejected: only the rejection-driven prompts', () => {
    expect(kindsFor('rejected')).toEqual(['feedback-request r1', 'keep-in-touch r1', 'reflection r1']);
  });

  test('accepted, withdrawn, no-response: only keep-in-touch after a rejection', () => {
    for (const stage of ['accepted', 'withdrawn', 'no-response'] as const) expect(kindsFor(stage)).toEqual(['keep-in-touch r1']);
    const noRejection = history.filter((item) => item.type !== 'rejected');
    for (const stage of ['accepted', 'withdrawn', 'no-response'] as const) expect(kindsFor(stage, noRejection)).toEqual([]);
  });

  test('saved with interviews: thank-you, prep and reflection, nothing that chases', () => {
    const saved = [history[1], history[3]];
    expect(kindsFor('saved', saved)).toEqual(['prep i2', 'reflection i1', 'thank-you i1']);
  });

  test('live stages get every rule', () => {
    expect(kindsFor('interviewing')).toEqual([
      'feedback-request r1', 'keep-in-touch r1', 'prep i2', 'references i2', 'reflection i1', 'reflection r1', 'thank-you i1',
    ]);
  });
});
