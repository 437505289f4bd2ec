import { describe, expect, it } from 'vitest';
import { mail, read } from './pasted-mail';

// Names the way letterheads, footers and domains break them up, as round 26 of unseen mail showed: a name over two
// lines, a domain that leaves out a word, a council's title, a surname that stands for a firm. Each case is worded the
// way one writer would, not copied from the unseen files.

describe('a name broken over two lines of a letterhead', () => {
  it('joins a trade on the line above to the name with its legal form', async () => {
    const message = await read(mail('Anne Mertens <anne@lambrecht-vandamme.be>', 'Uw sollicitatie', 'Mon, 8 Jun 2026 10:00:00 +0200', 'Beste Tom\n\nBedankt voor uw sollicitatie als drukker. We hebben ondertussen voor een andere kandidaat gekozen.\n\nMet vriendelijke groeten\nAnne Mertens\n\nDrukkerij\nLambrecht-Vandamme bv\nIndustrieweg 4, 8800 Roeselare'), 'Europe/Brussels', '2026-06-08T08:10:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('Drukkerij Lambrecht-Vandamme');
  });

  it('joins the trade that ends a name on the legal-form line below it', async () => {
    const message = await read(mail('Carmen Ruiz <cruiz@hnosortega.mx>', 'Postulación Almacenista', 'Tue, 9 Jun 2026 12:00:00 -0600', 'Hola Daniel:\n\nRecibimos tu solicitud para Almacenista. La revisaremos durante esta semana.\n\nSaludos,\nCarmen Ruiz\nRecursos Humanos\nComercializadora Ortega\nHermanos, S.A. de C.V.\nAv. Juárez 410, Puebla'), 'America/Mexico_City', '2026-06-09T18:05:00Z');
    expect(message.company).toBe('Comercializadora Ortega Hermanos');
  });

  it('keeps a long co-operative\u2019s whole name and its Spanish legal form', async () => {
    const message = await read(mail('Lucía Benítez <lbenitez@coopelpinar.com.ar>', 'Entrevista cajera', 'Wed, 10 Jun 2026 09:00:00 -0300', 'Hola Sol, ¿podés venir a una entrevista el lunes 15 de junio a las 10? Estamos en Belgrano 220.\n\nLucía\n\nCooperativa de Provisión de Obras y Servicios Públicos\nEl Pinar Ltda.'), 'America/Argentina/Buenos_Aires', '2026-06-10T12:05:00Z');
    expect(message.company).toBe('Cooperativa de Provisión de Obras y Servicios Públicos El Pinar');
  });

  it('reads a Flemish firm whose legal form is written in lower case', async () => {
    const message = await read(mail('Koen Verhaege <koen@verhaege-bouw.be>', 'Re: kandidatuur metser', 'Thu, 11 Jun 2026 17:00:00 +0200', 'Dag Pieter\n\nKan je dinsdag 16 juni om 7u30 op de werf in Izegem zijn? Dan spreken we elkaar.\n\nKoen Verhaege\nZaakvoerder\nAannemingen Verhaege nv'), 'Europe/Brussels', '2026-06-11T15:05:00Z');
    expect(message.company).toBe('Aannemingen Verhaege');
  });
});

describe('a name broken over two lines in capitals or with its kind below', () => {
  it('joins a board\u2019s capitals over two lines, the second opening with "E"', async () => {
    const message = await read(mail('Iker Goikoetxea <igoikoetxea@goikoetxeaehijos.es>', 'Entrevista encargado de obra', 'Mon, 6 Jul 2026 09:00:00 +0200', 'Hola Ander:\n\nTe esperamos el jueves 9 de julio a las 11:00 en la obra de Getxo para la entrevista.\n\nUn saludo,\nIker Goikoetxea\n\nREFORMAS GOIKOETXEA\nE HIJOS, S.L.\nPolígono Arteaga 3, Bilbao'), 'Europe/Madrid', '2026-07-06T07:05:00Z');
    expect(message.company?.toLowerCase()).toBe('reformas goikoetxea e hijos');
  });

  it('joins a society\u2019s name to the kind written under it', async () => {
    const message = await read(mail('Grace Achieng <gachieng@tumainisacco.co.ke>', 'Interview invitation', 'Mon, 6 Jul 2026 10:00:00 +0300', 'Dear Peter,\n\nYou are invited for an interview on Thursday 9 July at 9:30 AM at our Kisumu office.\n\nRegards,\nGrace Achieng\nHuman Resources\nTumaini Farmers Savings and Credit\nCo-operative Society Ltd'), 'Africa/Nairobi', '2026-07-06T07:05:00Z');
    expect(message.company).toBe('Tumaini Farmers Savings and Credit Co-operative Society');
  });

  it('keeps "de los" inside a school\u2019s name over the head who writes', async () => {
    const message = await read(mail('Lucía Prieto <lprieto@colegiosanjose.es>', 'Entrevista plaza de Lengua', 'Mon, 6 Jul 2026 12:00:00 +0200', 'Hola Marta:\n\nSoy Lucía Prieto, directora del Colegio San José de los Olivos. ¿Puedes venir el miércoles 8 a las 10:00 para una entrevista?\n\nUn saludo,\nLucía Prieto'), 'Europe/Madrid', '2026-07-06T10:05:00Z');
    expect(message.company).toBe('Colegio San José de los Olivos');
  });

  it('reads "& Sons" in an owner\u2019s domain, and a president\u2019s title is no firm', async () => {
    const builder = await read(mail('Niall Brennan <niall@brennanandsons.ie>', 'Re: labourer', 'Tue, 7 Jul 2026 19:00:00 +0100', 'Thanks for the CV. We took on a lad last week so nothing going at the minute, sorry.\n\nNiall'), 'Europe/Dublin', '2026-07-07T18:10:00Z');
    expect(builder.kind).toBe('rejection');
    expect(builder.company).toBe('Brennan & Sons');
    const club = await read(mail('Association Les Petits Pas <contact@lespetitspas-asso.fr>', 'Votre candidature', 'Tue, 7 Jul 2026 10:00:00 +0200', 'Bonjour Madame Alexis,\n\nNous avons bien reçu votre candidature pour le poste d\u2019animatrice et reviendrons vers vous.\n\nLa Présidente\nAssociation Les Petits Pas'), 'Europe/Paris', '2026-07-07T08:05:00Z');
    expect(club.company).not.toBe('Présidente');
  });
});

describe('what a domain leaves out', () => {
  it('spells a domain that skips the describing word: "Pharmacie centrale Dubois-Lemaire"', async () => {
    const message = await read(mail('Claire Dubois <claire@pharmaciedubois-lemaire.be>', 'Votre candidature', 'Fri, 12 Jun 2026 10:00:00 +0200', 'Bonjour Madame Pirard,\n\nNous avons bien reçu votre candidature au poste d\u2019assistante en pharmacie et revenons vers vous la semaine prochaine.\n\nClaire Dubois\nPharmacie centrale Dubois-Lemaire'), 'Europe/Brussels', '2026-06-12T08:05:00Z');
    expect(message.company).toBe('Pharmacie centrale Dubois-Lemaire');
  });

  it('spells a domain that skips one word in the middle of a firm\u2019s name', async () => {
    const message = await read(mail('Beat Huber <b.huber@huber-search.ch>', 'Vertraulich: Leitung Finanzen', 'Mon, 15 Jun 2026 08:00:00 +0200', 'Guten Tag Frau Keller\n\nIch begleite eine vertrauliche Suche für eine Leitung Finanzen in der Ostschweiz und dachte dabei an Sie. Hätten Sie Zeit für ein kurzes Telefonat?\n\nBeat Huber\nPartner\n\nHuber Executive Search AG\nBahnhofstrasse 8\n9000 St. Gallen'), 'Europe/Zurich', '2026-06-15T06:05:00Z');
    expect(message.kind).toBe('none');
    expect(message.company).toBe('Huber Executive Search');
  });

  it('names a council with its title where the text writes it so', async () => {
    const message = await read(mail('People and Culture <recruitment@mulgavale.wa.gov.au>', 'Outcome - Library Officer', 'Tue, 16 Jun 2026 15:00:00 +0800', 'Dear Ms Tran,\n\nThank you for your interest in the Library Officer position with the Shire of Mulga Vale. After careful consideration, we will not be progressing your application further.\n\nPeople and Culture\nShire of Mulga Vale'), 'Australia/Perth', '2026-06-16T07:05:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('Shire of Mulga Vale');
  });

  it('keeps the capitals every mention puts before a house\u2019s name', async () => {
    const message = await read(mail('Griet Vos <griet.vos@rozenhof.be>', 'Bevestiging: verpleegkundige WZC Rozenhof', 'Wed, 17 Jun 2026 11:00:00 +0200', 'Dag Lotte\n\nZoals telefonisch besproken bieden we je graag de functie van verpleegkundige aan in WZC Rozenhof, startdatum 1 augustus.\n\nGriet Vos\nDirecteur\nWZC Rozenhof vzw'), 'Europe/Brussels', '2026-06-17T09:05:00Z');
    expect(message.company).toBe('WZC Rozenhof');
  });

  it('reads an owner\u2019s surname and the trade his domain adds as the firm: "Kowalski Roofing"', async () => {
    const message = await read(mail('Stan Kowalski <stan@kowalskiroofing.com>', 'Re: roofer job', 'Thu, 18 Jun 2026 19:30:00 -0500', 'Got your resume, thanks. We\u2019re slammed this week, I\u2019ll call you Monday.\n\nStan\n\nSent from my iPhone'), 'America/Chicago', '2026-06-19T00:40:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Kowalski Roofing');
  });
});

describe('names that are a firm, not a person or a desk', () => {
  it('reads a housing co-operative and a Spital in the signature, with no legal form', async () => {
    const coop = await read(mail('Ruth Meier <r.meier@bg-lindenrain.ch>', 'Ihre Bewerbung als Hauswart', 'Fri, 19 Jun 2026 09:00:00 +0200', 'Grüezi Herr Frei\n\nGerne bieten wir Ihnen die Stelle als Hauswart an. Den Vertrag senden wir Ihnen per Post.\n\nFreundliche Grüsse\nRuth Meier\n\nBaugenossenschaft Lindenrain\nRainstrasse 12\n8400 Winterthur'), 'Europe/Zurich', '2026-06-19T07:05:00Z');
    expect(coop.company).toBe('Baugenossenschaft Lindenrain');
    const hospital = await read(mail('Regionales Spital Seetal <noreply@softgarden.io>', 'Eingangsbestätigung Ihrer Bewerbung', 'Fri, 19 Jun 2026 10:00:00 +0200', 'Guten Tag Frau Graf\n\nHerzlichen Dank für Ihre Bewerbung. Ihre Unterlagen sind bei uns eingegangen.\n\nIhr Recruiting-Team\nRegionales Spital Seetal'), 'Europe/Zurich', '2026-06-19T08:05:00Z');
    expect(hospital.company).toBe('Regionales Spital Seetal');
  });

  it('an agency names its client "Gebroeders …" only in passing, and a staffing desk is no employer', async () => {
    const agency = await read(mail('Els Wouters <els@flexteam-interim.be>', 'RE: heftruckchauffeur', 'Mon, 22 Jun 2026 16:00:00 +0200', 'Dag Wout\n\nIk kreeg net feedback van Gebroeders Smet: ze hebben gekozen voor een kandidaat met meer ervaring op een reachtruck. Ik hou je op de hoogte van andere vacatures.\n\nEls Wouters\nFlexteam Interim'), 'Europe/Brussels', '2026-06-22T14:05:00Z');
    expect(agency.kind).toBe('rejection');
    expect(agency.company).toBe('Gebroeders Smet');
    const desk = await read(mail('Dotation <dotation@cegep-riviere-noire.qc.ca>', 'Concours 2026-07', 'Tue, 23 Jun 2026 10:00:00 -0400', 'Bonjour,\n\nNous vous remercions de votre intérêt. Votre candidature n\u2019a malheureusement pas été retenue.\n\nService des ressources humaines - Dotation'), 'America/Toronto', '2026-06-23T14:05:00Z');
    expect(desk.company).not.toBe('Dotation');
  });
});
