import { describe, expect, it } from 'vitest';
import { instant, mail, read } from './pasted-mail';

// Times and names the way round 39 of unseen mail wrote them (interview-heavy mail from the United States and Canada,
// English-language mail from Britain, Ireland and the rest of Europe, and mail in French, Spanish, German and Dutch),
// with the misses round 38 left (German and Spanish mail). Each case is worded the way one writer would, not copied
// from the unseen files.

describe('an interview hour in these shapes', () => {
  it('takes the new slot of a German reschedule, though the subject says "neuer Termin" right over the old one', async () => {
    const message = await read(
      mail(
        '"Brandl, Helga" <h.brandl@stadtwerke-moosach.de>',
        'AW: Einladung zum Vorstellungsgespräch - Netzingenieur (m/w/d) - neuer Termin',
        'Mon, 16 Mar 2026 09:12:00 +0100',
        'Sehr geehrter Herr Okafor,\n\nleider können wir den vereinbarten Termin am Donnerstag, 19. März, um 10:00 Uhr nicht halten, da Herr Dr. Wenzel kurzfristig verhindert ist.\n\nGerne bieten wir Ihnen als neuen Termin\n\nDienstag, 24. März, von 14 bis 15 Uhr\n\nan. Das Gespräch findet wie geplant in der Hauptverwaltung statt.\n\nMit freundlichen Grüßen\nHelga Brandl\nPersonalabteilung\nStadtwerke Moosach GmbH',
      ),
      'Europe/Berlin',
      '2026-03-16T10:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-03-24T13:00:00.000Z');
    expect(message.durationMinutes).toBe(60);
  });

  it('reads "Wednesday at 11:30 it is! … this Wednesday at 11:30 Eastern" in Eastern time: the clock said again with its zone', async () => {
    const message = await read(
      mail(
        'Marisol Vega <marisol.vega@harborlinefreight.com>',
        'Re: Next steps - Operations Analyst',
        'Mon, 11 May 2026 09:40:00 -0400',
        'Hi Kenji,\n\nWednesday at 11:30 it is! You\u2019re confirmed for this Wednesday at 11:30 Eastern\n(8:30 your time) with Paul Dinh, our Operations Manager. Plan on 45 minutes on Zoom.\n\nBest,\nMarisol\nRecruiting Coordinator, Harborline Freight',
      ),
      'America/Los_Angeles',
      '2026-05-11T14:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-05-13T15:30:00.000Z');
  });

  it('reads "tomorrow at 3 … so that\u2019s 3 PM Eastern" under a Gmail head without a year, on the day after it was sent', async () => {
    const message = await read(
      'Corinne Plaskett <corinne@saltmarshbakery.com>\nTue, Sep 8, 5:10 PM (3 hours ago)\nto me\n\nHi Owen,\n\nThanks for the chat today. I\u2019d like you to meet my business partner, Lou, tomorrow at 3. We are both in Boston, so that\u2019s 3 PM Eastern, noon for you in Seattle. It\u2019ll be a 30-minute video call.\n\nCorinne\nOwner, Saltmarsh Bakery',
      'America/Los_Angeles',
      '2026-09-09T03:10:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(message.sentAt).toBe('2026-09-08T17:10:00-07:00');
    expect(instant(message.at)).toBe('2026-09-09T19:00:00.000Z');
  });

  it('places a Gmail head that shows only the time ("9:05 AM (2 hours ago)") on the day it is read', async () => {
    const message = await read(
      'Dev Malhotra <dev@quarrylanecycles.com>\n9:05 AM (2 hours ago)\nto me\n\nHi Tess,\n\nCan you come by the shop tomorrow at 10am for a proper interview? Should take about an hour.\n\nDev\nQuarry Lane Cycles',
      'America/Chicago',
      '2026-04-14T16:05:00Z',
    );
    expect(message.sentAt).toBe('2026-04-14T09:05:00-05:00');
    expect(instant(message.at)).toBe('2026-04-15T15:00:00.000Z');
  });

  it('reads "10am GMT" in July from a London recruiter as UK time, as "which I make 5pm in Singapore" confirms', async () => {
    const message = await read(
      mail(
        'Harriet Crane <harriet.crane@ashdownselect.co.uk>',
        'Holloway Grant - interview confirmed',
        'Fri, 3 Jul 2026 11:02:00 +0100',
        'Hi Mei,\n\nHolloway Grant would like to meet you. I\u2019ve confirmed your first interview for Wednesday 8th July at 10am GMT, which I make 5pm your time in Singapore. It\u2019s 45 minutes on Teams.\n\nBest,\nHarriet\n\nHarriet Crane\nPrincipal Consultant\nAshdown Select Ltd, London EC2A 4NE\nAshdown Select acts as an employment agency.',
      ),
      'Asia/Singapore',
      '2026-07-03T12:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-07-08T09:00:00.000Z');
  });

  it('reads "Let\u2019s go for Thursday then, I\u2019ve blocked it in my calendar" as the Thursday slot the thread below proposed', async () => {
    const message = await read(
      mail(
        'Joris Hoek <joris.hoek@lindeboomdata.nl>',
        'Re: Data Engineer at Lindeboom - first interview',
        'Fri, 15 May 2026 15:20:00 +0200',
        'Hi Ana,\n\nLet\u2019s go for Thursday then \u2013 great, I\u2019ve blocked it in my calendar. You\u2019ll meet me and Lotte.\n\nJoris\n\nOn Fri, 15 May 2026 at 10:02, Ana Duarte <ana.duarte@gmail.com> wrote:\n> Thursday would suit me best.\n>\n> On Thu, 14 May 2026 at 17:30, Joris Hoek <joris.hoek@lindeboomdata.nl> wrote:\n>> Which of these works for you?\n>>\n>> - Tuesday 19 May, 10:00\u201311:00\n>> - Thursday 21 May, 13:30\u201314:30\n',
      ),
      'Europe/Amsterdam',
      '2026-05-15T14:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-05-21T11:30:00.000Z');
    expect(message.title).toBe('Data Engineer');
  });
});

describe('who the employer is in these shapes', () => {
  it('names the unit, not the group: "au Groupe X et à sa filiale Y", "Y, empresa del Grupo X"', async () => {
    const french = await read(
      mail('Recrutement <ne-pas-repondre@talents-ormeau.fr>', 'Votre candidature', 'Tue, 10 Mar 2026 09:00:00 +0100', 'Bonjour,\n\nNous vous remercions de l\u2019intérêt que vous portez au Groupe Ormeau et à sa filiale Ormeau Logistique.\n\nAprès étude de votre dossier, nous ne donnerons pas suite à votre candidature.\n\nL\u2019équipe Recrutement\nGroupe Ormeau'),
      'Europe/Paris',
      '2026-03-10T09:00:00Z',
    );
    expect(french.kind).toBe('rejection');
    expect(french.company).toBe('Ormeau Logistique');
    const spanish = await read(
      mail('Talento <grupoalbarca@myworkday.com>', 'Hemos recibido tu candidatura', 'Tue, 10 Mar 2026 09:00:00 +0100', 'Hola Lucía:\n\nHemos recibido tu candidatura para el puesto de Técnica de Compras en Albarca Alimentación, empresa del Grupo Albarca.\n\nRevisaremos tu perfil y te contactaremos si encaja.\n\nEquipo de Talento\nGrupo Albarca'),
      'Europe/Madrid',
      '2026-03-10T09:00:00Z',
    );
    expect(spanish.kind).toBe('received');
    expect(spanish.company).toBe('Albarca Alimentación');
  });

  it('keeps an agency named after what it looks after whole: "Landesamt für Statistik und Wahlen Nordmark"', async () => {
    const message = await read(
      mail('Interamt <noreply@interamt.de>', 'Eingangsbestätigung Ihrer Bewerbung', 'Mon, 2 Mar 2026 10:00:00 +0100', 'Sehr geehrte Frau Lang,\n\nIhre Bewerbung ist bei uns eingegangen.\n\nBehörde: Landesamt für Statistik und Wahlen Nordmark\n\nMit freundlichen Grüßen\nIhr Landesamt für Statistik und Wahlen Nordmark'),
      'Europe/Berlin',
      '2026-03-02T10:00:00Z',
    );
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Landesamt für Statistik und Wahlen Nordmark');
  });

  it('reads a head-hunter\u2019s "estoy acompañando a X … en la búsqueda", never LinkedIn\u2019s "Ver perfil de" button', async () => {
    const message = await read(
      mail('Nuria Sáez vía LinkedIn <inmail-hit-reply@linkedin.com>', 'Oportunidad: Director de Operaciones en Cerámicas Altamar', 'Tue, 10 Mar 2026 08:00:00 +0000', 'Nuria Sáez\nSocia en Levante Talent Partners\n\nHola Pablo,\n\nEstoy acompañando a Cerámicas Altamar, empresa familiar de Castellón, en la búsqueda de su próximo Director de Operaciones.\n\n¿Te apetece que hablemos 15 minutos esta semana?\n\nUn saludo,\nNuria\n\nResponder: https://www.linkedin.com/messaging/thread/2-abc/\nVer perfil de Nuria'),
      'Europe/Madrid',
      '2026-03-10T09:00:00Z',
    );
    expect(message.kind).toBe('none');
    expect(message.company).toBe('Cerámicas Altamar');
  });

  it('keeps the trade a Spanish firm\u2019s name opens with: "Reparaciones Navales Guanarteme, S.L." over its domain\u2019s spelling', async () => {
    const message = await read(
      mail('Yaiza Suárez <yaiza@navalesbentayga.com>', 'Re: Candidatura Soldador/a', 'Fri, 20 Mar 2026 08:51:00 +0000', 'Buenos días, Iván:\n\nTe esperamos el jueves 26 de marzo a las 9:00 en el taller para la entrevista.\n\nUn saludo,\nYaiza Suárez\nAdministración\nReparaciones Navales Bentayga, S.L.\nMuelle Grande s/n, Las Palmas'),
      'Atlantic/Canary',
      '2026-03-20T09:00:00Z',
    );
    expect(message.kind).toBe('interview');
    expect(message.company).toBe('Reparaciones Navales Bentayga');
  });

  it('reads an IrishJobs "application has been sent" as a receipt from the employer under the title, not from the board', async () => {
    const message = await read(
      mail('IrishJobs.ie <noreply@irishjobs.ie>', 'Your application has been sent: Payroll Administrator', 'Mon, 16 Feb 2026 19:42:10 +0000', 'Hi Ciara,\n\nGood news \u2013 your application has been sent!\n\nPayroll Administrator\nBallinacurra Foods\nLimerick | Permanent | Full time\n\nWhat happens next?\nBallinacurra Foods will review your CV.\n\nThe IrishJobs.ie Team'),
      'Europe/Dublin',
      '2026-02-16T20:00:00Z',
    );
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Ballinacurra Foods');
  });

  it('never takes the writer of a webmail-view paste for the firm: "Graham Ruiz" over the date, signing "Graham"', async () => {
    const message = await read(
      'Graham Ruiz\nThu, Apr 2, 2026, 10:14 AM\nto me\n\nHi Leah,\n\nThanks for coming by the studio. We\u2019ve offered the Project Architect role to another candidate, and I\u2019m sorry it isn\u2019t better news.\n\nAll the best,\nGraham\n\nGraham Ruiz, AIA\nPrincipal\nOakhurst Ruiz Architecture\n418 Pearl Street, Buffalo, NY 14202',
      'America/New_York',
      '2026-04-02T15:00:00Z',
    );
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('Oakhurst Ruiz Architecture');
  });
});
