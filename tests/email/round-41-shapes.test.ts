import { describe, expect, it } from 'vitest';
import { instant, mail, read } from './pasted-mail';

// Times and names the way round 41 of unseen mail wrote them (interview-heavy mail from Britain and Ireland, in German
// and Dutch, and in English from Asia, the Gulf and South Africa). Each case is worded the way one writer would, not
// copied from the unseen files.

describe('an interview hour in these shapes', () => {
  it('reads "8am Irish time" in Dublin\u2019s time for a reader in Sydney', async () => {
    const message = await read(
      mail(
        'Shannonside Medical <no-reply@hire.lever.co>',
        'Interview with Shannonside Medical - Validation Engineer',
        'Tue, 31 Mar 2026 16:00:00 +0100',
        'Hi Aoife,\n\nThe team would like to meet you on video.\n\nWhen: Friday 3 April at 9am Irish time (7pm for you in Sydney)\nLength: 45 minutes\n\nKind regards,\nNiamh Daly\nTalent Partner, Shannonside Medical',
      ),
      'Australia/Sydney',
      '2026-03-31T20:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-04-03T08:00:00.000Z');
  });

  it('takes the slot an invitation was "sent for", and not the time "it would have been"', async () => {
    const message = await read(
      mail(
        'Imogen Shaw <imogen.shaw@fairley-north.co.uk>',
        'RE: Finance Business Partner \u2013 interview',
        'Thu, 26 Mar 2026 10:00:00 +0000',
        'Hi Omar,\n\nGreat, Tuesday it is. I\u2019ve sent you a calendar invitation for Tuesday 31 March, 11:00\u201312:00 UK time.\n\nThe clocks change this weekend, so that\u2019s 14:00 for you in Dubai, not 15:00 as it would be today.\n\nBest,\nImogen',
      ),
      'Asia/Dubai',
      '2026-03-26T11:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-03-31T10:00:00.000Z');
  });

  it('reads "tomorrow at 9 (morning)" under an Outlook head with a day-first date, not another person\u2019s call later', async () => {
    const message = await read(
      'Vivian Ho <vivian.ho@shekoventures.com.hk>\nWed 13/05/2026 16:20\n\nDear Ms Lau,\n\nThank you for your time on the phone. Mr Tse would like to meet you, so we have you down for tomorrow at 9 (morning) at our office; he has a client lunch at 12:30, so please allow about an hour.\n\nBest regards,\nVivian Ho\nShek O Ventures Limited',
      'Asia/Hong_Kong',
      '2026-05-13T09:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-05-14T01:00:00.000Z');
  });

  it('reads "Dann halten wir Mittwoch fest" as agreeing to the Wednesday slot, given in Swiss time with the reader\u2019s in brackets', async () => {
    const message = await read(
      mail(
        'Corina Gredig <corina.gredig@talmatt.ch>',
        'AW: Talmatt Robotik \u2013 Interview',
        'Mon, 16 Mar 2026 17:00:00 +0100',
        'Hallo Lucas\n\nMerci! Dann halten wir Mittwoch fest. Die Teams-Einladung folgt.\n\nLiebe Gr\u00fcsse\nCorina\n\nVon: Lucas Moreau <lucas.moreau@outlook.com>\nGesendet: Montag, 16. M\u00e4rz 2026 15:10\nAn: Corina Gredig <corina.gredig@talmatt.ch>\nBetreff: Re: Talmatt Robotik \u2013 Interview\n\nHallo Corina\n\nMittwoch passt mir gut.\n\nGruss\nLucas\n\nVon: Corina Gredig <corina.gredig@talmatt.ch>\nGesendet: Freitag, 13. M\u00e4rz 2026 09:30\nAn: Lucas Moreau <lucas.moreau@outlook.com>\nBetreff: Talmatt Robotik \u2013 Interview\n\nHallo Lucas\n\nIch kann dir zwei Termine anbieten, alle Zeiten in Schweizer Zeit, in Klammern deine Zeit in Montr\u00e9al:\n\n\u2022 Dienstag, 17. M\u00e4rz, 15:00 Uhr (10:00 Uhr Montr\u00e9al)\n\u2022 Mittwoch, 18. M\u00e4rz, 16:30 Uhr (11:30 Uhr Montr\u00e9al)\n\nLiebe Gr\u00fcsse\nCorina',
      ),
      'America/Toronto',
      '2026-03-16T17:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-03-18T15:30:00.000Z');
  });

  it('reads "Thursday, August 13, 9–9:30am PT" as this year’s date: the bare hour opening the range is no year', async () => {
    const message = await read(
      mail(
        'Rosa Kim <rosa.kim@tidecrestlabs.io>',
        'Re: Next steps - Platform Engineer',
        'Fri, 7 Aug 2026 12:00:00 -0700',
        'Hi Sam,\n\nWe\u2019re all set for Thursday, August 13, 9\u20139:30am PT (noon\u201312:30pm your time in Boston) with Lee Park.\n\nBest,\nRosa\nRecruiting Coordinator | Tidecrest Labs',
      ),
      'America/New_York',
      '2026-08-07T20:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-08-13T16:00:00.000Z');
    expect(message.durationMinutes).toBe(30);
  });

  it('reads a Dutch Outlook head ("di 3-3-2026 16:40") day first, so "morgenochtend om 10 uur" is the 4th of March', async () => {
    const message = await read(
      'Harm Postma <harm@postma-dakwerken.nl>\ndi 3-3-2026 16:40\n\nHoi Sanne,\n\nZoals besproken: kom morgenochtend om 10 uur langs op de werkplaats, dan praten we een half uurtje.\n\nGroet,\nHarm Postma\nPostma Dakwerken B.V.',
      'Europe/Amsterdam',
      '2026-03-03T16:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-03-04T09:00:00.000Z');
  });
});

