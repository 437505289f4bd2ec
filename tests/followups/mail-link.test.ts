import { describe, expect, test } from 'vitest';
import { mailtoUrl, renderDraft, type DraftContext } from '../../utils/followups/drafts';
import { application, contact, event } from './fixtures';

/** The decoded parts of a mailto: link, as a mail app reads them. */
function read(link: string) {
  const url = new URL(link);
  const field = (name: string) => new RegExp(`[?&]${name}=([^&]*)`).exec(url.search)?.[1] ?? '';
  return { to: decodeURIComponent(url.pathname), subject: decodeURIComponent(field('subject')), body: decodeURIComponent(field('body')), rawBody: field('body') };
}

describe('a mail link carries no line break beyond what the body means', () => {
  test('a subject is one line, whatever breaks its text holds', () => {
    const link = mailtoUrl('dana@acme.example', 'Thanks\r\nBcc: everyone@evil.example\rX-Priority: 1\u2028ok', 'Hi');
    expect(read(link).subject).toBe('Thanks Bcc: everyone@evil.example X-Priority: 1 ok');
    expect(link).not.toMatch(/%0D|%0A|%E2%80%A8/i);
  });

  test("the body's breaks of every kind arrive as CRLF, encoded, and never as a lone CR or LF", () => {
    const link = mailtoUrl('dana@acme.example', 'Hello', 'one\rtwo\nthree\r\nfour\u2028five\u0085six');
    const { body, rawBody } = read(link);
    expect(body).toBe('one\r\ntwo\r\nthree\r\nfour\r\nfive\r\nsix');
    expect(rawBody.replace(/%0D%0A/g, '')).not.toMatch(/%0D|%0A/i);
    expect(link).not.toMatch(/[\r\n]/);
  });

  test('an address with a break in it stays one address', () => {
    const link = mailtoUrl('dana@acme.example\r\nBcc: x@evil.example', 's', 'b');
    expect(read(link).to).toBe('dana@acme.exampleBcc:x@evil.example');
    expect(link).not.toMatch(/%0D|%0A|%20/i);
  });

  test('a name or title imported with line breaks reads as one line in the draft', () => {
    const ctx: DraftContext = {
      application: application('a1', 'interviewing', { company: 'Acme\r\nBcc: x@evil.example', title: 'Senior\nEngineer' }),
      contact: contact('c1', 'Dana\rLee', 'hiring-manager', ['a1']),
      event: event('i1', 'a1', 'interview', '2026-03-10T14:00:00-04:00'),
      settings: { name: 'Alex Kim', signature: 'Alex Kim\n555 0100' },
      timeZone: 'America/New_York',
    };
    const draft = renderDraft('thank-you', ctx)!;
    expect(draft.subject).toBe('Thank you for the conversation about the Senior Engineer role');
    expect(draft.body).toContain('Acme Bcc: x@evil.example');
    expect(draft.body).toMatch(/^Hi Dana,\n/);
    // The signature is the user's own and keeps its lines.
    expect(draft.body.endsWith('Alex Kim\n555 0100')).toBe(true);
    const { subject } = read(mailtoUrl('dana@acme.example', draft.subject, draft.body));
    expect(subject).not.toMatch(/[\r\n]/);
  });
});
