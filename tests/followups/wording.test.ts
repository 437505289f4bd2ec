import { describe, expect, test } from 'vitest';
import { PROMPT_KINDS, type PromptKind } from '../../utils/model/prompts';
import { promptTitle, summaryNotification, type WordingContext } from '../../utils/followups/wording';
import { application, contact, event } from './fixtures';

const acme = application('a1', 'interviewing');
const dana = contact('c1', 'Dana Lee', 'hiring-manager', ['a1']);
// Tuesday 10 March 2026, 17:00 in New York.
const now = new Date('2026-03-10T21:00:00Z');
const ctx = (extra: Partial<WordingContext> = {}): WordingContext => ({ application: acme, contact: dana, event: null, now, timeZone: 'America/New_York', ...extra });
const title = (kind: PromptKind, dueAt: string, extra: Partial<WordingContext> = {}) => promptTitle({ kind, dueAt }, ctx(extra));

describe('prompt titles (voice.md)', () => {
  test('thank-you names the person, the day part, role and company', () => {
    const interview = event('i1', 'a1', 'interview', '2026-03-10T14:00:00-04:00');
    expect(title('thank-you', '2026-03-10T19:00:00Z', { event: interview })).toBe("Thank Dana Lee for this afternoon's interview (Engineer, Acme)");
  });

  test('late is fine: "Still a good moment to…"', () => {
    const interview = event('i1', 'a1', 'interview', '2026-03-05T10:00:00-05:00');
    expect(title('thank-you', '2026-03-05T17:00:00Z', { event: interview })).toBe("Still a good moment to thank Dana Lee for Thursday's interview (Engineer, Acme)");
  });

  test('silence, rejection, keep-in-touch and pipeline read like the voice examples', () => {
    const applied = event('ap', 'a1', 'applied', '2026-03-03T10:00:00-05:00');
    expect(title('follow-up', '2026-03-10T14:00:00Z', { event: applied })).toBe("It's been a week since you applied to Acme — a short follow-up often gets an answer");
    expect(title('feedback-request', '2026-03-10T14:00:00Z')).toBe('Sorry about Acme. Asking Dana for two lines of feedback takes a minute and often helps');
    const rejected = event('r1', 'a1', 'rejected', '2025-12-10T10:00:00-05:00');
    expect(title('keep-in-touch', '2026-03-10T15:00:00Z', { event: rejected })).toBe('Three months since Acme: a quick hello to Dana keeps the door open');
    expect(title('pipeline', '2026-03-16T13:00:00Z', { application: null, contact: null, activeCount: 2 })).toBe('Two applications in play. Adding a few more keeps your options open');
  });

  test('the follow-up after an interview asks about next steps and never reads as another thank-you', () => {
    const interview = event('i1', 'a1', 'interview', '2026-03-03T14:00:00-05:00');
    const onTime = title('follow-up', '2026-03-10T14:00:00Z', { event: interview });
    expect(onTime).toBe("It's been a week since your interview at Acme — a short note asking about next steps often gets an answer");
    const late = title('follow-up', '2026-03-06T14:00:00Z', { event: interview });
    expect(late).toBe('Still a good moment to ask Acme about next steps after your interview');
    for (const line of [onTime, late]) expect(line).not.toMatch(/thank/i);
  });

  test('a follow-up seen before its day says when, and never claims a week has passed', () => {
    const applied = event('ap', 'a1', 'applied', '2026-03-06T10:00:00-05:00');
    // Now is Tuesday 10 March; a week after applying is Friday.
    expect(title('follow-up', '2026-03-13T14:00:00Z', { event: applied })).toBe("Follow up with Acme on Friday if they haven't replied — a week after applying, a short note often gets an answer");
    const interview = event('i1', 'a1', 'interview', '2026-03-04T14:00:00-05:00');
    expect(title('follow-up', '2026-03-11T14:00:00Z', { event: interview })).toBe("Ask Acme about next steps tomorrow if they haven't been in touch — a week after an interview, a short note often gets an answer");
    const nudged = event('f1', 'a1', 'follow-up-sent', '2026-03-09T10:00:00-04:00');
    expect(title('follow-up', '2026-03-16T14:00:00Z', { event: nudged })).toBe("One more short, friendly note to Acme on Monday if they still haven't replied");
    for (const dueAt of ['2026-03-13T14:00:00Z', '2026-03-11T14:00:00Z']) expect(title('follow-up', dueAt, { event: applied })).not.toMatch(/It's been/);
  });

  test('prep and references say when the interview is', () => {
    const tomorrow = event('i2', 'a1', 'interview', '2026-03-11T10:00:00-04:00', { final: true });
    expect(title('prep', '2026-03-10T13:00:00Z', { event: tomorrow })).toBe("Prepare for tomorrow's interview at Acme: a little research and two questions to ask");
    expect(title('references', '2026-03-09T14:00:00Z', { event: tomorrow })).toBe('Brief your references: your final interview at Acme is tomorrow');
  });

  test('every kind, with or without records, is one calm line: no "!", no "overdue", no "missed"', () => {
    for (const kind of PROMPT_KINDS) {
      for (const extra of [{}, { application: null, contact: null, event: null }]) {
        const line = title(kind, '2026-02-01T00:00:00Z', extra);
        expect(line).not.toMatch(/!|overdue|missed|\n|undefined|null/i);
        expect(line.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('summary notification', () => {
  test('counts and names what came due', () => {
    expect(summaryNotification([{ kind: 'follow-up' }, { kind: 'follow-up' }, { kind: 'reflection' }])).toBe('Three things came due while you were away: two follow-ups and a reflection');
    expect(summaryNotification([{ kind: 'thank-you' }])).toBe('One thing came due while you were away: a thank-you note');
  });
});
