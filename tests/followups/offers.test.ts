import { describe, expect, test } from 'vitest';
import { application, contact, event, plan, reminder, type Scenario } from './fixtures';

// Acme makes an offer on Monday 9 March 2026 (New York, EDT); Globex is interviewing, Initech applied.
const people = [
  contact('c-dana', 'Dana Kim', 'recruiter', ['globex']),
  contact('c-sam', 'Sam Ortiz', 'reference', ['acme']),
  contact('c-priya', 'Priya Shah', 'reference', []),
];
const before = [
  event('acme-applied', 'acme', 'applied', '2026-02-10T10:00:00-05:00'),
  event('acme-interview', 'acme', 'interview', '2026-02-24T14:00:00-05:00'),
  event('globex-applied', 'globex', 'applied', '2026-02-12T10:00:00-05:00'),
  event('globex-interview', 'globex', 'interview', '2026-03-05T14:00:00-05:00', { contactIds: ['c-dana'] }),
  event('globex-thanks', 'globex', 'thank-you-sent', '2026-03-05T18:00:00-05:00'),
  event('globex-final', 'globex', 'interview', '2026-03-17T10:00:00-04:00', { final: true, contactIds: ['c-dana'] }),
  event('initech-applied', 'initech', 'applied', '2026-03-02T10:00:00-05:00'),
];
const offer = event('acme-offer', 'acme', 'offer', '2026-03-09T11:00:00-04:00');
const accepted = event('acme-accepted', 'acme', 'accepted', '2026-03-12T10:00:00-04:00');

function search(acmeStage: 'offer' | 'accepted' | 'withdrawn' | 'interviewing', extra: Partial<Scenario> = {}, respondBy: string | null = '2026-03-13'): Scenario {
  return {
    applications: [
      application('acme', acmeStage, { offerRespondBy: respondBy }),
      application('globex', 'interviewing', { company: 'Globex' }),
      application('initech', 'applied', { company: 'Initech' }),
      application('hooli', 'saved', { company: 'Hooli' }),
      ...(extra.applications ?? []),
    ],
    events: [...before, offer, ...(acmeStage === 'offer' ? [] : acmeStage === 'interviewing' ? [] : [accepted]), ...(extra.events ?? [])],
    contacts: extra.contacts ?? people,
    reminders: extra.reminders,
    reflections: extra.reflections,
  };
}

const lines = (scenario: Scenario, now: string) => plan(scenario, now).map((line) => `${line.kind} ${line.applicationId ?? '-'} ${line.eventId ?? '-'} ${line.contactId ?? '-'}`);
const kindsOf = (scenario: Scenario, now: string, applicationId: string) =>
  plan(scenario, now).filter((line) => line.applicationId === applicationId).map((line) => line.kind).sort();

