import { describe, expect, it } from 'vitest';
import { readMessage, sourceFromFile } from '../../utils/email';

const options = { now: new Date('2026-03-02T12:00:00Z'), timeZone: 'America/New_York' };

describe('which reader a file needs', () => {
  it('goes by the extension, then by the content', () => {
    expect(sourceFromFile('invite.ics', 'BEGIN:VCALENDAR').kind).toBe('ics');
    expect(sourceFromFile('message.eml', 'From: a@b.com\r\n\r\nHi').kind).toBe('eml');
    expect(sourceFromFile('pasted.txt', 'From: a@b.com\n\nHi').kind).toBe('text');
    expect(sourceFromFile('download', 'BEGIN:VCALENDAR\r\nVERSION:2.0').kind).toBe('ics');
    expect(sourceFromFile('download', 'MIME-Version: 1.0\r\nMessage-ID: <x@y>\r\nContent-Type: text/plain\r\n\r\nHi').kind).toBe('eml');
    const bytes = new TextEncoder().encode('BEGIN:VCALENDAR').buffer as ArrayBuffer;
    expect(sourceFromFile('invite.ICS', bytes)).toEqual({ kind: 'ics', text: 'BEGIN:VCALENDAR' });
  });
});

describe('plain text with header lines', () => {
  it('reads any of From:, Subject:, Date: when present and the body after the blank line', async () => {
    const onlySubject = await readMessage(
      { kind: 'text', text: 'Subject: Your application to Data Analyst at Sunfield Logistics\n\nUnfortunately, we have decided to move forward with other candidates.\n' },
      options,
    );
    expect(onlySubject).toMatchObject({ kind: 'rejection', company: 'Sunfield Logistics', title: 'Data Analyst', senderDomain: null });
  });

  it('treats a first line that merely contains a colon as body, not a header', async () => {
    const read = await readMessage({ kind: 'text', text: 'Note: we have received your application to Quillpoint.\nThe Quillpoint Recruiting Team' }, options);
    expect(read.kind).toBe('received');
    expect(read.company).toBe('Quillpoint');
  });

  it('gives the sender\'s registrable domain for matching', async () => {
    const read = await readMessage({ kind: 'text', text: 'From: Dana Lee <dana@jobs.acme.co.uk>\nSubject: Your application\n\nThanks for applying to Acme. We have received your application.' }, options);
    expect(read.senderDomain).toBe('acme.co.uk');
    expect(read.company).toBe('Acme');
  });

  it('says when the message was sent, in the user\'s zone, and nothing when it has no date', async () => {
    const dated = await readMessage({ kind: 'text', text: 'From: Dana Lee <dana@acme.com>\nSubject: Your application\nDate: Mon, 6 Apr 2026 18:00:00 -0700\n\nUnfortunately we have decided to move forward with other candidates.' }, options);
    expect(dated.sentAt).not.toBeNull();
    expect(new Date(dated.sentAt!).toISOString()).toBe('2026-04-07T01:00:00.000Z');
    expect(dated.sentAt).toMatch(/[+-]\d{2}:\d{2}$/);
    const undated = await readMessage({ kind: 'text', text: 'Subject: Your application\n\nUnfortunately we have decided to move forward with other candidates.' }, options);
    expect(undated.sentAt).toBeNull();
  });

  it('proposes nothing for an empty paste', async () => {
    expect(await readMessage({ kind: 'text', text: '   \n' }, options)).toEqual({ kind: 'none', company: null, title: null, at: null, durationMinutes: null, people: [], senderDomain: null, sentAt: null });
  });
});

describe('a cancelled invite', () => {
  it('is not an interview to log', async () => {
    const ics = ['BEGIN:VCALENDAR', 'METHOD:CANCEL', 'BEGIN:VEVENT', 'UID:1', 'DTSTART:20260310T150000Z', 'DTEND:20260310T160000Z', 'SUMMARY:Acme interview', 'STATUS:CANCELLED', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const read = await readMessage({ kind: 'ics', text: ics }, options);
    expect(read.kind).not.toBe('interview');
    expect(read.at).toBeNull();
  });
});

describe('numbers the date library cannot take', () => {
  // chrono-node never returned on these: "176543210W Et" reads as 176 million weeks, "300000 y et" as 300,000 years.
  it('reads a receipt whose reference looks like a huge duration, and a Date line made of one', async () => {
    const receipt = await readMessage(
      { kind: 'text', text: "From: Apec <ne-pas-repondre@candidature.apec.fr>\nSubject: Votre candidature a bien été envoyée\n\nVotre candidature a bien été transmise au recruteur.\nRéférence de l'offre : 176543210W\n\nEt maintenant ?" },
      options,
    );
    expect(receipt.kind).toBe('received');
    const odd = await readMessage({ kind: 'text', text: 'From: a@acme.com\nDate: 300000 y et\nSubject: Hello\n\nYour interview is on Tuesday, March 10 at 2pm ET. Ref 99999999 w et.' }, options);
    expect(odd.kind).toBe('interview');
    expect(odd.at).toBe('2026-03-10T14:00:00-04:00');
  });
});
