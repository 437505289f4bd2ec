import { describe, expect, test } from 'vitest';
import { webmailHead } from '../../utils/email/webmail-head';
import { instant, read } from './pasted-mail';

// Messages copied from a webmail view keep the sender's name and the time it was sent, without "From:" or "Date:".
describe('a message pasted with its webmail head', () => {
  test("Outlook's 'Jess Whitford / Mon 9/03/2026 4:12 PM' is the sender and the time sent, so 'tomorrow' is the 10th", async () => {
    const text = [
      'Jess Whitford',
      'Mon 9/03/2026 4:12 PM',
      '',
      'Hi Daniel,',
      '',
      "Great news – Coral Reach Credit Union would love to meet you for the Member Service Officer role! I've locked you in for tomorrow (Tuesday) at 9am with Renee Lapham (Branch Manager). Should take about half an hour.",
      '',
      'Cheers,',
      'Jess',
    ].join('\n');
    const head = webmailHead(text, 'Australia/Brisbane');
    expect(head?.from?.name).toBe('Jess Whitford');
    // 9 March 2026 is a Monday (3 September is a Thursday): the weekday settles day and month.
    expect(head?.date.toISOString()).toBe('2026-03-09T06:12:00.000Z');
    const message = await read(text, 'Australia/Brisbane', '2026-03-09T07:00:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-03-09T23:00:00.000Z');
  });

  test("Gmail's subject, sender with address, '(2 days ago)' and 'to me' lines", () => {
    const text = 'Your interview with Pinecrest Robotics\nMaya Chen <maya.chen@pinecrest.example>\nTue, Mar 10, 2026, 9:14 AM (2 days ago)\nto me\n\nHi Daniel, thanks for your time.';
    const head = webmailHead(text, 'America/Toronto');
    expect(head).toMatchObject({ subject: 'Your interview with Pinecrest Robotics', from: { name: 'Maya Chen', email: 'maya.chen@pinecrest.example' }, body: 'Hi Daniel, thanks for your time.' });
    expect(head?.date.toISOString()).toBe('2026-03-10T13:14:00.000Z');
  });

  test('a date without a weekday is read the way the reader’s country writes it', () => {
    const body = '\n\nThank you for applying.';
    expect(webmailHead(`Ops Team\n03/04/2026 10:00${body}`, 'Europe/London')?.date.toISOString()).toBe('2026-04-03T09:00:00.000Z');
    expect(webmailHead(`Ops Team\n03/04/2026 10:00${body}`, 'America/Chicago')?.date.toISOString()).toBe('2026-03-04T16:00:00.000Z');
  });

  test('a letter that opens any other way has no head', () => {
    for (const text of [
      'Dear Daniel,\nThank you for your interest.\n\nRegards',
      'Interview on Tuesday 10 March 2026 at 9:00\nBranch office\n\nHi Daniel',
      'Jess Whitford\nMonday 9 March\n\nHi Daniel',
      'Jess Whitford\nMon 9/03/2026 4:12 PM',
    ]) expect(webmailHead(text, 'Australia/Brisbane')).toBeNull();
  });
});
