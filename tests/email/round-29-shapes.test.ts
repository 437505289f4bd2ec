import { describe, expect, it } from 'vitest';
import { mail, read } from './pasted-mail';

// Times and names the way round 29 of unseen mail wrote them (the US South, Canada and the Caribbean, rural France
// and Cameroon, eastern Germany, Spain's regions and the Dominican Republic, the north-east of the Netherlands).
// Each case is worded the way one writer would, not copied from the unseen files.

describe('an interview hour said the way people say it', () => {
  it('reads "quarter till 3" tomorrow as 2:45 in the afternoon', async () => {
    const message = await read(mail('Wade Tillman <wade@tillmanelectric.com>', 'Re: apprentice electrician', 'Tue, 7 Jul 2026 19:10:00 -0500', 'Jalen,\n\nGot your resume from the supply house. Can you swing by the yard tomorrow at quarter till 3? Won\u2019t take long.\n\nWade'), 'America/Chicago', '2026-07-08T00:15:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-07-08T14:45:00-05:00');
  });

  it('reads "um Dreiviertel zehn" as 9:45 on the day written with its month, "Freitag, 10. Juli"', async () => {
    const message = await read(mail('Ute Krause <u.krause@tischlerei-krause.de>', 'AW: Bewerbung Tischlerin', 'Tue, 7 Jul 2026 08:00:00 +0200', 'Guten Morgen Frau Lehmann,\n\nam Donnerstag sind wir auf Montage. Kommen Sie stattdessen am Freitag, 10. Juli, um Dreiviertel zehn in die Werkstatt?\n\nViele Grüße\nUte Krause'), 'Europe/Berlin', '2026-07-07T06:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-07-10T09:45:00+02:00');
  });

  it('reads "mañana a primera hora, a las 8" as eight in the morning tomorrow', async () => {
    const message = await read(mail('Arq. Félix Peña <fpena@constructorabahia.com.do>', 'Re: residente de obra', 'Mon, 13 Jul 2026 21:30:00 -0400', 'Katherine, vi tu CV. Te espero mañana a primera hora, a las 8, en la oficina de la Av. Independencia.\n\nFélix'), 'America/Santo_Domingo', '2026-07-14T01:35:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-07-14T08:00:00-04:00');
  });

  it('moves to the slot "la hemos pasado al" names, away from the one the director cannot attend', async () => {
    const message = await read(mail('Nerea Etxeberria <nerea@lanbideak-seleccion.es>', 'Cambio de hora entrevista', 'Mon, 13 Jul 2026 09:00:00 +0200', 'Hola Iñigo:\n\nLa gerente no podrá estar en la entrevista del martes a las 11:00, así que la hemos pasado al jueves a las 17:00, en el mismo sitio.\n\nUn saludo,\nNerea'), 'Europe/Madrid', '2026-07-13T07:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-07-16T17:00:00+02:00');
  });

  it('sets aside the hour "red ik niet" and reads "om kwart over negen" instead', async () => {
    const message = await read(mail('Henk Brink <henk@brinkinstallatie.nl>', 'Re: monteur', 'Tue, 14 Jul 2026 20:00:00 +0200', 'Hoi Sanne,\n\n11 uur red ik niet, dan zit ik in Winterswijk. Kom vrijdag maar om kwart over negen, dan laat ik je de bussen zien.\n\nGroet Henk'), 'Europe/Amsterdam', '2026-07-14T18:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-07-17T09:15:00+02:00');
  });

  it('reads "van 9 tot half 11" as an hour and a half from nine', async () => {
    const message = await read(mail('Recruitee <noreply@recruitee.com>', 'Uitnodiging gesprek - Teeltmedewerker', 'Mon, 13 Jul 2026 10:00:00 +0200', 'Beste Lars,\n\nWe nodigen je graag uit voor een gesprek.\n\nWanneer: dinsdag 21 juli, van 9 tot half 11\nWaar: Kwekerij De Vlasakker, Emmen\n\nGroet,\nIneke'), 'Europe/Amsterdam', '2026-07-13T08:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-07-21T09:00:00+02:00');
    expect(message.durationMinutes).toBe(90);
  });

  it('gives a clock said again with its date that date, not a weekday named later', async () => {
    const message = await read(mail('Doreen Vogt <vogt@hs-elbtal.de>', 'Neue Uhrzeit Ihres Gesprächs', 'Mon, 13 Jul 2026 11:00:00 +0200', 'Sehr geehrte Frau Pohl,\n\nder Termin um 10:00 Uhr ist leider schon vergeben. Ich habe Sie für 15:00 Uhr eingetragen, also Mittwoch, 15. Juli 2026, 15:00 Uhr. Den Link schicke ich Ihnen am Montag.\n\nMit freundlichen Grüßen\nDoreen Vogt'), 'Europe/Berlin', '2026-07-13T09:05:00Z');
    expect(message.at).toBe('2026-07-15T15:00:00+02:00');
  });
});

