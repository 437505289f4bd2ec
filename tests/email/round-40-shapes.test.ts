import { describe, expect, it } from 'vitest';
import { readMessage } from '../../utils/email';
import { instant, mail, read } from './pasted-mail';

// Times and names the way round 40 of unseen mail wrote them (interview-heavy mail from Australia and New Zealand,
// French from Quebec, France, Belgium and Switzerland, and the United States with Spanish-language Latin America).
// Each case is worded the way one writer would, not copied from the unseen files.

const invite = (text: string, timeZone: string, now: string) => readMessage({ kind: 'ics', text }, { now: new Date(now), timeZone });

describe('an interview hour in these shapes', () => {
  it('takes the booked option\u2019s own day for its second zone, not a date said nearby, and "option 2:" is no clock', async () => {
    const message = await read(
      mail(
        'Tomás Ferreira <tferreira@coralgatecargo.com>',
        'RE: Interview availability - Export Documentation Specialist',
        'Fri, 06 Mar 2026 11:05:00 -0500',
        'Hi Valentina,\n\nGreat, thank you! You\u2019re confirmed for option 2:\n\n  Tuesday, March 10 \u2013 2:00 p.m. ET (Miami) / 1:00 p. m. (hora de Colombia)\n\nMiami moves its clocks forward this Sunday (March 8), so from next week we are one hour ahead of you. 1:00 p. m. your time is right.\n\nBest,\nTom\u00e1s Ferreira\nTalent Acquisition, Coral Gate Cargo',
      ),
      'America/Bogota',
      '2026-03-06T17:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-03-10T18:00:00.000Z');
  });

  it('reads a French reschedule said in one sentence, "initialement prévu le … à 9 h 45, est déplacé au …", at the new time', async () => {
    const message = await read(
      mail(
        'Meuse Analytique <noreply@smartrecruiters.com>',
        'Modification de votre entretien \u2013 Analyste de laboratoire',
        'Mon, 4 May 2026 08:10:00 +0000',
        'Bonjour Julie,\n\nNous devons d\u00e9placer votre entretien pour le poste d\u2019Analyste de laboratoire.\n\nVotre entretien, initialement pr\u00e9vu le jeudi 7 mai \u00e0 9 h 45, est d\u00e9plac\u00e9 au vendredi 8 mai \u00e0 14 h 00, en raison d\u2019un impr\u00e9vu de notre directrice.\n\nLe lieu reste inchang\u00e9.\n\nBien cordialement,\nNad\u00e8ge Collard\nMeuse Analytique SA',
      ),
      'Europe/Brussels',
      '2026-05-04T09:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-05-08T12:00:00.000Z');
  });
});

