import { describe, expect, it } from 'vitest';
import { instant, mail, read } from './pasted-mail';

// Times, kinds and names the way round 32 of unseen mail wrote them (the Nordic and Baltic countries, southern Africa,
// French-speaking Africa, the Levant and the Indian Ocean, Bavaria and western Austria, Andalusia and the Canaries,
// Colombia and Peru, Flanders and the Dutch Caribbean). Each case is worded the way one writer would, not copied from
// the unseen files.

describe('an interview hour by the clock of the place that names it', () => {
  it('reads "10.00 (Helsinki time)" an hour ahead of a candidate in Stockholm', async () => {
    const message = await read(mail('Aino Koskinen <aino.koskinen@saimaanpuu.fi>', 'Interview invitation', 'Mon, 1 Jun 2026 10:00:00 +0300', 'Dear Erik,\n\nWe would like to invite you to a video interview on Thursday 4 June at 10.00 (Helsinki time). It will take about an hour.\n\nBest regards,\nAino Koskinen'), 'Europe/Stockholm', '2026-06-01T07:05:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-06-04T07:00:00.000Z');
  });

  it('reads "à 10h heure de La Réunion" for a candidate in Paris', async () => {
    const message = await read(mail('Service RH <rh@clinique-lesfilaos.re>', 'Entretien', 'Mon, 20 Apr 2026 09:00:00 +0400', 'Bonjour Madame Hoarau,\n\nNous vous proposons un entretien en visio le jeudi 23 avril à 10h heure de La Réunion.\n\nCordialement,\nLe service RH'), 'Europe/Paris', '2026-04-20T05:05:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-04-23T06:00:00.000Z');
  });

  it('reads "om 10 uur Arubaanse tijd" by Aruba\u2019s clock for a candidate in Belgium', async () => {
    const message = await read(mail('Recruitment <jobs@palmbeachresort.aw>', 'Uitnodiging gesprek', 'Mon, 15 Jun 2026 09:00:00 -0400', 'Beste Jens,\n\nGraag nodigen wij u uit voor een gesprek via Teams op woensdag 17 juni om 10 uur Arubaanse tijd.\n\nMet vriendelijke groet,\nRecruitment'), 'Europe/Brussels', '2026-06-15T13:05:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-06-17T14:00:00.000Z');
  });

  it('reads "9 am your time (UK) - that\u2019s 11:00 in Riga" by the candidate\u2019s own clock', async () => {
    const message = await read(mail('Daugavas Koks <no-reply@teamtailor-mail.com>', 'Interview confirmed', 'Tue, 20 Oct 2026 15:00:00 +0300', 'Hi Tom,\n\nWhen: tomorrow at 9 am your time (UK) - that\u2019s 11:00 in Riga\nLength: 30 minutes\n\nSee you then,\nIlze'), 'Europe/London', '2026-10-20T12:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-10-21T09:00:00+01:00');
  });

  it('reads the new day and hour a Flemish school moves the interview to, not the one it cannot keep', async () => {
    const message = await read(mail('Els Vandamme <els.vandamme@scholengroep-leiedal.be>', 'RE: Uitnodiging gesprek', 'Tue, 10 Mar 2026 08:00:00 +0100', 'Dag Lotte,\n\nSorry, woensdag om 9u lukt bij ons toch niet meer. We verzetten je gesprek naar donderdag 12 maart om half vier.\n\nGroeten,\nEls'), 'Europe/Brussels', '2026-03-10T07:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-03-12T15:30:00+01:00');
  });

  it('reads "morgen früh um neun" as nine tomorrow morning', async () => {
    const message = await read(mail('Tobias Frank <t.frank@isar-personal.de>', 'Telefoninterview', 'Wed, 4 Mar 2026 17:00:00 +0100', 'Hallo Frau Huber,\n\nunser Kunde ruft Sie morgen früh um neun auf Ihrem Handy an.\n\nViele Grüße\nTobias Frank'), 'Europe/Berlin', '2026-03-04T16:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-03-05T09:00:00+01:00');
  });
});

