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

describe('zones named the way people write them, and times that stopped suiting', () => {
  const instant = async (text: string, timeZone: string, now: string) => {
    const read_ = await read(text, timeZone, now);
    expect(read_.kind, text).toBe('interview');
    return new Date(read_.at!).getTime();
  };

  it('reads a city, a country or a regional abbreviation beside the time', async () => {
    const mexico = await instant(`From: Laura Pineda <lpineda@andinalogistica.com.co>\nSubject: Entrevista confirmada - Analista\nDate: Mon, 16 Mar 2026 09:00:00 -0500\n\nHola Daniela:\n\nTe confirmamos la entrevista por Google Meet.\nFecha: jueves 19 de marzo\nHora: 10:00 a. m. hora de Bogotá (en Ciudad de México serían las 9:00 a. m.)\n\nLaura Pineda\nAndina Logística`, 'America/Mexico_City', '2026-03-16T14:05:00Z');
    expect(mexico).toBe(new Date('2026-03-19T10:00:00-05:00').getTime());
    const suriname = await instant(`From: Ramona Soekhlal <r.soekhlal@kwattabouw.sr>\nSubject: Uitnodiging gesprek\nDate: Tue, 19 May 2026 09:00:00 -0300\n\nBeste mevrouw Pinas,\n\nHet gesprek is morgen om 10.00 uur Surinaamse tijd (dat is 15.00 uur bij u in Nederland) en duurt ongeveer een uur.\n\nMet vriendelijke groet,\nRamona Soekhlal`, 'Europe/Amsterdam', '2026-05-19T12:10:00Z');
    expect(suriname).toBe(new Date('2026-05-20T10:00:00-03:00').getTime());
    const perth = await instant(`From: Harbourline Talent <talent@harbourline.com.au>\nSubject: Interview confirmed - Graduate Analyst\nDate: Mon, 30 Mar 2026 09:00:00 +1100\n\nHi Mia,\n\nYour interview is confirmed for Thursday 9 April 2026, 9:30am - 10:30am AWST.\n\nHarbourline Talent`, 'Australia/Sydney', '2026-03-30T22:30:00Z');
    expect(perth).toBe(new Date('2026-04-09T09:30:00+08:00').getTime());
  });

  it('leaves a time that "no longer works" for the one offered instead, and reads a Flemish "van 10u tot 10u45"', async () => {
    const moved = await instant(`From: Dana Okafor <dana.okafor@brightline.com>\nSubject: RE: Interview - Operations Analyst\nDate: Mon, 13 Apr 2026 11:05:00 -0400\n\nHi Marcus,\n\nOur VP got pulled into a board prep session Thursday afternoon, so 2:00 no longer works. Can we push you to 3:30pm ET the same day (Thursday 4/16)? Otherwise consider it locked in.\n\nDana`, 'America/Chicago', '2026-04-13T15:10:00Z');
    expect(moved).toBe(new Date('2026-04-16T15:30:00-04:00').getTime());
    const replaced = await instant(`From: Isabelle Fortin <ifortin@beaurivage.ca>\nSubject: Changement d'heure pour ton entrevue\nDate: Mon, 8 Jun 2026 09:00:00 -0400\n\nBonjour Camille,\n\nOn ne pourra pas te rencontrer le 10 juin à 10 h comme prévu. Je t'ai replacée le jeudi 11 juin, de 13 h 30 à 14 h 30, à nos bureaux.\n\nIsabelle Fortin`, 'America/Toronto', '2026-06-08T13:10:00Z');
    expect(replaced).toBe(new Date('2026-06-11T13:30:00-04:00').getTime());
    const flemish = await read(`From: Dirk Lambrechts <dirk.lambrechts@zorgnet-kempen.be>\nSubject: Uitnodiging videogesprek\nDate: Mon, 4 May 2026 10:00:00 +0200\n\nBeste,\n\nGraag nodigen we u uit voor een gesprek via Microsoft Teams op dinsdag 12 mei 2026 van 10u tot 10u45.\n\nDirk Lambrechts`, 'Europe/Brussels', '2026-05-04T08:10:00Z');
    expect(flemish.at).toBe('2026-05-12T10:00:00+02:00');
    expect(flemish.durationMinutes).toBe(45);
  });

  it('reads "Chicagoer Zeit", "hora del centro (hora de Houston)" and a Spanish range "de 2:00 a 2:45 pm"', async () => {
    const chicago = await instant(`From: Petra Kranzl <p.kranzl@kranzl-messtechnik.at>\nSubject: Zweites Gespräch mit Chicago\nDate: Mon, 9 Mar 2026 09:00:00 +0100\n\nSehr geehrter Herr Huber,\n\nDave hat Zeit am Dienstag, 17. März, um 9:00 Uhr Chicagoer Zeit. Wir schicken Ihnen den Teams-Link.\n\nPetra Kranzl`, 'Europe/Vienna', '2026-03-09T08:10:00Z');
    expect(chicago).toBe(new Date('2026-03-17T09:00:00-05:00').getTime());
    const houston = await read(`From: Marisol Treviño <mtrevino@gulfcoastpipe.com>\nSubject: Entrevista confirmada\nDate: Tue, 19 May 2026 10:00:00 -0500\n\nHola Jorge:\n\nTe confirmamos la entrevista por Teams.\nFecha: mañana miércoles\nHorario: de 2:00 a 2:45 pm, hora del centro (hora de Houston)\n\nMarisol Treviño`, 'America/Monterrey', '2026-05-19T15:10:00Z');
    expect(new Date(houston.at!).getTime()).toBe(new Date('2026-05-20T14:00:00-05:00').getTime());
    expect(houston.durationMinutes).toBe(45);
  });

  it('sets aside a time withdrawn in any of the languages read, for the one offered instead', async () => {
    const cases: Array<[string, string, string, string]> = [
      ['America/Toronto', '2026-05-22T15:00:00Z', `From: Leah Park <leah.park@northbeam.ca>\nSubject: RE: Interview Tuesday\nDate: Fri, 22 May 2026 10:55:00 -0400\n\nHi Sam,\n\nRebecca has been pulled into a board meeting, so she can't do 1:00 pm anymore. Could we do Wednesday May 27 at 11:30 am ET instead? I'll send the new invite.\n\nLeah`, '2026-05-27T11:30:00-04:00'],
      ['Europe/Paris', '2026-04-13T08:10:00Z', `From: Julien Perrin <j.perrin@imprimerie-perrin.fr>\nSubject: Re: Entretien jeudi\nDate: Mon, 13 Apr 2026 10:00:00 +0200\n\nBonjour Madame Okafor,\n\nDésolé, jeudi 14h ne sera finalement pas possible de mon côté. Je vous propose vendredi 17 avril à 10h30, au même endroit.\n\nJulien Perrin`, '2026-04-17T10:30:00+02:00'],
      ['Europe/Vienna', '2026-05-08T08:10:00Z', `From: Karin Leitner <k.leitner@wimmer-kunststoff.at>\nSubject: AW: Termin Vorstellungsgespräch\nDate: Fri, 8 May 2026 10:00:00 +0200\n\nSehr geehrte Frau Berger,\n\nDienstag um 10:00 geht bei uns leider nicht. Wäre Ihnen Mittwoch, 13. Mai um 15:30 Uhr recht? Dann trägt Herr Wimmer es gleich ein.\n\nKarin Leitner`, '2026-05-13T15:30:00+02:00'],
    ];
    for (const [zone, now, text, at] of cases) {
      const read_ = await read(text, zone, now);
      expect(new Date(read_.at ?? 0).getTime(), text).toBe(new Date(at).getTime());
    }
  });

  it('reads the dotted clock Dutch writes: "morgen om 10.15 uur", "Tijd: 14.00 - 15.00 uur"', async () => {
    const call = await read(`From: Naomi Kerkhof <naomi.kerkhof@persona-uitzendgroep.nl>\nSubject: Belafspraak morgen\nDate: Thu, 22 Jan 2026 14:26:03 +0100\n\nHoi Lisa,\n\nZoals afgesproken bel ik je morgen om 10.15 uur voor een kort intakegesprek over de functie administratief medewerker (32 uur). Reken op ongeveer 20 minuten.\n\nNaomi`, 'Europe/Amsterdam', '2026-01-22T13:30:00Z');
    expect(call.at).toBe('2026-01-23T10:15:00+01:00');
    const slot = await read(`From: Gemeente Wielerveen <p-o@wielerveen.nl>\nSubject: Uitnodiging gesprek\nDate: Mon, 9 Mar 2026 10:00:00 +0100\n\nGeachte heer Bakker,\n\nWe nodigen u graag uit voor een eerste gesprek.\nDatum: dinsdag 17 maart 2026\nTijd: 14.00 - 15.00 uur\n\nMet vriendelijke groet,\nP&O Gemeente Wielerveen`, 'Europe/Amsterdam', '2026-03-09T09:10:00Z');
    expect(slot.at).toBe('2026-03-17T14:00:00+01:00');
    expect(slot.durationMinutes).toBe(60);
  });

  it('reads "ne convient finalement plus", "quedan descartadas", and a receipt of the CV before the time is set', async () => {
    const geneva = await read(`From: RH Aubry <rh@aubry-horlogerie.ch>\nSubject: Re: Entretien\nDate: Thu, 29 Oct 2026 09:00:00 +0100\n\nMadame,\n\nMalheureusement, mardi à 14:00 ne convient finalement plus à M. Aubry. Nous vous proposons mercredi 4 novembre à 9h30, même adresse.\n\nRH Aubry`, 'Europe/Zurich', '2026-10-29T08:10:00Z');
    expect(geneva.at).toBe('2026-11-04T09:30:00+01:00');
    const hotel = await read(`From: Lucía Ferrer <lferrer@hotelmirador.es>\nSubject: RE: Entrevista martes\nDate: Fri, 8 May 2026 10:00:00 +0200\n\nHola Pablo:\n\nSin problema, lo entiendo. Las 10:00 del martes quedan descartadas entonces. Te esperamos el martes 12 de mayo a las 17:30 en recepción.\n\nLucía`, 'Europe/Madrid', '2026-05-08T08:10:00Z');
    expect(hotel.at).toBe('2026-05-12T17:30:00+02:00');
    const dakar = await read(`From: Awa Ndiaye <awandiaye.patisserie@gmail.com>\nSubject: Re: Candidature vendeuse\nDate: Mon, 18 May 2026 21:14:37 +0000\n\nBonsoir Fatou,\n\nJ'ai bien reçu ton CV merci. Passe demain à 10h à la boutique pour qu'on discute. Tu demandes Awa.\n\nAwa Ndiaye`, 'Africa/Dakar', '2026-05-18T21:20:00Z');
    expect(dakar.kind).toBe('interview');
    expect(dakar.at).toBe('2026-05-19T10:00:00+00:00');
  });

  it('sets aside a time the writer will not be there for, a slot someone else took, and a meeting being moved', async () => {
    const joiner = await read(`From: Jean-Marc Aubert <info@aubert-agencement.ch>\nSubject: Re: Place de menuisier\nDate: Wed, 15 Apr 2026 06:40:00 +0200\n\nBonjour,\n\nUne livraison urgente ce matin : je ne serai pas à l'atelier à 9h. On décale à demain jeudi 15h30, même endroit.\n\nJean-Marc Aubert\n\nEnvoyé de mon iPhone`, 'Europe/Zurich', '2026-04-15T04:45:00Z');
    expect(joiner.at).toBe('2026-04-16T15:30:00+02:00');
    const taken = await read(`From: Sabine Wendt <wendt@hs-rheinfeld.de>\nSubject: AW: Termin Auswahlgespräch\nDate: Mon, 1 Jun 2026 09:00:00 +0200\n\nSehr geehrte Frau Koç,\n\nleider wurde der Termin am Donnerstag um 10:00 Uhr inzwischen von einer anderen Bewerberin gebucht. Ich kann Ihnen stattdessen Donnerstag, 4. Juni, um 13:30 Uhr anbieten; das Gespräch dauert etwa 45 Minuten.\n\nSabine Wendt`, 'Europe/Berlin', '2026-06-01T07:05:00Z');
    expect(taken.at).toBe('2026-06-04T13:30:00+02:00');
    const moved = await read(`From: Urs Gerber <u.gerber@gerber-treuhand.ch>\nSubject: Verschiebung unseres Gesprächs\nDate: Fri, 23 Oct 2026 16:00:00 +0200\n\nGrüezi Frau Meier\n\nLeider muss ich unser Gespräch vom Montag um 9:00 Uhr verschieben. Passt Ihnen Mittwoch, 28. Oktober, um 15:00 Uhr?\n\nFreundliche Grüsse\nUrs Gerber`, 'Europe/Zurich', '2026-10-23T14:05:00Z');
    expect(moved.at).toBe('2026-10-28T15:00:00+01:00');
    const shop = await read(`From: Graciela Ponce <almacenponce@hotmail.com>\nSubject: Re: Entrevista cajera\nDate: Tue, 19 May 2026 20:10:00 -0300\n\nHola Mica, disculpá: el jueves a las 10:00 no llego porque tengo que ir al banco. ¿Te parece el jueves a las 16:00 acá en el almacén?\n\nGraciela`, 'America/Argentina/Buenos_Aires', '2026-05-19T23:15:00Z');
    expect(shop.at).toBe('2026-05-21T16:00:00-03:00');
  });

  it('does not take a building\u2019s hours for the interview, and reads "11:30 a.m. Atlantic"', async () => {
    const county = await read(`From: Dale Porter <dporter@lakecountyco.us>\nSubject: Interview - Custodian\nDate: Mon, 20 Apr 2026 15:00:00 -0600\n\nHi Sam,\n\nCan you come in tomorrow (Tuesday) at 2:00 pm for an interview with the facilities supervisor? The main entrance locks at noon, so use the side door on Elm Street.\n\nDale Porter\nHuman Resources`, 'America/Denver', '2026-04-20T21:05:00Z');
    expect(county.kind).toBe('interview');
    expect(county.at).toBe('2026-04-21T14:00:00-06:00');
    const atlantic = await instant(`From: Carla Fougere <cfougere@harbourlinefreight.ca>\nSubject: Interview - Dispatcher\nDate: Mon, 4 May 2026 10:00:00 -0400\n\nHi Omar,\n\nWe'd like to meet you Thursday, May 7 at 9:00 a.m. Atlantic on Teams. It should run about 45 minutes.\n\nCarla Fougere`, 'America/Toronto', '2026-05-04T14:05:00Z');
    expect(atlantic).toBe(new Date('2026-05-07T09:00:00-03:00').getTime());
  });
  it('takes the time offered "instead", and sets aside one that is "no longer going to work" or named "in plaats van"', async () => {
    const hotel = await read(`From: Grant Ruru <gm@kawaraulodge.co.nz>\nSubject: Re: Front Office Supervisor - interview\nDate: Mon, 15 Jun 2026 18:54:03 +1200\n\nHi Mere,\n\nSorry, Wednesday afternoon's a no-go after all - we've got a tour group checking in from 1pm.\n\nI've booked you in for Thursday (18th) at 11.30am instead. Ask for me at reception.\n\nCheers,\nGrant`, 'Pacific/Auckland', '2026-06-15T07:10:00Z');
    expect(hotel.at).toBe('2026-06-18T11:30:00+12:00');
    const attorney = await read(`From: Pieter Botha <pbotha@bothavanwyk.co.za>\nSubject: RE: Candidate Attorney interview\nDate: Thu, 1 Oct 2026 18:12:40 +0200\n\nDear Lerato\n\nI have been set down for a hearing on Tuesday morning, so 14h00 is no longer going to work on my side. Let us rather meet at 15h30 on the same day, Tuesday 6 October.\n\nKind regards\nPieter Botha`, 'Africa/Johannesburg', '2026-10-01T16:20:00Z');
    expect(attorney.at).toBe('2026-10-06T15:30:00+02:00');
    const accountant = await read(`From: Ilse de Graaf <i.degraaf@graafenvos.nl>\nSubject: RE: Uitnodiging tweede gesprek\nDate: Fri, 17 Apr 2026 10:21:36 +0200\n\nHoi Tim,\n\nWe schuiven het gesprek een uur op: je bent welkom op woensdag 22 april om kwart over elf in plaats van om 10.15 uur.\n\nGroet,\nIlse de Graaf`, 'Europe/Amsterdam', '2026-04-17T08:30:00Z');
    expect(accountant.at).toBe('2026-04-22T11:15:00+02:00');
  });

  it('reads a quarter said in words and noon said in words: "um Viertel nach zehn", "à midi", "a mediodía"', async () => {
    const agency = await read(`From: Mag. Eva Pichler <e.pichler@donauwerk-personal.at>\nSubject: Vorstellungsgespräch bei unserem Kunden\nDate: Tue, 16 Jun 2026 09:48:22 +0200\n\nSehr geehrter Herr Huber,\n\nunser Kunde möchte Sie gerne kennenlernen.\n\nTermin: diesen Freitag um Viertel nach zehn\nDauer: ca. 1 Stunde\n\nMit freundlichen Grüßen\nEva Pichler`, 'Europe/Vienna', '2026-06-16T08:00:00Z');
    expect(agency.kind).toBe('interview');
    expect(agency.at).toBe('2026-06-19T10:15:00+02:00');
    const mairie = await read(`From: Nadia Perrin <rh@mairie-saint-aubin.fr>\nSubject: Entretien - agent d'accueil\nDate: Mon, 8 Jun 2026 16:00:00 +0200\n\nMadame,\n\nJe vous confirme l'entretien demain à midi, en mairie.\n\nNadia Perrin\nService RH`, 'Europe/Paris', '2026-06-08T14:05:00Z');
    expect(mairie.at).toBe('2026-06-09T12:00:00+02:00');
    const university = await read(`From: Paula Riquelme <priquelme@uandes-sur.cl>\nSubject: Entrevista cargo Analista de Admisión\nDate: Wed, 10 Jun 2026 17:48:51 -0400\n\nEstimado Tomás:\n\nComo conversamos por teléfono, le confirmo la entrevista para el cargo de Analista de Admisión mañana jueves a mediodía, en la Casa Central. La entrevista durará alrededor de una hora.\n\nSaludos cordiales,\nPaula Riquelme`, 'America/Santiago', '2026-06-10T21:55:00Z');
    expect(university.kind).toBe('interview');
    expect(university.at).toBe('2026-06-11T12:00:00-04:00');
  });

  it('keeps the time of a meeting that "findet statt am …" (a German verb, not "instead of")', async () => {
    const office = await read(`From: Personalstelle Landratsamt Erlingen <personal@lra-erlingen.de>\nSubject: Einladung zum Auswahlgespräch\nDate: Wed, 24 Jun 2026 14:52:00 +0200\n\nSehr geehrte Frau Roth,\n\nwir freuen uns, Sie zu einem Auswahlgespräch einladen zu können. Das Gespräch findet statt am\nMittwoch, 08.07.2026, um 13:30 Uhr\nim Landratsamt Erlingen, Sitzungssaal 2.14.\n\nIm Auftrag\nBrigitte Lenz`, 'Europe/Berlin', '2026-06-24T13:00:00Z');
    expect(office.at).toBe('2026-07-08T13:30:00+02:00');
  });
  it('sets aside a time named just after "n\u2019aura pas lieu", and reads "van 9 tot 10 uur" as a range of hours', async () => {
    const namur = await read(`From: Catherine Dewez <c.dewez@pontis-ingenierie.be>\nSubject: RE: Entretien - Ingénieur junior\nDate: Tue, 14 Apr 2026 08:17:44 +0200\n\nBonjour Monsieur Lambotte,\n\nUn imprévu sur un chantier m'oblige à déplacer notre rendez-vous de demain.\n\nL'entretien n'aura donc PAS lieu mercredi à 10h : je vous attends le jeudi 16 avril à 14h30, à la même adresse. Comptez une heure.\n\nCatherine Dewez`, 'Europe/Brussels', '2026-04-14T06:20:00Z');
    expect(namur.at).toBe('2026-04-16T14:30:00+02:00');
    const shop = await read(`From: Gert van Gestel <gert@buurtsupervangestel.nl>\nSubject: Re: sollicitatie teamleider\nDate: Mon, 30 Mar 2026 16:05:44 +0200\n\nHallo Kevin,\n\nIk verwacht je morgenochtend van 9 tot 10 uur in de winkel. Vraag bij de servicebalie naar Gert.\n\nGr. Gert`, 'Europe/Amsterdam', '2026-03-30T14:10:00Z');
    expect(shop.at).toBe('2026-03-31T09:00:00+02:00');
    expect(shop.durationMinutes).toBe(60);
  });

  it('reads times said the way people talk: "half ten", "um halb vier am Nachmittag", "a las 10 y media"', async () => {
    const builder = await read(`From: Gary Boyle <gary@boylejoinery.co.uk>\nSubject: Re: joiner job\nDate: Mon, 11 May 2026 18:02:00 +0100\n\nHi Sean\n\nThursday is out, I'm on a fit-out in Kilmarnock. Can you do Friday instead, half ten? Yard is behind the Esso garage.\n\nGary`, 'Europe/London', '2026-05-11T17:10:00Z');
    expect(builder.kind).toBe('interview');
    expect(builder.at).toBe('2026-05-15T10:30:00+01:00');
    const baker = await read(`From: Renate Aigner <office@baeckerei-aigner.at>\nSubject: Re: Bewerbung Verkauf\nDate: Tue, 12 May 2026 07:40:00 +0200\n\nHallo Frau Novak,\n\nkommen Sie bitte am Mittwoch um halb vier am Nachmittag in die Filiale, dann reden wir kurz.\n\nRenate Aigner`, 'Europe/Vienna', '2026-05-12T05:45:00Z');
    expect(baker.kind).toBe('interview');
    expect(baker.at).toBe('2026-05-13T15:30:00+02:00');
    const garage = await read(`From: Rodrigo Salinas <taller.salinas@gmail.com>\nSubject: Re: postulación mecánico\nDate: Mon, 18 May 2026 19:05:00 -0400\n\nHola Matías, te espero el miércoles a las 10 y media en el taller para conversar.\n\nRodrigo`, 'America/Santiago', '2026-05-18T23:10:00Z');
    expect(garage.at).toBe('2026-05-20T10:30:00-04:00');
  });

  it('keeps the day of a German "morgen" that opens its own line under the invitation', async () => {
    const message = await read(`From: Petra Huber <p.huber@huber-sanitaer.de>\nSubject: Telefongespräch - Anlagenmechaniker\nDate: Mon, 8 Jun 2026 14:20:00 +0200\n\nSehr geehrter Herr Kaya,\n\nwie besprochen bestätige ich unser Telefongespräch:\n\nmorgen, Dienstag, um 9:45 Uhr\n\nIch rufe Sie an.\n\nPetra Huber`, 'Europe/Berlin', '2026-06-08T12:25:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-06-09T09:45:00+02:00');
  });

  it('takes the hour a meeting is moved to over the hour someone else is busy at', async () => {
    const message = await read(`From: Lorena Ibarra <libarra@ferremex-norte.com.mx>\nSubject: RE: Entrevista Encargado de Almacén\nDate: Thu, 21 May 2026 09:15:00 -0600\n\nHola Iván:\n\nEl gerente tiene una visita de auditoría a las 10 y no va a alcanzar a llegar a las 11. Le movimos la entrevista al mismo lunes 25 pero a las 5 de la tarde, en la bodega.\n\nSaludos,\nLorena Ibarra`, 'America/Mexico_City', '2026-05-21T15:20:00Z');
    expect(message.at).toBe('2026-05-25T17:00:00-06:00');
  });

  it('reads a selection morning as the appointment, not the programme\'s first interview slot', async () => {
    const message = await read(`From: "Maison de Quartier Saint-Léger asbl" <emploi@mqsaintleger.be>\nSubject: Votre candidature - éducateur\nDate: Thu, 3 Sep 2026 11:00:00 +0200\n\nBonjour Hugo,\n\nNous t'invitons à notre matinée de recrutement mardi prochain, de 9h à 12h30.\n\nAu programme :\n- 9h00 : accueil\n- 10h30 : entretien individuel\n\nMerci de confirmer d'ici vendredi.\n\nLéa Dubois`, 'Europe/Brussels', '2026-09-03T09:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-09-08T09:00:00+02:00');
    expect(message.durationMinutes).toBe(210);
  });

  it('moves to "1:30 that afternoon" on the day whose morning is out', async () => {
    const message = await read(`From: Dale Pruitt <dale@pruittfreight.com>\nSubject: Re: dispatcher position\nDate: Wed, 10 Jun 2026 06:40:00 -0500\n\nMarcus,\n\nThursday at 9 is out now, I've got a driver meeting I can't move. Could you do 2:15 that afternoon instead? Same place, the dispatch trailer by gate 3.\n\nDale`, 'America/Chicago', '2026-06-10T12:00:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-06-11T14:15:00-05:00');
  });

  it('reads "van 9 tot 10u30" as a range from nine, not an appointment at half past ten', async () => {
    const message = await read(`From: Sofie Maes <sofie.maes@vzwdebrug.be>\nSubject: Uitnodiging gesprek begeleider\nDate: Mon, 7 Sep 2026 10:00:00 +0200\n\nDag Jonas,\n\nWe nodigen je graag uit voor een gesprek op donderdag 17 september van 9 tot 10u30 in ons dagcentrum.\n\nSofie Maes`, 'Europe/Brussels', '2026-09-07T08:05:00Z');
    expect(message.at).toBe('2026-09-17T09:00:00+02:00');
    expect(message.durationMinutes).toBe(90);
  });

  it('reads an hour said loosely: "10ish", "at 10 o\u2019clock in the morning"', async () => {
    const pub = await read(`From: Mick Tierney <tierneysbar@gmail.com>\nSubject: Re: bar work\nDate: Thu, 9 Jul 2026 22:10:00 +0100\n\nThanks for the CV. Pop in tomorrow 11ish for a chat, ask for me.\n\nMick`, 'Europe/Dublin', '2026-07-09T21:15:00Z');
    expect(pub.kind).toBe('interview');
    expect(pub.at).toBe('2026-07-10T11:00:00+01:00');
    const bank = await read(`From: Agnes Mutua <amutua@umojasacco.co.ke>\nSubject: Interview\nDate: Thu, 9 Jul 2026 15:00:00 +0300\n\nDear Kevin,\n\nKindly come for an oral interview on Monday 13 July at 9 o'clock in the morning at our head office.\n\nAgnes Mutua`, 'Africa/Nairobi', '2026-07-09T12:05:00Z');
    expect(bank.at).toBe('2026-07-13T09:00:00+03:00');
  });

  it('a day named as the exception ("jeden Tag außer Mittwoch") is no appointment', async () => {
    const message = await read(`From: Jens Albers <info@tischlerei-albers.de>\nSubject: Re: Bewerbung Tischler\nDate: Thu, 9 Jul 2026 12:00:00 +0200\n\nHallo Herr Koch,\n\nwann passt es Ihnen nächste Woche, mal in der Werkstatt vorbeizukommen? Ab 16 Uhr geht es jeden Tag außer Dienstag.\n\nGruß\nJens Albers`, 'Europe/Berlin', '2026-07-09T10:05:00Z');
    expect(message.kind).toBe('response');
    expect(message.at).toBeNull();
  });

  it('reads "1400H", "à 15 heures (heure de Dakar)" and a Gulf "AST" beside Doha', async () => {
    const clinic = await read(`From: Talent Acquisition <careers@alnakheelmedical.ae>\nSubject: Interview schedule - Staff Nurse\nDate: Wed, 1 Jul 2026 09:00:00 +0400\n\nDear Maria,\n\nPlease find your interview schedule below.\n\nDate: Monday, 6 July 2026\nTime: 1000H (UAE time)\nVenue: Al Nakheel Medical Centre, Level 2\n\nRegards,\nTalent Acquisition`, 'Asia/Manila', '2026-07-01T05:05:00Z');
    expect(clinic.kind).toBe('interview');
    expect(new Date(clinic.at ?? '').toISOString()).toBe('2026-07-06T06:00:00.000Z');
    const dakar = await read(`From: Awa Ndiaye <a.ndiaye@sonatel-exemple.sn>\nSubject: Entretien - Ingénieur réseau\nDate: Mon, 6 Jul 2026 10:00:00 +0000\n\nBonjour Monsieur Faye,\n\nNous vous invitons à un entretien vidéo mercredi à 11 heures (heure de Dakar).\n\nAwa Ndiaye`, 'Europe/Paris', '2026-07-06T10:05:00Z');
    expect(new Date(dakar.at ?? '').toISOString()).toBe('2026-07-08T11:00:00.000Z');
    const doha = await read(`From: Recruitment <jobs@pearlbaymarine.qa>\nSubject: Zoom interview\nDate: Mon, 6 Jul 2026 08:00:00 +0300\n\nDear Ravi,\n\nYour interview is on Thursday, 9 July 2026 at 11:00 Doha time (AST).\n\nRecruitment`, 'Asia/Kolkata', '2026-07-06T05:05:00Z');
    expect(new Date(doha.at ?? '').toISOString()).toBe('2026-07-09T08:00:00.000Z');
  });
});
