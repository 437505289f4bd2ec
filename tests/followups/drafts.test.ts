import { describe, expect, test } from 'vitest';
import { eventForSentDraft, mailtoUrl, renderDraft, type DraftContext } from '../../utils/followups/drafts';
import { application, contact, event } from './fixtures';

const ctx = (extra: Partial<DraftContext> = {}): DraftContext => ({
  application: application('a1', 'interviewing'),
  contact: contact('c1', 'Dana Lee', 'hiring-manager', ['a1']),
  event: event('i1', 'a1', 'interview', '2026-03-10T14:00:00-04:00'),
  settings: { name: 'Alex Kim', signature: 'Alex Kim\n555 0100' },
  timeZone: 'America/New_York',
  ...extra,
});

describe('drafts', () => {
  test('thank-you names the person, role, company and day, and signs off', () => {
    const draft = renderDraft('thank-you', ctx());
    expect(draft?.subject).toBe('Thank you for the conversation about the Engineer role');
    expect(draft?.body).toMatch(/^Hi Dana,\n\nThank you for taking the time to talk with me on Tuesday 10 March about the Engineer role\. .*Acme/);
    expect(draft?.body.endsWith('Alex Kim\n555 0100')).toBe(true);
  });

  test('the feedback request is short enough to answer in two lines', () => {
    const draft = renderDraft('feedback-request', ctx());
    expect(draft?.body.split(/\s+/).length).toBeLessThan(70);
    expect(draft?.body).toContain('a line or two');
  });

  test('no contact: "there"; no signature: the name', () => {
    const draft = renderDraft('follow-up', ctx({ contact: null, settings: { name: 'Alex Kim', signature: '' } }));
    expect(draft?.body.startsWith('Hi there,')).toBe(true);
    expect(draft?.body.endsWith('Alex Kim')).toBe(true);
  });

  test("a user's template overrides; unknown placeholders stay visible; values are never re-expanded", () => {
    const templates = { 'thank-you': 'Subject: Thanks, {fullName}\n\nDear {name} at {company}, {unknown} — {interviewer}. {myName}' };
    const draft = renderDraft('thank-you', ctx({ application: application('a1', 'applied', { company: '{role} & <b>Co</b> $&' }), interviewers: [contact('c2', 'Sam Ortiz', 'interviewer', [])] }), templates);
    expect(draft).toEqual({ subject: 'Thanks, Dana Lee', body: 'Dear Dana at {role} & <b>Co</b> $&, {unknown} — Sam Ortiz. Alex Kim' });
  });

  test('kinds that send nothing have no default draft', () => {
    expect(renderDraft('prep', ctx())).toBeNull();
    expect(renderDraft('reflection', ctx())).toBeNull();
    expect(renderDraft('pipeline', ctx())).toBeNull();
  });

  test('mailto is fully encoded, with CRLF line breaks', () => {
    expect(mailtoUrl('dana@acme.com', 'Q&A? 50% #1', 'Hi Dana,\nthanks & bye')).toBe(
      'mailto:dana@acme.com?subject=Q%26A%3F%2050%25%20%231&body=Hi%20Dana%2C%0D%0Athanks%20%26%20bye',
    );
    expect(mailtoUrl(['a@x.io', 'b@y.io'], 's', 'b')).toBe('mailto:a@x.io,b@y.io?subject=s&body=b');
  });

  test('sending a draft logs the event that settles its prompt', () => {
    expect(eventForSentDraft('thank-you')).toBe('thank-you-sent');
    expect(eventForSentDraft('follow-up')).toBe('follow-up-sent');
    expect(eventForSentDraft('feedback-request')).toBe('feedback-requested');
    expect(eventForSentDraft('keep-in-touch')).toBe('check-in-sent');
    expect(eventForSentDraft('references')).toBe('references-briefed');
    expect(eventForSentDraft('close-out')).toBeNull();
    expect(eventForSentDraft('pipeline')).toBeNull();
  });
});