describe('the employer in these shapes', () => {
  it('takes the firm from a board\u2019s relay named "Priya from Firm via Instahyre"', async () => {
    const message = await read(
      mail(
        '"Priya from Kaveri Ledgerworks via Instahyre" <notifications@instahyre.com>',
        'Kaveri Ledgerworks wants to take your application forward - Data Engineer',
        'Mon, 6 Apr 2026 10:00:00 +0530',
        'Hi Arjun,\n\nGood news! Kaveri Ledgerworks has shown interest in your application for Data Engineer.\n\nMessage from Priya Raman, Talent Acquisition, Kaveri Ledgerworks:\n"Could you share your availability this week for a first call?"\n\nReply to Priya on Instahyre.',
      ),
      'Asia/Kolkata',
      '2026-04-06T05:00:00Z',
    );
    expect(message.company).toBe('Kaveri Ledgerworks');
  });

  it('takes the client an agency names only in the subject and the quoted thread, not the agency, nor its writer\u2019s first name', async () => {
    const message = await read(
      mail(
        'Lotte Wouters <lotte.wouters@maasland-interim.be>',
        'RE: Kandidatuur projectleider \u2013 Claes & Zonen',
        'Wed, 14 Oct 2026 09:00:00 +0200',
        'Dag Jens,\n\nTop, dan is het afgesproken! Ik heb het aan de klant bevestigd: dinsdag om 14.00 uur op hun kantoor in Hasselt.\n\nGroeten,\nLotte\n\nLotte Wouters\nConsultant Bouw\nMaasland Interim nv\nErkend uitzendbureau\n\nVan: Jens Claessens <jens.claessens@telenet.be>\nVerzonden: dinsdag 13 oktober 2026 20:10\nAan: Lotte Wouters <lotte.wouters@maasland-interim.be>\nOnderwerp: Re: Kandidatuur projectleider \u2013 Claes & Zonen\n\nDag Lotte,\n\nDinsdag komt goed uit.\n\nJens\n\nVan: Lotte Wouters <lotte.wouters@maasland-interim.be>\nVerzonden: dinsdag 13 oktober 2026 11:00\nAan: Jens Claessens <jens.claessens@telenet.be>\nOnderwerp: Kandidatuur projectleider \u2013 Claes & Zonen\n\nDag Jens,\n\nGoed nieuws: Aannemingen Claes & Zonen wil je graag ontmoeten. Ze stellen voor:\n\n- dinsdag 20 oktober om 14.00 uur\n- donderdag 22 oktober om 9.30 uur\n\nWelk moment past jou het best?\n\nGroeten,\nLotte',
      ),
      'Europe/Brussels',
      '2026-10-14T08:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(message.company).toMatch(/Claes & Zonen$/);
    expect(instant(message.at)).toBe('2026-10-20T12:00:00.000Z');
  });

  it('takes the employer a board sent the application to, not the jobs it suggests below', async () => {
    const message = await read(
      mail(
        'StepStone <noreply@stepstone.de>',
        'Ihre Bewerbung wurde erfolgreich versendet',
        'Tue, 10 Mar 2026 09:00:00 +0100',
        'Hallo Jonas Weber,\n\nIhre Bewerbung ist unterwegs! Wir haben Ihre Bewerbung f\u00fcr die Position\n\nProjektingenieur Elektrotechnik (m/w/d)\nWeserland Anlagenbau GmbH \u00b7 Minden\n\nerfolgreich an den Arbeitgeber \u00fcbermittelt.\n\nDas k\u00f6nnte Sie auch interessieren:\n\nProjektleiter Geb\u00e4udetechnik (m/w/d)\nLippetal Haustechnik GmbH \u00b7 Lippstadt\nJetzt bewerben\n\nIhr StepStone-Team',
      ),
      'Europe/Berlin',
      '2026-03-10T09:00:00Z',
    );
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Weserland Anlagenbau');
  });
});
