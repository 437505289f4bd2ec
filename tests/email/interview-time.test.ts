import { describe, expect, it } from 'vitest';
import { readMessage } from '../../utils/email';
import { readExample } from './messages';

const read = (text: string, timeZone = 'America/New_York', now = '2026-03-02T12:00:00Z') => readMessage({ kind: 'text', text }, { now: new Date(now), timeZone });

const confirmation = (when: string, date = 'Mon, 2 Mar 2026 09:00:00 -0500') => `From: Sam Ortiz <sam.ortiz@acme-robotics.com>
Subject: Interview confirmed - Acme Robotics
Date: ${date}

Hi Alex,

Your interview is confirmed for ${when}.

Best,
Sam Ortiz
Engineering Manager
Acme Robotics
`;

describe('when an interview starts', () => {
  it('reads a stated zone over the user\'s: the same PST message for a user in Paris is 19:00 there', async () => {
    const paris = await readExample('synthetic-interview-pst-summer.txt', { timeZone: 'Europe/Paris' });
    expect(paris.at).toBe('2026-07-14T19:00:00+02:00');
    expect(new Date(paris.at!).getTime()).toBe(new Date('2026-07-14T10:00:00-07:00').getTime());
  });

  it('reads PST in winter as -08:00 and in summer as -07:00 (Pacific time, not a fixed offset)', async () => {
    const winter = await read(confirmation('Tuesday, January 12 at 9:00 AM PST', 'Mon, 4 Jan 2027 09:00:00 -0800'), 'UTC');
    const summer = await read(confirmation('Tuesday, August 11 at 9:00 AM PST', 'Mon, 3 Aug 2026 09:00:00 -0700'), 'UTC');
    expect(winter.at).toBe('2027-01-12T17:00:00Z');
    expect(summer.at).toBe('2026-08-11T16:00:00Z');
  });

  it('reads a time with no zone in the user\'s zone', async () => {
    const berlin = await read(confirmation('Tuesday, March 10 at 2:00 PM'), 'Europe/Berlin');
    expect(berlin.kind).toBe('interview');
    expect(berlin.at).toBe('2026-03-10T14:00:00+01:00');
  });

  it('reads a weekday and date without a year against the message date, and against now when there is none', async () => {
    const dated = await read(confirmation('Friday, January 8 at 10:00 AM ET', 'Mon, 28 Dec 2026 09:00:00 -0500'));
    expect(dated.at).toBe('2027-01-08T10:00:00-05:00');
    const body = 'Hi Alex,\n\nYour interview with Acme Robotics is confirmed for Thursday, March 19 at 3:00 PM ET.\n\nSam Ortiz';
    expect((await read(body, 'America/New_York', '2026-03-02T12:00:00Z')).at).toBe('2026-03-19T15:00:00-04:00');
    expect((await read(body, 'America/New_York', '2026-11-20T12:00:00Z')).at).toBe('2027-03-19T15:00:00-04:00');
  });

  it('takes the length from a range or from the words, and none when neither says', async () => {
    expect((await read(confirmation('Wednesday, March 4 from 2 - 3:30pm ET'))).durationMinutes).toBe(90);
    expect((await read(confirmation('Wednesday, March 4 at 2pm ET. It will last about an hour'))).durationMinutes).toBe(60);
    const noLength = await read(confirmation('Wednesday, March 4 at 2pm ET. Please join 10 minutes early'));
    expect(noLength.at).toBe('2026-03-04T14:00:00-05:00');
    expect(noLength.durationMinutes).toBeNull();
  });

  it('reads French times and zones: "14h30, heure de Paris"', async () => {
    const text = `De: Claire Dubois <claire.dubois@maisonverdier.fr>
Objet: Confirmation de votre entretien
Date: 2 mars 2026 10:00

Bonjour Alex,

Je vous confirme notre entretien le mardi 10 mars à 14h30, heure de Paris.

Claire Dubois
Maison Verdier
`;
    const read1 = await read(text);
    expect(read1.kind).toBe('interview');
    expect(read1.at).toBe('2026-03-10T09:30:00-04:00');
  });

  it('does not take a reply-by date for the interview time', async () => {
    const offer = await read(confirmation('Thursday, March 5 at 11:00 AM ET. Please confirm by Wednesday at 5pm'));
    expect(offer.at).toBe('2026-03-05T11:00:00-05:00');
  });
});
