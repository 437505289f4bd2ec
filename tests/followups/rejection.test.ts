import { describe, expect, test } from 'vitest';
import { application, contact, dueTimes, event, fullPipeline, plan } from './fixtures';

// New York. Interviewed Tuesday 3 March; rejected Friday 13 March 2026, 15:00 EDT.
const interview = event('i1', 'a1', 'interview', '2026-03-03T14:00:00-05:00', { contactIds: ['c-int'] });
const rejected = event('r1', 'a1', 'rejected', '2026-03-13T15:00:00-04:00');
const people = [
  contact('c-int', 'Ira Interviewer', 'interviewer', ['a1']),
  contact('c-rec', 'Rae Recruiter', 'recruiter', ['a1']),
  contact('c-hm', 'Dana Lee', 'hiring-manager', ['a1']),
  contact('c-other', 'Hal Manager', 'hiring-manager', ['a2']),
];
const scenario = (extra: object = {}) => ({ applications: [application('a1', 'rejected'), ...fullPipeline()], events: [interview, rejected], contacts: people, ...extra });

describe('feedback request (A4)', () => {
  test('one business day after a rejection that followed an interview, to the hiring manager', () => {
    expect(dueTimes(plan(scenario(), '2026-03-14T12:00:00Z'), 'feedback-request')).toEqual(['r1/c-hm @ 2026-03-16T19:00:00.000Z']);
  });

  test('done by feedback-requested (or feedback received) after the rejection', () => {
    for (const type of ['feedback-requested', 'feedback-received'] as const) {
      const done = event('fr', 'a1', type, '2026-03-16T20:00:00Z');
      expect(dueTimes(plan(scenario({ events: [interview, rejected, done] }), '2026-03-17T12:00:00Z'), 'feedback-request')).toEqual([]);
    }
  });

  test('no feedback request or keep-in-touch when the rejection came without an interview', () => {
    const lines = plan(scenario({ events: [event('ap', 'a1', 'applied', '2026-03-01T12:00:00Z'), rejected] }), '2026-09-20T12:00:00Z');
    expect(lines.filter((line) => line.applicationId === 'a1').map((line) => line.kind)).toEqual(['reflection']);
  });
});

describe('keep in touch (A5)', () => {
  test('90 days after the rejection, at the same local time', () => {
    expect(dueTimes(plan(scenario(), '2026-03-14T12:00:00Z'), 'keep-in-touch')).toEqual(['r1/c-hm @ 2026-06-11T19:00:00.000Z']);
  });

  test('addressee falls back from hiring manager to recruiter to interviewer', () => {
    const without = (...ids: string[]) => people.filter((person) => !ids.includes(person.id));
    const to = (contacts: typeof people, events = [interview, rejected]) => dueTimes(plan(scenario({ contacts, events }), '2026-03-14T12:00:00Z'), 'keep-in-touch');
    expect(to(without('c-hm'))).toEqual(['r1/c-rec @ 2026-06-11T19:00:00.000Z']);
    expect(to(without('c-hm', 'c-rec'))).toEqual(['r1/c-int @ 2026-06-11T19:00:00.000Z']);
    const namedOnly = event('i1', 'a1', 'interview', '2026-03-03T14:00:00-05:00', { contactIds: ['c-x'] });
    expect(to([], [namedOnly, rejected])).toEqual(['r1/c-x @ 2026-06-11T19:00:00.000Z']);
    const nobody = event('i1', 'a1', 'interview', '2026-03-03T14:00:00-05:00');
    expect(to([], [nobody, rejected])).toEqual(['r1/- @ 2026-06-11T19:00:00.000Z']);
  });

  test('a check-in settles the 90-day point; the 180-day one then answers that check-in', () => {
    const checkIn = event('k1', 'a1', 'check-in-sent', '2026-06-12T14:00:00Z');
    expect(dueTimes(plan(scenario({ events: [interview, rejected, checkIn] }), '2026-06-13T12:00:00Z'), 'keep-in-touch')).toEqual(['k1/c-hm @ 2026-09-09T19:00:00.000Z']);
  });

  test('the 180-day point needs a further check-in after the 90-day due time', () => {
    const early = event('k1', 'a1', 'check-in-sent', '2026-04-01T14:00:00Z');
    const alsoEarly = event('k2', 'a1', 'check-in-sent', '2026-04-02T14:00:00Z');
    const events = [interview, rejected, early, alsoEarly];
    expect(dueTimes(plan(scenario({ events }), '2026-07-01T12:00:00Z'), 'keep-in-touch')).toEqual(['k1/c-hm @ 2026-09-09T19:00:00.000Z']);
    const later = event('k3', 'a1', 'check-in-sent', '2026-06-20T14:00:00Z');
    expect(dueTimes(plan(scenario({ events: [...events, later] }), '2026-07-01T12:00:00Z'), 'keep-in-touch')).toEqual([]);
  });

  test('only the earliest unsettled point is listed, even long after both are due', () => {
    expect(dueTimes(plan(scenario(), '2026-12-01T12:00:00Z'), 'keep-in-touch')).toEqual(['r1/c-hm @ 2026-06-11T19:00:00.000Z']);
  });

  test('a check-in before the rejection does not count', () => {
    const before = event('k0', 'a1', 'check-in-sent', '2026-03-05T14:00:00Z');
    expect(dueTimes(plan(scenario({ events: [interview, before, rejected] }), '2026-06-13T12:00:00Z'), 'keep-in-touch')).toEqual(['r1/c-hm @ 2026-06-11T19:00:00.000Z']);
  });
});