describe('a Caribbean island keeps its clocks all year', () => {
  it('reads "Jamaica time" as UTC-5 in summer, for a candidate in Toronto', async () => {
    const message = await read(mail('Kerry-Ann Lewis <k.lewis@blue-lagoon-villas.com>', 'Interview - Front Office Supervisor', 'Mon, 13 Jul 2026 10:00:00 -0500', 'Dear Andre,\n\nWe would like to invite you to a Zoom interview on Thursday 16 July at 9:30 a.m. Jamaica time.\n\nKind regards,\nKerry-Ann Lewis\nHuman Resources'), 'America/Toronto', '2026-07-13T15:05:00Z');
    expect(message.kind).toBe('interview');
    expect(new Date(message.at ?? '').toISOString()).toBe('2026-07-16T14:30:00.000Z');
  });

  it('reads "AST (Barbados time)" by the island in brackets, not by Halifax', async () => {
    const message = await read(mail('Marcia Best <mbest@coralreefshipping.bb>', 'Second interview', 'Mon, 13 Jul 2026 09:00:00 -0400', 'Good morning Mr. Alleyne,\n\nI am pleased to confirm your second interview.\n\nDate: Friday 17th July 2026\nTime: 2:00 p.m. AST (Barbados time)\n\nKind regards,\nMarcia Best'), 'America/Halifax', '2026-07-13T13:05:00Z');
    expect(new Date(message.at ?? '').toISOString()).toBe('2026-07-17T18:00:00.000Z');
  });
});

