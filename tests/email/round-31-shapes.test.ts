import { describe, expect, it } from 'vitest';
import { instant, mail, read } from './pasted-mail';

// Times and mailboxes the way round 31 of unseen mail wrote them (the US Mountain West, regional Australia and the
// Pacific, Québec's regions, North Rhine-Westphalia, central Spain and Argentina, the Randstad). Each case is worded
// the way one writer would, not copied from the unseen files.

describe('an interview hour said the way people say it', () => {
  it('reads "tomorrow, 8 sharp" as eight in the morning', async () => {
    const message = await read(mail('Cody Braun <cody@tetonoutfitters.com>', 'Re: wrangler job', 'Wed, 15 Jul 2026 19:00:00 -0600', 'Hey Dani,\n\nCan you come out to the barn tomorrow, 8 sharp? Won\u2019t take long.\n\nCody'), 'America/Denver', '2026-07-16T01:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-07-16T08:00:00-06:00');
  });

  it('reads "morgen gegen 10" as ten tomorrow morning', async () => {
    const message = await read(mail('Jürgen Wessel <info@wessel-kfz.de>', 'Re: Bewerbung Kfz-Mechatroniker', 'Wed, 15 Jul 2026 17:00:00 +0200', 'Hallo Herr Aydin,\n\nkommen Sie doch morgen gegen 10 bei uns in der Werkstatt vorbei, dann zeig ich Ihnen alles.\n\nGruß\nJürgen Wessel'), 'Europe/Berlin', '2026-07-15T15:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-07-16T10:00:00+02:00');
  });

  it('reads "a las 12 hora peninsular" as noon in Madrid, for a candidate in the Canary Islands', async () => {
    const message = await read(mail('Marta Soler <marta.soler@citricosdelturia.es>', 'Entrevista', 'Wed, 15 Jul 2026 10:00:00 +0200', 'Hola Ainhoa:\n\nNos gustaría hacerte una entrevista por Teams el lunes 20 de julio a las 12 hora peninsular (las 11 en Canarias).\n\nUn saludo,\nMarta Soler'), 'Atlantic/Canary', '2026-07-15T08:05:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-07-20T10:00:00.000Z');
  });

  it('reads "el jueves 16 de julio a las 11 hora de Argentina" with its month in between', async () => {
    const message = await read(mail('Florencia Arrieta <florencia@bodegaslosolivos.com.ar>', 'Entrevista', 'Wed, 15 Jul 2026 10:00:00 -0300', 'Hola Pablo, te propongo una videollamada el jueves 16 de julio a las 11 hora de Argentina.\n\nFlorencia'), 'Europe/Madrid', '2026-07-15T13:05:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-07-16T14:00:00.000Z');
  });

  it('reads "9.00am Fiji time" by Fiji\u2019s own clock, for a candidate in Sydney', async () => {
    const message = await read(mail('Mere Tuilagi <hr@coralcoastresort.com.fj>', 'Video interview', 'Wed, 15 Jul 2026 10:00:00 +1200', 'Dear Josh,\n\nYour video interview is on Friday 17 July.\n\nTime: 9.00am Fiji time\n\nKind regards,\nMere Tuilagi'), 'Australia/Sydney', '2026-07-14T22:05:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-07-16T21:00:00.000Z');
  });
});

describe('a private mailbox at a regional provider', () => {
  it('reads an owner writing to a candidate\u2019s mailbox at a Swiss provider as the employer asking, not the candidate writing', async () => {
    const message = await read(mail('Olivier Roduit <o.roduit@gmail.com>', 'Re: caviste vendanges (jobup)', 'Wed, 15 Jul 2026 19:00:00 +0200', 'Salut Léo,\n\nMerci pour ton CV, bien reçu. Je cherche toujours quelqu\u2019un pour la cave. Tu pourrais passer la semaine prochaine pour qu\u2019on discute ? Dis-moi quels jours t\u2019arrangent, moi je suis libre sauf mercredi.\n\nOlivier').replace('Subject:', 'To: Léo Crettex <leo.crettex@netplus.ch>\nSubject:'), 'Europe/Zurich', '2026-07-15T17:05:00Z');
    expect(message.kind).toBe('response');
  });
});

describe('an interview moved to a bare hour and its zone, or to a Dutch day of the month', () => {
  it('reads "Thursday at 3 PT instead?" as three in the afternoon, Pacific time', async () => {
    const message = await read(mail('Russ Ebeling <russ@juniperflatsorchard.com>', 'Re: picking crew lead', 'Mon, 13 Jul 2026 18:00:00 -0600', 'Jamie,\n\nWednesday is out, the packing line is down. Could you do Thursday at 3 PT instead? Same place, the red barn.\n\nRuss'), 'America/Denver', '2026-07-14T00:05:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-07-16T22:00:00.000Z');
  });

  it('reads "dinsdag de 14e om 10 uur" as that Tuesday the 14th', async () => {
    const message = await read(mail('Werving <werving@duinrandzorg.nl>', 'Uitnodiging kennismaking', 'Wed, 1 Jul 2026 10:00:00 +0200', 'Beste Sanne,\n\nWe nodigen je graag uit voor een kennismaking op dinsdag de 14e om 10 uur op onze locatie in Leiden.\n\nMet vriendelijke groet,\nTeam Werving'), 'Europe/Amsterdam', '2026-07-01T08:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-07-14T10:00:00+02:00');
  });
});

