import { describe, expect, it } from 'vitest';
import { mail, read } from './pasted-mail';

// Times, kinds and names the way round 35 of unseen mail wrote them (the US Mountain West, Alaska and Hawaii; the
// Philippines, Malaysia, Hong Kong, Fiji and Papua New Guinea; Wallonia, Luxembourg and the Maghreb; North
// Rhine-Westphalia, Liechtenstein and South Tyrol; Central America, Ecuador and Uruguay; Suriname, Curaçao, North
// Holland and Flemish Brabant). Each case is worded the way one writer would, not copied from the unseen files.

describe('an interview hour in these shapes', () => {
  it('reads "de 9 a 10 a. m." as nine o\u2019clock, one meridiem for both ends', async () => {
    const message = await read(mail('Karla Jiménez <kjimenez@cafetalesdelvalle.cr>', 'Entrevista', 'Mon, 11 May 2026 10:00:00 -0600', 'Hola Sofía:\n\nTe confirmo la entrevista para el miércoles 13 de mayo, de 9 a 10 a. m. (hora de Costa Rica), por Teams.\n\nSaludos,\nKarla Jiménez'), 'America/Costa_Rica', '2026-05-11T16:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-05-13T09:00:00-06:00');
    expect(message.durationMinutes).toBe(60);
  });

  it('passes over the hour first proposed and reads the hour it became in the forwarded confirmation', async () => {
    const message = await read(mail('Ruben Maes <ruben@kempenselectie.be>', 'TR: Bevestiging gesprek', 'Tue, 9 Jun 2026 08:00:00 +0200', 'Dag Ine,\n\nHieronder de bevestiging voor je gesprek van donderdag. Ze hadden eerst 10u30 voorgesteld, maar dat is dus half twaalf geworden.\n\nGroetjes,\nRuben\n\n---------- Doorgestuurd bericht ---------\nVan: Els Wouters <els.wouters@campusdemer.be>\nOnderwerp: Bevestiging gesprek\n\nBeste Ruben,\n\nWe bevestigen het gesprek op donderdag 11 juni om half twaalf (11.30 uur) op de campus.\n\nMet vriendelijke groeten,\nEls Wouters'), 'Europe/Brussels', '2026-06-09T06:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-06-11T11:30:00+02:00');
  });
});

describe('the kind of news in these shapes', () => {
  it('reads a town hall\u2019s "no alcanzó el puntaje mínimo" as a rejection', async () => {
    const message = await read(mail('Recursos Humanos <rrhh@munisantaelena.gob.gt>', 'Resultado de convocatoria 07-2026', 'Tue, 9 Jun 2026 09:00:00 -0600', 'Estimado señor López:\n\nLe informamos que, concluida la revisión de expedientes, su expediente no alcanzó el puntaje mínimo requerido para continuar a la fase de entrevistas.\n\nAgradecemos su interés y le invitamos a estar pendiente de futuras convocatorias.\n\nAtentamente,\nDirección de Recursos Humanos\nMunicipalidad de Santa Elena'), 'America/Guatemala', '2026-06-09T15:05:00Z');
    expect(message.kind).toBe('rejection');
  });

  it('reads a careers office\u2019s monthly bulletin as nothing to log, though it mentions interviews', async () => {
    const message = await read(mail('Bolsa de Empleo <empleo@upacifico.edu.ec>', 'Boletín de empleo – julio', 'Wed, 1 Jul 2026 07:00:00 -0500', 'En esta edición:\n\n1. Taller: cómo preparar tu entrevista de trabajo, jueves 9 de julio a las 18:00.\n2. Nuevas empresas en la feria virtual.\n\nPara dejar de recibir este boletín, responde BAJA.'), 'America/Guayaquil', '2026-07-01T12:05:00Z');
    expect(message.kind).toBe('none');
  });
});