describe('an offer in hand (A9)', () => {
  test('offer-decision comes three business days before the deadline, at the decision hour', () => {
    const decision = plan(search('offer'), '2026-03-09T20:00:00Z').find((line) => line.kind === 'offer-decision');
    // Friday 13 March 09:00 EDT, three business days back: Tuesday 10 March 09:00 EDT.
    expect(decision).toMatchObject({ applicationId: 'acme', eventId: 'acme-offer', contactId: null, dueAt: '2026-03-10T13:00:00.000Z' });
  });

  test('a deadline closer than that makes the decision due as soon as the offer arrives, and gone after the deadline day', () => {
    const soon = plan(search('offer', {}, '2026-03-10'), '2026-03-09T20:00:00Z').find((line) => line.kind === 'offer-decision');
    expect(soon?.dueAt).toBe('2026-03-09T15:00:00.000Z');
    expect(kindsOf(search('offer', {}, '2026-03-10'), '2026-03-10T23:00:00Z', 'acme')).toContain('offer-decision');
    expect(kindsOf(search('offer', {}, '2026-03-10'), '2026-03-11T04:00:00Z', 'acme')).not.toContain('offer-decision');
  });

  test('no deadline, or one that cannot be read: no decision prompt', () => {
    expect(kindsOf(search('offer', {}, null), '2026-03-09T20:00:00Z', 'acme')).not.toContain('offer-decision');
    expect(kindsOf(search('offer', {}, '2026-02-31'), '2026-03-09T20:00:00Z', 'acme')).not.toContain('offer-decision');
  });

  test('offer-leverage goes to each application in interviews, addressed to its recruiter, from the moment the offer arrived', () => {
    const leverage = plan(search('offer'), '2026-03-09T20:00:00Z').filter((line) => line.kind === 'offer-leverage');
    expect(leverage).toEqual([
      { kind: 'offer-leverage', applicationId: 'globex', contactId: 'c-dana', eventId: 'acme-offer', dueAt: '2026-03-09T15:00:00.000Z', overdue: true },
    ]);
  });

  test('offer-leverage is gone from the deadline day on, and kept without a deadline', () => {
    expect(kindsOf(search('offer'), '2026-03-12T20:00:00Z', 'globex')).toContain('offer-leverage');
    expect(kindsOf(search('offer'), '2026-03-13T05:00:00Z', 'globex')).not.toContain('offer-leverage');
    expect(kindsOf(search('offer', {}, null), '2026-03-20T15:00:00Z', 'globex')).toContain('offer-leverage');
  });

  test('a note sent to them after the offer settles offer-leverage', () => {
    const told = event('globex-told', 'globex', 'follow-up-sent', '2026-03-09T16:00:00-04:00', { contactIds: ['c-dana'] });
    expect(kindsOf(search('offer', { events: [told] }), '2026-03-09T21:00:00Z', 'globex')).not.toContain('offer-leverage');
  });

  test('the pipeline nudge rests while an offer is in hand, and comes back when there is none', () => {
    expect(plan(search('offer'), '2026-03-16T14:00:00Z').some((line) => line.kind === 'pipeline')).toBe(false);
    expect(plan(search('interviewing'), '2026-03-16T14:00:00Z').some((line) => line.kind === 'pipeline')).toBe(true);
  });
});

