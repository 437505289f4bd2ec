import { describe, expect, it } from 'vitest';
import { instant, mail, read } from './pasted-mail';

// Times and names the way round 30 of unseen mail wrote them (Scotland, Wales and Northern Ireland, the US Northeast
// with employers in Pakistan and Sri Lanka, Suisse romande and Acadia, south-west Germany, northern Mexico, Zeeland
// and Brabant). Each case is worded the way one writer would, not copied from the unseen files.

describe('an interview hour said the way people say it', () => {
  it('reads "first thing Monday, say 9" as nine on Monday', async () => {
    const message = await read(mail('Fergus Munro <fergus@glenavon-estate.co.uk>', 'Re: stalker post', 'Thu, 9 Jul 2026 18:00:00 +0100', 'Calum,\n\nCome up first thing Monday, say 9, and we\u2019ll take the pony path round the hill.\n\nFergus'), 'Europe/London', '2026-07-09T17:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-07-13T09:00:00+01:00');
  });

  it('reads "a las 9 hora de Chihuahua" in Chihuahua\u2019s own time, for a candidate in Juárez', async () => {
    const message = await read(mail('Nogalera Treviño <nogalera.trevino@gmail.com>', 'Re: solicitud', 'Mon, 13 Jul 2026 16:00:00 -0600', 'Martín buenas tardes, te marcamos este jueves a las 9 hora de Chihuahua para platicar. Es una llamada corta.\n\nSaludos\nLupita Treviño'), 'America/Ciudad_Juarez', '2026-07-13T22:05:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-07-16T15:00:00.000Z');
  });

  it('sets aside the hour that "lukt bij nader inzien toch niet" and reads the quarter to ten', async () => {
    const message = await read(mail('Marloes Kant <m.kant@scheldewerf.nl>', 'Re: uitnodiging gesprek', 'Mon, 13 Jul 2026 09:00:00 +0200', 'Goedemorgen Thijs,\n\nDinsdag om 11 uur lukt bij nader inzien helaas toch niet. Ik heb je ingepland op woensdag 15 juli om kwart voor tien, op hetzelfde adres.\n\nMet vriendelijke groet,\nMarloes Kant'), 'Europe/Amsterdam', '2026-07-13T07:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-07-15T09:45:00+02:00');
  });

  it('reads "morgenvroeg om acht uur" as eight tomorrow morning', async () => {
    const message = await read(mail('Ricardo Mendes <ricardo@kasenkracht.nl>', 'Gesprek morgen', 'Mon, 13 Jul 2026 15:00:00 +0200', 'Hoi Kim,\n\nIk heb het voor je vastgelegd: morgenvroeg om acht uur bij Kwekerij De Zonnekas in Luttelgeest. Vraag naar Arjan.\n\nGroet,\nRicardo'), 'Europe/Amsterdam', '2026-07-13T13:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-07-14T08:00:00+02:00');
  });
});

describe('a zone named by its country or its region in French', () => {
  it('reads "3pm PKT" and "7:30 pm Sri Lanka time (GMT +5.30)" for a candidate in New Jersey', async () => {
    const karachi = await read(mail('Hira Aslam <hira@indusloop.pk>', 'Technical interview', 'Mon, 13 Jul 2026 10:00:00 +0500', 'Dear Omar,\n\nConfirming your technical interview for Thursday, 16 July at 3pm PKT on Google Meet.\n\nRegards,\nHira Aslam'), 'America/New_York', '2026-07-13T05:05:00Z');
    expect(instant(karachi.at)).toBe('2026-07-16T10:00:00.000Z');
    const colombo = await read(mail('Dilani Perera <dilani@ceylonweave.lk>', 'Interview - Merchandiser', 'Mon, 13 Jul 2026 10:00:00 +0530', 'Dear Ms. Fernando,\n\nWe are pleased to invite you to an interview on Teams.\n\nDate : Wednesday, 15th July 2026\nTime : 7:30 pm Sri Lanka time (GMT +5.30)\n\nKind regards,\nDilani Perera'), 'America/New_York', '2026-07-13T04:35:00Z');
    expect(instant(colombo.at)).toBe('2026-07-15T14:00:00.000Z');
  });

  it('reads "heure de l\u2019Atlantique" as Atlantic time, for a candidate in Montréal', async () => {
    const message = await read(mail('Josée Cormier <jcormier@caissebaie.ca>', 'Entrevue', 'Mon, 13 Jul 2026 10:00:00 -0300', 'Bonjour Luc,\n\nL\u2019entrevue aura lieu le jeudi 16 juillet à 14:00, heure de l\u2019Atlantique (13h chez vous), sur Teams.\n\nJosée Cormier'), 'America/Toronto', '2026-07-13T13:05:00Z');
    expect(instant(message.at)).toBe('2026-07-16T17:00:00.000Z');
  });
});