describe('the employer\u2019s name in these shapes', () => {
  it('names the employer a local job board relays for, not the board', async () => {
    const message = await read(mail('EmpleosCentro Honduras <notificaciones@empleoscentro.hn>', 'Tu postulación fue enviada', 'Thu, 21 May 2026 19:00:00 -0600', 'Hola Marvin,\n\nTu postulación fue enviada con éxito.\n\nPuesto: Supervisor de Bodega\nEmpresa: Distribuidora Los Pinares, S. de R.L.\n\nLa empresa revisará tu hoja de vida y te contactará si tu perfil coincide.\n\n--\nEmpleosCentro Honduras · Tegucigalpa, Honduras'), 'America/Tegucigalpa', '2026-05-22T01:05:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Distribuidora Los Pinares');
  });

  it('keeps a jurisdiction in brackets inside the legal name under a letter', async () => {
    const message = await read(mail('Litia Naivalu <lnaivalu@gmail.com>', 'Application', 'Mon, 6 Apr 2026 09:00:00 +1200', 'Dear Mr. Prasad,\n\nWe regret to advise that your application has not been successful on this occasion.\n\nYours faithfully,\n\nLitia Naivalu\nHuman Resources Officer\nfor: Nadi Bay Freight (Fiji) Pte Limited\nQueens Road, Nadi'), 'Pacific/Fiji', '2026-04-06T00:05:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('Nadi Bay Freight');
  });

  it('reads a Malay name with "binti" as the person who wrote, not the employer', async () => {
    const message = await read(mail('Siti Hajar binti Rahman <siti.hajar@kedahpadi.com.my>', 'Interview', 'Mon, 8 Jun 2026 09:00:00 +0800', 'Dear Encik Faizal,\n\nWe are pleased to invite you to an interview on Wednesday, 10 June 2026 at 10.00 a.m. at our Alor Setar office.\n\nYours sincerely,\n\nSiti Hajar binti Rahman\nHuman Resource Executive\nKedah Padi Processors Berhad'), 'Asia/Kuala_Lumpur', '2026-06-08T01:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.company).toBe('Kedah Padi Processors');
  });

  it('reads a letter signed for the minister as the ministry\u2019s', async () => {
    const message = await read('Geachte heer Pinas,\n\nUw sollicitatie naar de functie van beleidsmedewerker is in goede orde ontvangen en wordt in behandeling genomen.\n\nHoogachtend,\nnamens de Minister van Landbouw en Visserij,\n\nde Directeur Personeelszaken,\n\ndrs. M. Karijopawiro', 'America/Paramaribo', '2026-03-10T12:00:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Ministerie van Landbouw en Visserij');
  });

  it('passes over the title a Flemish owner signs with, and keeps the "De" of his family\u2019s name', async () => {
    const message = await read(mail('Jan De Wolf <jan@dewolf-zn.be>', 'Aanbod', 'Fri, 16 Oct 2026 15:00:00 +0200', 'Dag Sarah,\n\nWe bieden je graag de functie van werfleider aan, met start op 1 december.\n\nMet vriendelijke groeten,\n\nJan De Wolf\nZaakvoerder\nDe Wolf & Zn. BV\nMechelsesteenweg 12, 1800 Vilvoorde'), 'Europe/Brussels', '2026-10-16T13:05:00Z');
    expect(message.kind).toBe('offer');
    expect(message.company).toBe('De Wolf & Zn');
  });

  it('reads a letterhead in capitals over the desk that wrote and its address', async () => {
    const message = await read('ADMINISTRATION COMMUNALE DE BEAUFAYS-LEZ-OURTHE\nService du Personnel\nRue de la Gare 3 - 4052 Beaufays\n\nMadame,\n\nNous avons le regret de vous informer que le Collège communal n\u2019a pas retenu votre candidature.\n\nLe Directeur général', 'Europe/Brussels', '2026-02-12T10:00:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('Administration Communale de Beaufays-lez-Ourthe');
  });

  it('reads a ranch\u2019s name over its post-office box though the line ends on "Co."', async () => {
    const message = await read(mail('Dale Hovland <hovlandranch.dale@gmail.com>', 'Re: ranch job', 'Sun, 12 Apr 2026 19:00:00 -0600', 'Tyler,\n\nThanks for coming out. We decided to go with a neighbor kid this year. Nothing against you.\n\nDale\n\nBuffalo Gap Land & Cattle Co.\nBox 12, Jordan, MT 59337'), 'America/Denver', '2026-04-13T03:05:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('Buffalo Gap Land & Cattle');
  });

  it('drops the personnel desk after an organisation\u2019s name in a sender', async () => {
    const message = await read(mail('Diakonie Lippe-Süd Personal <bewerbung@diakonie-lippesued.de>', 'Eingangsbestätigung', 'Mon, 4 May 2026 09:00:00 +0200', 'Sehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten und melden uns in den nächsten Wochen.\n\nMit freundlichen Grüßen\nIhre Personalabteilung'), 'Europe/Berlin', '2026-05-04T07:05:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Diakonie Lippe-Süd');
  });

  it('reads a headhunter\u2019s "Vertrauliche Anfrage" subject as no employer\u2019s name, and names his own firm for an unnamed client', async () => {
    const message = await read(mail('Jörg Brandt <j.brandt@brandt-search.de>', 'Vertrauliche Anfrage – Leitung Einkauf (m/w/d)', 'Wed, 19 Aug 2026 18:00:00 +0200', 'Sehr geehrter Herr Kaya,\n\nim Auftrag eines Familienunternehmens aus Ostwestfalen suche ich eine Leitung Einkauf. Hätten Sie Interesse an einem vertraulichen Gespräch?\n\nMit freundlichen Grüßen\nJörg Brandt\nBrandt Executive Search GmbH'), 'Europe/Berlin', '2026-08-19T16:05:00Z');
    expect(message.kind).toBe('none');
    expect(message.company).toBe('Brandt Executive Search');
  });
});