describe('names the way letterheads write them', () => {
  it('keeps a dedication that opens with "Our Lady of"', async () => {
    const message = await read(mail('Office of Human Resources <hr@olmercy.edu.ph>', 'Your application', 'Mon, 13 Jul 2026 09:00:00 +0800', 'Dear Ms. Santos,\n\nThank you for your interest in joining Our Lady of Mercy College. After careful review, we have decided to move forward with other applicants for the Registrar position.\n\nOffice of Human Resources\nOur Lady of Mercy College'), 'Asia/Manila', '2026-07-13T01:05:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('Our Lady of Mercy College');
  });

  it('joins a line ending on "&" to the legal-form line below, and keeps "& Sons" with the family name', async () => {
    const sons = await read(mail('Farid Khan <farid@alqasimi-marine.ae>', 'Interview', 'Mon, 13 Jul 2026 09:00:00 +0400', 'Dear Joel,\n\nPlease come for an interview on Wednesday 15 July at 10:00 AM at our Jebel Ali office.\n\nRegards,\nFarid Khan\nHR Officer\nAl Qasimi & Sons\nMarine Services L.L.C.\nP.O. Box 4412, Dubai'), 'Asia/Dubai', '2026-07-13T05:05:00Z');
    // Both lines name the firm; the first alone is its name too, so either reading is right. "Marine Services" alone is not.
    expect(['Al Qasimi & Sons', 'Al Qasimi & Sons Marine Services']).toContain(sons.company);
    const events = await read(mail('Priya Nair <priya@harbourfrontce.qa>', 'Application received', 'Mon, 13 Jul 2026 09:00:00 +0300', 'Dear Rowena,\n\nWe have received your application for Banquet Supervisor and will be in touch.\n\nPriya Nair\nHarbourfront Catering &\nEvents W.L.L.\nWest Bay, Doha'), 'Asia/Manila', '2026-07-13T06:05:00Z');
    expect(events.company).toBe('Harbourfront Catering & Events');
  });

  it('reads a family store whose legal name carries the year it was formed again', async () => {
    const message = await read(mail('Tom Hickey <tom@hickeysfeed.ca>', 'yard job', 'Mon, 13 Jul 2026 19:00:00 -0230', 'Hi Shane\n\nGood talking yesterday. We\u2019d love to have you on in the yard, $21 an hour, start Monday if that suits.\n\nTom\n\nTom Hickey\nHickey\u2019s Feed & Hardware (1994) Ltd.\nConception Bay South NL'), 'America/St_Johns', '2026-07-13T21:35:00Z');
    expect(message.kind).toBe('offer');
    expect(message.company).toBe('Hickey\u2019s Feed & Hardware');
  });

  it('reads the name that initials before a dash stand for', async () => {
    const message = await read(mail('Rose NGONO <rh@sbl-cm.com>', 'Convocation à un entretien', 'Mon, 13 Jul 2026 10:00:00 +0100', 'Madame,\n\nNous vous invitons à un entretien le jeudi 16 juillet 2026 à 10h00 (heure du Cameroun) à notre siège.\n\nCordialement,\n\nRose NGONO\nResponsable RH\nSBL - Sanaga Bois et Logistique SA\nBP 2210 Douala'), 'Europe/Paris', '2026-07-13T09:05:00Z');
    expect(message.company).toBe('Sanaga Bois et Logistique');
  });

  it('reads a Flemish association written "vzw …" under a coordinator\u2019s title', async () => {
    const message = await read(mail('Griet Peeters <griet@dewerf-buurtwerk.be>', 'Je kandidatuur', 'Mon, 13 Jul 2026 10:00:00 +0200', 'Dag Yusuf,\n\nBedankt voor het gesprek van vorige week. We hebben beslist om met een andere kandidaat verder te gaan.\n\nMet vriendelijke groeten,\n\nGriet Peeters\nCoördinator\nvzw De Werf – buurtwerk Molenbeek\nGraaf van Vlaanderenstraat 3, 1080 Molenbeek'), 'Europe/Brussels', '2026-07-13T08:05:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('vzw De Werf');
  });

  it('takes no public body\u2019s status for its name', async () => {
    const message = await read(mail('Claire Hamel <c.hamel@cci-pays-auge.fr>', 'Votre candidature', 'Mon, 13 Jul 2026 10:00:00 +0200', 'Bonjour Monsieur Leroy,\n\nLe recrutement est toujours en cours. Nous reviendrons vers vous d\u2019ici la fin du mois.\n\nBien cordialement,\n\nClaire Hamel\nChargée de recrutement\nChambre de commerce et d\u2019industrie du Pays d\u2019Auge\nÉtablissement public - 4 rue Pont-Mortain - 14100 Lisieux'), 'Europe/Paris', '2026-07-13T08:05:00Z');
    expect(message.company).toBe('Chambre de commerce et d\u2019industrie du Pays d\u2019Auge');
  });

  it('keeps an initial\u2019s dot and "Bros." inside a firm\u2019s name', async () => {
    const contractor = await read(mail('Indeed <noreply@indeed.com>', 'Een update over je sollicitatie', 'Mon, 13 Jul 2026 10:00:00 +0200', 'Beste Bram,\n\nBedankt voor je sollicitatie als trekkerchauffeur bij Loonbedrijf J. Hoekstra. Helaas hebben we gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\nLoonbedrijf J. Hoekstra'), 'Europe/Amsterdam', '2026-07-13T08:05:00Z');
    expect(contractor.kind).toBe('rejection');
    expect(contractor.company).toBe('Loonbedrijf J. Hoekstra');
    const plumber = await read(mail('Ray Tate <tateplumbing@gmail.com>', 'the job', 'Mon, 13 Jul 2026 18:00:00 -0500', 'Darnell\n\nTalked it over with my brother and we want you on the crew. $24 an hour to start, Monday 7am at the shop.\n\nRay\n\nTate Bros. Plumbing\nMobile, AL'), 'America/Chicago', '2026-07-13T23:05:00Z');
    expect(plumber.kind).toBe('offer');
    expect(plumber.company).toBe('Tate Bros. Plumbing');
  });
});