describe('an offer accepted ends the search (A5, A6)', () => {
  test('only withdraw notes for the applications still open, and thanks to the references named on the accepted one', () => {
    expect(lines(search('accepted'), '2026-03-12T18:00:00Z').sort()).toEqual([
      'thank-references acme acme-accepted c-sam',
      'withdraw globex acme-accepted c-dana',
      'withdraw initech acme-accepted -',
    ]);
  });

  test('no prep, thank-you, reflection or follow-up for the others, though their interviews go on', () => {
    const later = '2026-03-17T20:00:00Z';
    expect(kindsOf(search('accepted'), later, 'globex')).toEqual(['withdraw']);
    expect(kindsOf(search('interviewing'), later, 'globex')).toEqual(expect.arrayContaining(['reflection', 'thank-you']));
  });

  test('withdraw is due at the acceptance; nothing is asked before it', () => {
    const withdraw = plan(search('accepted'), '2026-03-12T18:00:00Z').find((line) => line.kind === 'withdraw');
    expect(withdraw?.dueAt).toBe('2026-03-12T14:00:00.000Z');
  });

  test('a second offer still open gets a withdraw note rather than its decision', () => {
    const stark = application('stark', 'offer', { company: 'Stark', offerRespondBy: '2026-03-20' });
    const starkOffer = event('stark-offer', 'stark', 'offer', '2026-03-10T09:00:00-04:00');
    expect(kindsOf(search('accepted', { applications: [stark], events: [starkOffer] }), '2026-03-17T18:00:00Z', 'stark')).toEqual(['withdraw']);
  });

  test('a posting only saved is left alone: nobody there is waiting for an answer', () => {
    expect(kindsOf(search('accepted'), '2026-03-12T18:00:00Z', 'hooli')).toEqual([]);
  });

  test('every reference is thanked when the accepted application names none', () => {
    const unnamed = [people[0], contact('c-sam', 'Sam Ortiz', 'reference', []), people[2]];
    const thanks = plan(search('accepted', { contacts: unnamed }), '2026-03-12T18:00:00Z').filter((line) => line.kind === 'thank-references');
    expect(thanks.map((line) => line.contactId)).toEqual(['c-priya', 'c-sam']);
  });

  test('a note logged to a reference after the acceptance settles their thank-you, and only theirs', () => {
    const unnamed = [people[0], contact('c-sam', 'Sam Ortiz', 'reference', []), people[2]];
    const thanked = event('thanked', 'acme', 'references-briefed', '2026-03-12T16:00:00-04:00', { contactIds: ['c-sam'] });
    const thanks = plan(search('accepted', { contacts: unnamed, events: [thanked] }), '2026-03-12T21:00:00Z').filter((line) => line.kind === 'thank-references');
    expect(thanks.map((line) => line.contactId)).toEqual(['c-priya']);
  });

  test('withdrawing from an application (logged on it) settles its note', () => {
    const left = event('globex-left', 'globex', 'withdrawn', '2026-03-12T15:00:00-04:00');
    const scenario = search('accepted', { events: [left] });
    scenario.applications = scenario.applications.map((item) => (item.id === 'globex' ? { ...item, stage: 'withdrawn' } : item));
    expect(kindsOf(scenario, '2026-03-12T20:00:00Z', 'globex')).toEqual([]);
  });

  test('an application saved after the acceptance is a new search: planned as usual, and the pipeline nudge returns', () => {
    const fresh = application('wayne', 'applied', { company: 'Wayne', createdAt: '2026-06-01T12:00:00.000Z' });
    const applied = event('wayne-applied', 'wayne', 'applied', '2026-06-01T12:00:00-04:00');
    const scenario = search('accepted', { applications: [fresh], events: [applied] });
    expect(kindsOf(scenario, '2026-06-15T15:00:00Z', 'wayne')).toEqual(['follow-up']);
    expect(plan(scenario, '2026-06-15T15:00:00Z').some((line) => line.kind === 'pipeline')).toBe(true);
    expect(plan(search('accepted'), '2026-06-15T15:00:00Z').some((line) => line.kind === 'pipeline')).toBe(false);
  });
});

describe('when the accepted offer falls through, the search reopens', () => {
  const decisions = [
    reminder('follow-up:initech:initech-applied:-', 'snoozed', { until: '2026-03-18T14:00:00.000Z' }),
    reminder('prep:globex:globex-final:-', 'dismissed'),
  ];

  test('withdrawn on the accepted offer: the others get their prompts back, the user\'s decisions still standing', () => {
    const fellThrough = event('acme-withdrawn', 'acme', 'withdrawn', '2026-03-16T09:00:00-04:00');
    const scenario = search('withdrawn', { events: [fellThrough], reminders: decisions });
    const open = plan({ ...search('interviewing', { reminders: decisions }), events: [...before] }, '2026-03-16T15:00:00Z')
      .filter((line) => line.applicationId !== 'acme');
    const reopened = plan(scenario, '2026-03-16T15:00:00Z').filter((line) => line.applicationId !== 'acme');
    expect(reopened).toEqual(open);
    expect(reopened.find((line) => line.applicationId === 'initech')?.dueAt).toBe('2026-03-18T14:00:00.000Z');
    expect(reopened.some((line) => line.kind === 'prep')).toBe(false);
    expect(reopened.map((line) => line.kind)).toEqual(expect.arrayContaining(['pipeline', 'references', 'follow-up']));
    expect(reopened.some((line) => line.kind === 'withdraw' || line.kind === 'thank-references')).toBe(false);
  });

  test('moved back to offer on the board: the offer is in hand again, with its new event', () => {
    const movedBack = event('acme-back', 'acme', 'offer', '2026-03-13T09:00:00-04:00');
    const scenario = search('offer', { events: [accepted, movedBack] }, '2026-03-20');
    expect(lines(scenario, '2026-03-13T14:00:00Z').filter((line) => line.startsWith('offer-'))).toEqual([
      'offer-leverage globex acme-back c-dana',
      'offer-decision acme acme-back -',
    ]);
  });
});
