import { describe, expect, it } from 'vitest';
import { instant, mail, read } from './pasted-mail';

// Times and names the way round 33 of unseen mail wrote them (Canada's Prairies and Atlantic provinces, East Africa
// and the Middle East, the French Antilles, Guiana, Saint-Pierre, Corsica and Monaco, Berlin and the German north with
// Styria, Galicia, the Basque Country, Yucatán and Patagonia, central Netherlands and Dutch employers writing abroad).
// Each case is worded the way one writer would, not copied from the unseen files.

describe('an interview hour, moved or said by another place\u2019s clock', () => {
  it('reads "Thurs. at 2 instead" in a reply that moves the time quoted below', async () => {
    const message = await read(mail('Doug Kavanagh <doug@kavanaghplumbing.ca>', 'Re: apprentice job', 'Fri, 17 Apr 2026 07:00:00 -0300', 'Jess, Wednesday\u2019s no good now, got a boiler job in Truro. Thurs. at 2 instead? Same place.\n\nDoug\n\n> On Apr 16, 2026, Jess Boudreau wrote:\n> Wednesday at 10 works for me.'), 'America/Halifax', '2026-04-17T10:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-04-23T14:00:00-03:00');
  });

  it('reads "lo pasamos al viernes 17 de 9 a 10" as the new slot', async () => {
    const message = await read(mail('Nerea Goikoetxea <nerea@galdakaomekanika.eus>', 'RE: Entrevista', 'Mon, 13 Apr 2026 09:00:00 +0200', 'Kaixo Unai:\n\nEl miércoles no podemos, así que lo pasamos al viernes 17 de 9 a 10, en la misma oficina.\n\nOndo izan,\nNerea'), 'Europe/Madrid', '2026-04-13T07:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-04-17T09:00:00+02:00');
    expect(message.durationMinutes).toBe(60);
  });

  it('reads "10am Cairo time" by Egypt\u2019s summer clock for a candidate in London', async () => {
    const message = await read(mail('Talent Team <careers@nilebridgefreight.com>', 'Interview invitation', 'Mon, 4 May 2026 09:00:00 +0300', 'Dear Omar,\n\nWe would like to invite you to a video interview on Wednesday 6 May at 10am Cairo time.\n\nKind regards,\nTalent Team'), 'Europe/London', '2026-05-04T06:05:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-05-06T07:00:00.000Z');
  });

  it('reads "à 8h30 heure de Guadeloupe" for a candidate in Paris', async () => {
    const message = await read(mail('RH <rh@chu-basseterre.fr>', 'Entretien', 'Mon, 11 May 2026 08:00:00 -0400', 'Madame,\n\nNous vous proposons un entretien en visio le mercredi 13 mai à 8h30 heure de Guadeloupe.\n\nCordialement,\nLa DRH'), 'Europe/Paris', '2026-05-11T12:05:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-05-13T12:30:00.000Z');
  });

  it('reads a time gap between two clocks as no length, and "Prévoir 45 minutes" as the length', async () => {
    const message = await read(mail('Armement Cormier <rh@armementcormier.pm>', 'Entretien', 'Mon, 13 Apr 2026 08:00:00 -0200', 'Bonjour Monsieur Le Goff,\n\nNous vous proposons un entretien par visio le jeudi 16 avril à 11h heure locale (Saint-Pierre). Nous avons 4 heures de décalage avec la métropole, soit 15h pour vous à Brest. Prévoir 45 minutes.\n\nCordialement'), 'Europe/Paris', '2026-04-13T10:05:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-04-16T13:00:00.000Z');
    expect(message.durationMinutes).toBe(45);
  });

  it('reads "um 10 Uhr deutscher Zeit" for a candidate in Lisbon', async () => {
    const message = await read(mail('Jonas Peters <jonas@hafenlicht.io>', 'Nächster Schritt', 'Mon, 11 May 2026 12:00:00 +0200', 'Hi Inês,\n\nwir haben dir den Termin für Mittwoch, den 13. Mai, um 10 Uhr deutscher Zeit eingestellt.\n\nBis dann\nJonas'), 'Europe/Lisbon', '2026-05-11T10:05:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-05-13T08:00:00.000Z');
  });

  it('reads "om 8 uur \u2019s avonds onze tijd" by the writer\u2019s clock, and "een half uurtje" as thirty minutes', async () => {
    const message = await read(mail('Marieke Bos <marieke@veluwelogistiek.nl>', 'Gesprek', 'Fri, 11 Sep 2026 16:00:00 +0200', 'Hoi Daan,\n\nOmdat je nog in Vancouver zit: het wordt dinsdag 15 september om 8 uur \u2019s avonds onze tijd, dat is 11 uur \u2019s ochtends bij jou. Reken op een half uurtje.\n\nGroet,\nMarieke'), 'America/Vancouver', '2026-09-11T14:05:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-09-15T18:00:00.000Z');
    expect(message.durationMinutes).toBe(30);
  });
});

