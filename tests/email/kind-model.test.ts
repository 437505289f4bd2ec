import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../utils/email';
import weights from '../../utils/email/kind-weights.json';
import { BLIND } from './blind';
import { EXPECTED } from './messages-expected';

// The kind is weighed by a model trained on the examples (npm run train-kind-model), the phrase rules tipping near-ties,
// and the candidate's own mail is never news. Each case is worded the way one real writer would.
const read = (text: string, timeZone: string, now = '2026-06-01T12:00:00Z') => readMessage({ kind: 'text', text }, { now: new Date(now), timeZone });
const mail = (headers: string, body: string) => `${headers}\n\n${body}`;

describe('the trained weights', () => {
  it('were trained on every example there is: adding examples means training again', () => {
    const blind = readdirSync(BLIND).reduce((count, set) => count + Object.keys(JSON.parse(readFileSync(path.join(BLIND, set, 'expected.json'), 'utf8'))).length, 0);
    expect(weights.trainedOn).toBe(blind + Object.keys(EXPECTED).length);
  });
});

describe('the candidate\u2019s own mail', () => {
  it('is nothing to log: an application, a thank-you, a confirmation sent from a private mailbox to the employer', async () => {
    const own = [
      mail('From: Chloe Vance <chloe.vance@gmail.com>\nTo: Ben Adler <ben.adler@marrowfield.com>\nSubject: Thank you - Product Manager interview\nDate: Thu, 21 May 2026 18:12:44 -0400', 'Hi Ben,\n\nThank you so much for your time this afternoon. I really enjoyed hearing about the roadmap, and I look forward to hearing about next steps.\n\nBest,\nChloe'),
      mail('From: Thomas Renard <thomas.renard@gmail.com>\nTo: V\u00e9ronique Lambert <v.lambert@ateliers-marechal.be>\nSubject: Re: Invitation \u00e0 un entretien\nDate: Mon, 4 May 2026 18:05:47 +0200', 'Bonjour Madame Lambert,\n\nJe vous confirme ma pr\u00e9sence \u00e0 l\u2019entretien le jeudi 7 mai \u00e0 10h30.\n\nBien \u00e0 vous,\nThomas Renard'),
      mail('From: Anna Lechner <anna.lechner@gmx.at>\nTo: personal@donautal-versand.at\nSubject: Bewerbung als Teamleitung Logistik\nDate: Wed, 20 May 2026 18:06:44 +0200', 'Sehr geehrte Damen und Herren,\n\nanbei sende ich Ihnen meine Unterlagen f\u00fcr die ausgeschriebene Stelle und freue mich auf ein pers\u00f6nliches Gespr\u00e4ch.\n\nMit freundlichen Gr\u00fc\u00dfen\nAnna Lechner'),
    ];
    for (const text of own) expect((await read(text, 'Europe/Paris')).kind, text).toBe('none');
  });

  it('is nothing to log from a mailbox not known as private, when it speaks of the recipient\u2019s firm and not the sender\u2019s', async () => {
    const thanks = await read(mail('From: Neha Kulkarni <neha.kulkarni92@inboxmail.in>\nTo: Farhan Qureshi <farhan.qureshi@tarangpay.in>\nSubject: Thank you - Product Analyst interview\nDate: Thu, 4 Jun 2026 19:26:03 +0530', 'Dear Farhan,\n\nThank you for taking the time to speak with me today about the Product Analyst role at TarangPay. I have attached the write-up I mentioned.\n\nLooking forward to hearing from you.\n\nNeha'), 'Asia/Kolkata');
    expect(thanks.kind).toBe('none');
    const recruiter = await read(mail('From: Farhan Qureshi <farhan.qureshi@tarangpay.in>\nTo: Neha Kulkarni <neha.kulkarni@northwind-analytics.in>\nSubject: Next round - Product Analyst\nDate: Fri, 5 Jun 2026 10:00:00 +0530', 'Hi Neha,\n\nThanks for your time yesterday. The team at TarangPay would like to move you to the next round; could you share two slots next week?\n\nFarhan'), 'Asia/Kolkata');
    expect(recruiter.kind).toBe('response');
  });

  it('is not how an owner writes from a private mailbox to the candidate\u2019s, nor a forward with a note over it', async () => {
    const owner = await read(mail('From: Harm van der Wal <harm.vdwal@gmail.com>\nTo: Esra Yilmaz <esra.yilmaz@hotmail.com>\nSubject: Re: vacature bedrijfsleider\nDate: Mon, 20 Apr 2026 21:37:15 +0200', 'Hallo Esra,\n\nWe hebben inmiddels iemand anders aangenomen, dus voor jou is er helaas geen plek.\n\nGroeten,\nHarm'), 'Europe/Amsterdam');
    expect(owner.kind).toBe('rejection');
    const forwarded = await read(mail('From: Dana Kim <dana.kim@gmail.com>\nTo: dana.kim@northwind-consulting.com\nSubject: Fwd: Your application to Quillpoint\nDate: Tue, 2 Jun 2026 08:00:00 -0400', `Saving this one at work too, so I remember to ask Quillpoint for feedback next week when things calm down a bit and I have time to write properly. They were kind about it at least.\n\n---------- Forwarded message ---------\nFrom: Quillpoint Talent <talent@quillpoint.com>\nDate: Mon, Jun 1, 2026 at 4:10 PM\nSubject: Your application to Quillpoint\nTo: <dana.kim@gmail.com>\n\nHi Dana,\n\nThank you for your time with the team. After careful consideration we have decided to move forward with another candidate for the Data Engineer role.\n\nQuillpoint Talent`), 'America/New_York');
    expect(forwarded.kind).toBe('rejection');
  });
});