describe('a no from a public selection', () => {
  it('reads "no ha superado la fase de valoración" and "queda excluida del proceso" as a rejection, even with other candidates\u2019 interview date beside it', async () => {
    const message = await read(mail('Recursos Humanos <rrhh@villadelsur.es>', 'Resultado fase de méritos', 'Wed, 27 May 2026 13:00:00 +0200', 'Estimada aspirante:\n\nLe comunicamos que no ha superado la fase de valoración de méritos y queda excluida del proceso. Los aspirantes que la han superado realizarán la entrevista el viernes 12 de junio a las 10:00 horas.\n\nUn cordial saludo.'), 'Europe/Madrid', '2026-05-27T11:05:00Z');
    expect(message.kind).toBe('rejection');
  });
});

describe('the employer behind a portal, a desk and a footer', () => {
  it('reads a municipality through a Nordic recruiting tool, not the tool', async () => {
    const message = await read(mail('Webcruiter <noreply@webcruiter.no>', 'Receipt for application', 'Fri, 27 Mar 2026 16:00:00 +0100', 'Dear Anna Berg,\n\nThank you for your application for the position "Planning Engineer" with Vestfjell kommune.\n\nBest regards\nVestfjell kommune'), 'Europe/Oslo', '2026-03-27T15:05:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Vestfjell kommune');
  });

  it('reads a municipality whose letterhead is written in capitals', async () => {
    const message = await read('MUNICIPALITY OF KAMANJAB WEST\nPrivate Bag 12, Kamanjab\n\nDear Ms Shilongo\n\nRE: APPLICATION FOR THE POSITION OF TOWN PLANNER\n\nCouncil has resolved to freeze the position with immediate effect. The recruitment process has been cancelled and your application will not be considered further.\n\nYours faithfully\n\nMANAGER: HUMAN RESOURCES', 'Africa/Windhoek', '2026-06-10T10:00:00Z');
    expect(message.kind).toBe('rejection');
    // The letter only writes it in capitals, and the reader keeps it as written.
    expect(message.company).toBe('Municipality of Kamanjab West');
  });

  it('reads the sender a public-service portal names, over the clerk who signs "Im Auftrag"', async () => {
    const message = await read(mail('Interamt <noreply@interamt.de>', 'Neue Nachricht zu Ihrer Bewerbung', 'Wed, 3 Jun 2026 09:00:00 +0200', 'Sehr geehrter Herr Maier,\n\nSie haben eine neue Nachricht zu Ihrer Bewerbung erhalten.\n\nAbsender: Wasserwirtschaftsamt Rottal\n\n---\nLeider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen\nIm Auftrag\nMonika Huber\nSachgebiet Personal\n---'), 'Europe/Berlin', '2026-06-03T07:05:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('Wasserwirtschaftsamt Rottal');
  });

  it('keeps what a university of applied sciences is for in its name', async () => {
    const message = await read(mail('Personalabteilung <personal@haw-inntal.de>', 'Ihre Bewerbung', 'Tue, 12 May 2026 10:00:00 +0200', 'Sehr geehrte Frau Wolf,\n\nvielen Dank für Ihre Bewerbung. Wir haben sie erhalten und melden uns nach Ablauf der Bewerbungsfrist.\n\nMit freundlichen Grüßen\n\nPersonalabteilung\nHochschule Inntal für angewandte Wissenschaften\nCampusweg 1, 83022 Rosenheim'), 'Europe/Berlin', '2026-05-12T08:05:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Hochschule Inntal für angewandte Wissenschaften');
  });

  it('reads the clinic a data-protection footer names when a department signs', async () => {
    const message = await read(mail('Administración <admin@clinicasanlorenzo-ceuta.es>', 'Envío CV', 'Mon, 11 May 2026 10:00:00 +0200', 'Buenos días:\n\nHemos recibido su currículum y queda incorporado al proceso de selección.\n\nUn saludo,\nDpto. de Administración\nC/ Real, 14 · 51001 Ceuta\n\nPROTECCIÓN DE DATOS: Responsable: CLÍNICA SAN LORENZO DEL ESTRECHO, S.L. Finalidad: gestión de los procesos de selección.'), 'Europe/Madrid', '2026-05-11T08:05:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Clínica San Lorenzo del Estrecho');
  });

  it('reads a quay without a street number as where the firm is, not its name', async () => {
    const message = await read(mail('Rocío Díaz <rdiaz@portiasur.es>', 'Entrevista - disponibilidad', 'Tue, 13 Jan 2026 10:00:00 +0100', 'Hola Marcos,\n\nTu perfil nos encaja. ¿Qué días tienes libres la semana que viene para una entrevista?\n\nSaludos,\n\nRocío Díaz\nDpto. de Personas\nMuelle de Levante, s/n · 11006 Cádiz'), 'Europe/Madrid', '2026-01-13T09:05:00Z');
    expect(message.kind).toBe('response');
    expect(message.company).toBe('Portiasur');
  });

  it('reads a mission hospital named after its saint without a dot', async () => {
    const message = await read(mail('Hr Office <hr@stbrendanhospital.org.mw>', 'Interview', 'Mon, 11 May 2026 10:00:00 +0200', 'Dear Mr Phiri,\n\nYou are invited for an interview on Thursday, 14 May 2026 at 10h00 in the Board Room.\n\nRegards,\n\nMercy Banda\nHuman Resources Officer\nSt Brendan Mission Hospital\nP.O. Box 12, Zomba, Malawi'), 'Africa/Blantyre', '2026-05-11T08:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.company).toBe('St Brendan Mission Hospital');
  });

  it('keeps a farmers\u2019 co-operative\u2019s plural possessive inside its name', async () => {
    const message = await read(mail('"Lupembe Farmers\' Co-operative Union" <recruitment@lupembecoop.mw>', 'Acknowledgement of application', 'Mon, 11 May 2026 10:00:00 +0200', 'Dear Applicant,\n\nWe acknowledge receipt of your application for the post of Accountant. Only shortlisted candidates will be contacted.\n\nHuman Resources\nLupembe Farmers\' Co-operative Union Limited'), 'Africa/Blantyre', '2026-05-11T08:05:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe("Lupembe Farmers' Co-operative Union");
  });

  it('reads a Flemish brewery whose name keeps its "\u2019t"', async () => {
    const message = await read(mail('Jolien Maes <jolien.maes@flexiwerk.be>', 'Feedback sollicitatie', 'Mon, 11 May 2026 10:00:00 +0200', 'Dag Robbe,\n\nIk kreeg feedback van onze klant, Brouwerij \'t Molenhuis in Izegem: ze kiezen voor een andere kandidaat met meer ervaring.\n\nGroetjes,\nJolien Maes\nIntercedent'), 'Europe/Brussels', '2026-05-11T08:05:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe("Brouwerij 't Molenhuis");
  });

  it('reads a bank whose name holds "Commercial"', async () => {
    const message = await read(mail('Careers <careers@myworkday.com>', 'Your application to Lagoon Commercial Bank', 'Mon, 11 May 2026 10:00:00 +0400', 'Dear Priya,\n\nThank you for your interest. After careful review we have decided not to move forward with your application.\n\nTalent Acquisition'), 'Indian/Mauritius', '2026-05-11T06:05:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('Lagoon Commercial Bank');
  });

  it('reads a Danish firm spelled with an "ø" from a domain written with "oe"', async () => {
    const message = await read('From: Sara Lind <sara.lind@gmail.com>\nTo: Mikkel Holm <mh@soevlund-energi.dk>\nSubject: Re: Interview\nDate: Mon, 9 Feb 2026 20:00:00 +0100\n\nHi Mikkel,\n\nThursday or Friday afternoon both work for me.\n\nBest,\nSara\n\n> Hi Sara, when would suit you for a first talk?\n>\n> Mikkel Holm\n> Søvlund Energi ApS', 'Europe/Copenhagen', '2026-02-09T19:05:00Z');
    expect(message.kind).toBe('none');
    expect(message.company).toBe('Søvlund Energi ApS');
  });

  it('reads the programme an "e-Recrutement" portal writes for, spelled out in its footer', async () => {
    const message = await read(mail('PRSE e-Recrutement <no-reply@recrutement.prse-afrique.org>', 'Candidature reçue : Chargé de programme', 'Mon, 11 May 2026 10:00:00 +0000', 'Madame, Monsieur,\n\nMerci d\u2019avoir postulé au poste de Chargé de programme. Seuls les candidats présélectionnés seront contactés.\n\nProgramme Régional pour la Santé des Enfants (PRSE)'), 'Africa/Ouagadougou', '2026-05-11T10:05:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Programme Régional pour la Santé des Enfants');
  });
});