describe('the employer named the way its own people sign', () => {
  it('reads a superintendent who signs with her credentials and no closing word, under a district that starts like a skill', async () => {
    const message = await read(mail('"Dr. Nora Pettit" <npettit@swiftcreek4.k12.id.us>', 'Science teacher position', 'Wed, 13 May 2026 16:00:00 -0600', 'Mr. Alvarez,\n\nThank you for meeting with the committee. Before the board votes I need two references and your transcripts by Friday, May 22.\n\nCall me with any questions.\n\nNora Pettit, Ed.D.\nSuperintendent\nSwift Creek School District No. 4\nPO Box 4 | Swift Creek, ID 83287'), 'America/Boise', '2026-05-13T22:05:00Z');
    expect(message.kind).toBe('response');
    expect(message.company).toBe('Swift Creek School District No. 4');
  });

  it('reads a firm that signs with its initials and a profession as the partners\u2019 names its footer spells out', async () => {
    const message = await read(mail('Chantal Morin <cmorin@lmt-cpa.ca>', 'RE: Candidature - commis comptable', 'Wed, 13 May 2026 11:00:00 -0400', 'Bonjour Julie,\n\nBien reçu ton CV, merci! Je le transmets à l\u2019associée responsable du recrutement.\n\nBonne journée,\n\nChantal Morin\nAdjointe administrative\nLMT CPA\n230, rue King Est, Sherbrooke (Québec)\n\nLavoie Morin Tremblay, comptables professionnels agréés S.E.N.C.R.L.'), 'America/Toronto', '2026-05-13T15:05:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Lavoie Morin Tremblay');
  });

  it('reads a Dutch hospital whose signature puts its desk first and a canal-side street after', async () => {
    const message = await read(mail('Secretariaat P&O Medisch Centrum Waalpoort <po@mcwaalpoort.nl>', 'Gesprek verplaatst', 'Mon, 8 Jun 2026 15:00:00 +0200', 'Beste Iris,\n\nHelaas moeten wij het gesprek van morgen annuleren. Wij nemen binnenkort contact met je op voor een nieuwe afspraak.\n\nMet vriendelijke groet,\n\nSecretariaat P&O\nMedisch Centrum Waalpoort\nWaalsingel 14 | 6511 AB Nijmegen'), 'Europe/Amsterdam', '2026-06-08T13:05:00Z');
    expect(message.kind).toBe('response');
    expect(message.company).toBe('Medisch Centrum Waalpoort');
  });

  it('reads initials as the agency they stand for when "voor" sits between its words', async () => {
    const message = await read('Beste mevrouw Bakker,\n\nHartelijk dank voor uw sollicitatie op de vacature Jurist Vergunningen. Wij hebben uw sollicitatie in goede orde ontvangen.\n\nMet vriendelijke groet,\n\nAfdeling HRM\nDRV\n\nDienst voor Regionale Vergunningen\nPostbus 3120 | 3502 GC Utrecht', 'Europe/Amsterdam', '2026-06-08T13:05:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Dienst voor Regionale Vergunningen');
  });

  it('reads a ministry by its whole list of portfolios', async () => {
    const message = await read(mail('Werken bij het Rijk <noreply@werkenbijhetrijk.example>', 'Uw sollicitatie', 'Wed, 22 Apr 2026 11:00:00 +0200', 'Geachte heer Jansen,\n\nU solliciteerde naar de functie Beleidsadviseur bij het Ministerie van Wonen, Water en Wegen. Helaas moeten wij u meedelen dat u niet bent geselecteerd voor een gesprek.\n\nMet vriendelijke groet,\n\nnamens het Ministerie van Wonen, Water en Wegen'), 'Europe/Amsterdam', '2026-04-22T09:05:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('Ministerie van Wonen, Water en Wegen');
  });

  it('reads the candidate\u2019s own reply to an address made of initials by the organisation the quoted invitation signs for', async () => {
    const message = await read('From: Léa Fortin <lea.fortin88@gmail.com>\nTo: Marc Ouellet <marc.ouellet@cssr.gouv.qc.ca>\nSubject: Re: Convocation en entrevue\nDate: Fri, 8 May 2026 20:00:00 -0400\n\nBonjour Monsieur Ouellet,\n\nJe vous confirme ma présence à l\u2019entrevue de jeudi.\n\nLéa Fortin\n\nLe jeu. 7 mai 2026 à 14 h 26, Marc Ouellet <marc.ouellet@cssr.gouv.qc.ca> a écrit :\n> Bonjour Madame Fortin,\n>\n> Nous vous convoquons à une entrevue le jeudi 14 mai à 10 h.\n>\n> Marc Ouellet\n> Agent de dotation\n> Centre de services scolaire des Rivières', 'America/Toronto', '2026-05-09T00:05:00Z');
    expect(message.kind).toBe('none');
    expect(message.company).toBe('Centre de services scolaire des Rivières');
  });
});