describe('wording no phrase rule was written for', () => {
  it('still weighs as the news it is', async () => {
    const cases: Array<[string, string, string]> = [
      ['offer', 'Europe/Zurich', mail('From: Ursula Bieri <ursula.bieri@stiftung-sonnhalde.ch>\nSubject: Ihre neue Stelle auf der Wohngruppe\nDate: Wed, 1 Jul 2026 15:31:12 +0200', 'Liebe Frau Gerber\n\nWie heute am Telefon besprochen: Wir freuen uns sehr, Ihnen die Stelle als Fachperson Betreuung 80 % anzubieten! Eintritt 1. September, Lohn CHF 5\u2019420.\u2013 brutto, 13 Monatsl\u00f6hne. Den Vertrag senden wir Ihnen per Post.\n\nHerzliche Gr\u00fcsse\nUrsula Bieri')],
      ['response', 'Europe/Vienna', mail('From: Sandra P\u00fchringer <s.puehringer@brueckenschlag.at>\nSubject: AW: Bewerbung Betreuer/in Wohnhaus\nDate: Thu, 12 Nov 2026 14:20:38 +0100', 'Sehr geehrter Herr Reisinger,\n\ndamit wir Ihre Bewerbung vollst\u00e4ndig pr\u00fcfen k\u00f6nnen, fehlen uns noch Ihre Dienstzeugnisse und die Strafregisterbescheinigung. Schicken Sie uns die Dokumente bitte bis 20. November gesammelt als PDF.\n\nFreundliche Gr\u00fc\u00dfe\nSandra P\u00fchringer')],
      ['received', 'America/New_York', mail('From: Tom Reyes <tom@harborbikes.com>\nSubject: Re: Mechanic job\nDate: Mon, 9 Mar 2026 10:00:00 -0500', 'Hey Sam, got your resume, thanks! I\u2019ll look it over this weekend.\n\nTom')],
      ['rejection', 'Europe/Paris', mail('From: Marc Olivier <marc@boulangerie-olivier.fr>\nSubject: Re: candidature vendeuse\nDate: Mon, 9 Mar 2026 10:00:00 +0100', 'Bonjour Julie, finalement on a pris quelqu\u2019un du quartier qui connaissait d\u00e9j\u00e0 la boutique. Bonne continuation !\n\nMarc')],
    ];
    for (const [kind, zone, text] of cases) expect((await read(text, zone)).kind, text).toBe(kind);
  });
});