describe('the employer\u2019s name in the shapes these writers use', () => {
  it('keeps a school division\u2019s number in its name', async () => {
    const message = await read(mail('Karen Olsen <kolsen@prairiewind.ca>', 'Interview', 'Mon, 11 May 2026 09:00:00 -0600', 'Hi Mark,\n\nCould you come in tomorrow at 9:30 for an interview?\n\nKaren Olsen\nHuman Resources\nPrairie Wind School Division No. 47\n(306) 555-0190'), 'America/Regina', '2026-05-11T15:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.company).toBe('Prairie Wind School Division No. 47');
  });

  it('reads a Dutch restaurant whose name starts with \u2019t', async () => {
    const message = await read(mail("'t Gouden Hoekje <noreply@homerun.co>", "Update over je sollicitatie bij 't Gouden Hoekje", 'Mon, 11 May 2026 09:00:00 +0200', 'Hoi Femke,\n\nHelaas gaan we niet verder met je sollicitatie.\n\nGroet,\nHenk'), 'Europe/Amsterdam', '2026-05-11T07:05:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe("'t Gouden Hoekje");
  });

  it('reads a nursery from a domain that glues the owner\u2019s name to the trade, not the owner', async () => {
    const message = await read(mail('Henk-Jan Dekker <hj@dekkerkwekerij.nl>', 'Kennismaking', 'Mon, 11 May 2026 09:00:00 +0200', 'Hoi Sanne,\n\nKom morgenochtend om 8 uur even langs in de kas.\n\nGroet,\nHenk-Jan'), 'Europe/Amsterdam', '2026-05-11T07:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.company).toBe('Dekker Kwekerij');
  });

  it('reads a tea estate whose legal form carries the country in brackets', async () => {
    const message = await read(mail('HR <hr@busogaestates.co.ug>', 'Interview invitation', 'Mon, 11 May 2026 09:00:00 +0300', 'Dear Ruth,\n\nYou are invited for an interview on Thursday 14 May 2026 at 10:00 AM EAT at our head office.\n\nRegards,\n\nHuman Resources\nBusoga Tea Estates (U) Limited'), 'Africa/Kampala', '2026-05-11T06:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.company).toBe('Busoga Tea Estates');
  });

  it('reads a public agency by everything it looks after', async () => {
    const message = await read(mail('Bewerbungen <noreply@softgarden.io>', 'Eingangsbestätigung', 'Mon, 11 May 2026 09:00:00 +0200', 'Sehr geehrte Frau Krause,\n\nvielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten.\n\nMit freundlichen Grüßen\nLandesbetrieb für Deiche, Häfen und Gewässer Vorpommern'), 'Europe/Berlin', '2026-05-11T07:05:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Landesbetrieb für Deiche, Häfen und Gewässer Vorpommern');
  });

  it('reads the agency, not the chamber of commerce its footer is registered with', async () => {
    const message = await read(mail('Flexwerk Gelderland <noreply@otys.nl>', 'Ontvangstbevestiging', 'Mon, 11 May 2026 09:00:00 +0200', 'Beste Tim,\n\nBedankt voor je inschrijving bij Flexwerk Gelderland B.V. We nemen binnen drie werkdagen contact met je op.\n\nMet vriendelijke groet,\nFlexwerk Gelderland\n\nIngeschreven bij de Kamer van Koophandel onder nummer 09123456.'), 'Europe/Amsterdam', '2026-05-11T07:05:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toMatch(/^Flexwerk Gelderland\b/);
  });

  it('reads a territorial authority\u2019s initials as the name its footer spells out with an elided article', async () => {
    const message = await read(mail('CTAK - Ressources humaines <rh@ctak.fr>', 'Annulation de votre entretien', 'Mon, 11 May 2026 09:00:00 -0300', 'Madame,\n\nNous devons annuler votre entretien de jeudi. Nous reviendrons vers vous pour une nouvelle date.\n\nLa DRH\n\nCollectivité Territoriale de l\u2019Approuague-Kaw'), 'America/Cayenne', '2026-05-11T12:05:00Z');
    expect(message.kind).toBe('response');
    expect(message.company).toBe('Collectivité Territoriale de l\u2019Approuague-Kaw');
  });

  it('reads a health network spelled out in its footer, not the ward the interview was with', async () => {
    const message = await read(mail('RSA Selección <seleccion@rsa.eus>', 'Su candidatura', 'Mon, 11 May 2026 09:00:00 +0200', 'Estimada Ane:\n\nGracias por participar en el proceso, incluida la entrevista con la Supervisión de Urgencias. Lamentamos comunicarle que su candidatura no ha sido seleccionada.\n\nAtentamente,\nÁrea de Selección\n\n------------------------------\nRed Sanitaria de Araba – Arabako Sare Sanitarioa (RSA)'), 'Europe/Madrid', '2026-05-11T07:05:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('Red Sanitaria de Araba');
  });

  it('reads a French conurbation written in capitals by the short form its domain uses', async () => {
    const message = await read(mail('DRH <drh@agglo-valdorezza.fr>', 'Pièces complémentaires', 'Mon, 11 May 2026 09:00:00 +0200', 'COMMUNAUTÉ D\u2019AGGLOMÉRATION VAL D\u2019OREZZA\n\nMadame,\n\nMerci de nous transmettre votre diplôme et deux références avant vendredi.\n\nLa DRH'), 'Europe/Paris', '2026-05-11T07:05:00Z');
    expect(message.kind).toBe('response');
    expect(message.company?.toLowerCase()).toBe('communauté d\u2019agglomération val d\u2019orezza');
  });
});