describe('the employer in these shapes', () => {
  it('takes a French Calendly booking\u2019s employer from the Reply-To address and the "Événement :" label', async () => {
    const message = await read(
      'From: Calendly <no-reply@calendly.com>\nReply-To: Hugo Marchal <hugo.marchal@cerfvolant.fr>\nSubject: Confirm\u00e9 : Entretien (30 min) \u2013 Cerf-Volant avec Hugo Marchal\nDate: Tue, 13 Oct 2026 09:00:00 +0000\n\nBonjour Emma Roussel,\n\nVotre Entretien (30 min) avec Hugo Marchal \u00e0 15:00 (Heure d\u2019\u00e9t\u00e9 d\u2019Europe centrale) le jeudi 15 octobre 2026 est planifi\u00e9.\n\n\u00c9v\u00e9nement :\nEntretien (30 min) \u2013 Cerf-Volant\n\nLieu :\nGoogle Meet\n\nPowered by Calendly.com',
      'Europe/Paris',
      '2026-10-13T10:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(message.company).toBe('Cerf-Volant');
  });

  it('never takes a Spanish organizer with two surnames, nor the candidate without their second one, for the employer', async () => {
    const message = await invite(
      [
        'BEGIN:VCALENDAR', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:r40-1@google.com',
        'DTSTART:20260415T150000Z', 'DTEND:20260415T160000Z',
        'SUMMARY:Entrevista final \u2013 Jefe de Proyectos (Luc\u00eda Navas / Prieto Salcedo)',
        'ORGANIZER;CN=Marta Quiroga Bel\u00e9n:mailto:marta.quiroga@salcedoingenieros.es',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marta Quiroga Bel\u00e9n:mailto:marta.quiroga@salcedoingenieros.es',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Luc\u00eda Navas Ortiz:mailto:lucia.navas.o@gmail.com',
        'DESCRIPTION:Hola Luc\u00eda\\,\\n\\nTe confirmo la entrevista final para el puesto de Jefe de Proyectos en Prieto Salcedo Ingenieros.\\n\\nUn saludo\\,\\nMarta',
        'END:VEVENT', 'END:VCALENDAR',
      ].join('\r\n'),
      'America/Mexico_City',
      '2026-04-10T12:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(message.company).toBe('Prieto Salcedo Ingenieros');
  });

  it('takes the brand over the legal entity a signature puts in brackets ("Tallowood (Crow Street Holdings Pty Ltd)")', async () => {
    const message = await read(
      mail(
        'Ruby Nguyen <ruby.nguyen@tallowood.com.au>',
        'RE: Tallowood - Product Designer - interview',
        'Mon, 09 Mar 2026 10:00:00 +1100',
        'Hi Sam,\n\nYou\u2019re booked in for Thursday 12 March at 2pm Sydney time with our Head of Design and me.\n\nThanks again for your interest in the Product Designer role at Tallowood.\n\nCheers,\nRuby\n\nRuby Nguyen | Talent Partner\nTallowood (Crow Street Holdings Pty Ltd)\nLevel 4, 12 Crow Street, Surry Hills NSW 2010',
      ),
      'Australia/Sydney',
      '2026-03-09T00:00:00Z',
    );
    expect(message.company).toBe('Tallowood');
  });

  it('does not take "our Client Services Director" for an agency speaking of its client', async () => {
    const message = await read(
      'Oliver Hart <oliver@saltbushstudio.com.au>\nTue 02/06/2026 4:10 PM\n\nHi Mei,\n\nWe\u2019ll see you tomorrow at 10am at the studio. You\u2019ll meet me and Tess Doyle, our Client Services Director, for about an hour.\n\nCheers,\nOliver\n\nOliver Hart\nStudio Director\nSaltbush Studio',
      'Australia/Brisbane',
      '2026-06-02T07:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(message.company).toBe('Saltbush Studio');
  });

  it('takes the client a French head-hunter is "mandaté par" in a cold approach, not the head-hunter\u2019s firm', async () => {
    const message = await read(
      mail(
        'Claire Bousquet <c.bousquet@garonne-talents.fr>',
        'Opportunit\u00e9 \u2013 Directeur des achats (Bordeaux)',
        'Tue, 10 Mar 2026 08:00:00 +0100',
        'Bonjour Marc,\n\nVotre parcours a retenu mon attention.\n\nJe suis mandat\u00e9e par Vignoles Emballages, PME bordelaise sp\u00e9cialis\u00e9e dans le packaging, qui recrute son directeur des achats.\n\nSeriez-vous ouvert \u00e0 un premier \u00e9change ?\n\nClaire Bousquet\nConsultante\nGaronne Talents Conseil',
      ),
      'Europe/Paris',
      '2026-03-10T09:00:00Z',
    );
    expect(message.kind).toBe('none');
    expect(message.company).toBe('Vignoles Emballages');
  });

  it('reads an Australian state body\u2019s domain (whta.nsw.gov.au) as the body\u2019s initials, not the state\u2019s', async () => {
    const message = await invite(
      [
        'BEGIN:VCALENDAR', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:r40-2@nsw.gov.au',
        'DTSTART:20260505T000000Z', 'DTEND:20260505T010000Z',
        'SUMMARY:Panel interview - Data Analyst\\, Network Systems - Eastern Rivers Water Agency',
        'ORGANIZER;CN=ERWA Recruitment:mailto:recruitment@erwa.nsw.gov.au',
        'DESCRIPTION:Dear Kim\\,\\n\\nThank you for applying for the role of Data Analyst\\, Network Systems. We invite you to a panel interview.\\n\\nKind regards\\,\\nRecruitment\\nEastern Rivers Water Agency',
        'END:VEVENT', 'END:VCALENDAR',
      ].join('\r\n'),
      'Australia/Sydney',
      '2026-04-28T00:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(message.company).toBe('Eastern Rivers Water Agency');
  });
});