describe('names the way letterheads and pasted headers write them', () => {
  it('reads past header lines a pasted message keeps, and finds the sender\u2019s firm', async () => {
    const message = await read('From: bewerbung@pflegewerk-jagsttal.de\nTo: "Irina Braun" <irina.braun@web.de>\nSubject: Automatische Antwort: Bewerbung Pflegefachkraft\nDate: Mon, 13 Jul 2026 10:00:00 +0200\nAuto-Submitted: auto-replied\nX-Mailer: rexx systems\n\nGuten Tag,\n\nhiermit bestätigen wir Ihnen den Eingang Ihrer Bewerbung. Wir melden uns innerhalb von drei Wochen.\n\nIhr Team Personal', 'Europe/Berlin', '2026-07-13T08:05:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Pflegewerk Jagsttal');
  });

  it('takes a winery, an estate and a township over their address as the employer', async () => {
    const winery = await read(mail('info@weingut-lehnert-kramp.de', 'Re: Bewerbung Kellerhelfer', 'Mon, 13 Jul 2026 20:00:00 +0200', 'Hallo Herr Simon,\n\nIhre Bewerbung ist angekommen, danke! Wir melden uns nach der Lese.\n\nHerzliche Grüße\nMarie Lehnert\n\nWeingut Lehnert-Kramp\nUferstraße 12 · 54470 Bernkastel-Kues'), 'Europe/Berlin', '2026-07-13T18:05:00Z');
    expect(winery.kind).toBe('received');
    expect(winery.company).toBe('Weingut Lehnert-Kramp');
    const township = await read(mail('Karen Doyle <kdoyle@bramblecreektwp.org>', 'Zoning Officer position', 'Mon, 13 Jul 2026 10:00:00 -0400', 'Dear Mr. Novak,\n\nThank you for interviewing for the Zoning Officer position. The Board of Supervisors has selected another candidate.\n\nSincerely,\nKaren Doyle\nTownship Manager\n\nTownship of Bramble Creek\n410 Mill Road, Bramble Creek, PA 17055'), 'America/New_York', '2026-07-13T14:05:00Z');
    expect(township.kind).toBe('rejection');
    expect(township.company).toBe('Township of Bramble Creek');
  });

  it('reads the trust under a shared-services desk, not the desk', async () => {
    const message = await read(mail('Sinéad Quinn <sinead.quinn@loughbeghsct.hscni.net>', 'Interview moved', 'Mon, 13 Jul 2026 10:00:00 +0100', 'Dear Aoife,\n\nYour interview has moved to Thursday 16 July at 2.30pm, same venue.\n\nKind regards\n\nSinéad Quinn\nRecruitment Officer - HR Shared Services\nLoughbeg Health and Social Care Trust\nTel: 028 9055 1200'), 'Europe/London', '2026-07-13T09:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.company).toBe('Loughbeg Health and Social Care Trust');
  });

  it('reads the employer Indeed sent a Spanish application to', async () => {
    const message = await read(mail('Indeed <indeedapply@indeed.com>', 'Postulación enviada: Auxiliar contable', 'Mon, 13 Jul 2026 10:00:00 -0500', 'Se enviaron los siguientes elementos a Montalvo & Reyes CPAs. ¡Buena suerte!\n\n• Solicitud\n• Currículum\n\nPuedes ver el estado de tu solicitud en Mis empleos.'), 'America/Chicago', '2026-07-13T15:05:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Montalvo & Reyes CPAs');
  });

  it('leaves an Italian or Welsh legal form off and keeps "& Zn." inside a name', async () => {
    const cave = await read(mail('Paola Vallet <p.vallet@cavegrandpont.it>', 'Entretien', 'Mon, 13 Jul 2026 10:00:00 +0200', 'Bonjour Madame,\n\nNous vous attendons jeudi 16 juillet à 10h à la cave pour un entretien.\n\nPaola Vallet\nCave coopérative du Grand-Pont Soc. coop.\nVia Roma 3, 11020 Nus'), 'Europe/Rome', '2026-07-13T08:05:00Z');
    expect(cave.company).toBe('Cave coopérative du Grand-Pont');
    const installer = await read(mail('Petra Smits <petra@flexwerk-zeeland.nl>', 'Terugkoppeling', 'Mon, 13 Jul 2026 10:00:00 +0200', 'Hoi Bas,\n\nIk heb terugkoppeling gekregen van Smulders & Zn. Installatietechniek: ze hebben gekozen voor een andere kandidaat.\n\nGroet,\nPetra'), 'Europe/Amsterdam', '2026-07-13T08:05:00Z');
    expect(installer.kind).toBe('rejection');
    expect(installer.company).toBe('Smulders & Zn. Installatietechniek');
  });
});
