import { describe, expect, it } from 'vitest';
import { instant, mail, read } from './pasted-mail';

// Times, kinds and names the way round 36 of unseen mail wrote them (Pakistan, Bangladesh, Sri Lanka and Nepal;
// Scotland, Wales, Northern Ireland and the islands; Madagascar, New Caledonia, Polynesia and Haiti; eastern Germany,
// Namibia and German firms in Poland and Czechia; Bolivia, Paraguay, Venezuela and the Spanish-speaking US; the north
// of the Netherlands, Zeeland, Limburg and the Dutch Caribbean). Each case is worded the way one writer would, not
// copied from the unseen files.

describe('an interview hour in these shapes', () => {
  it('reads "BST" in a letter from Dhaka as Bangladesh Standard Time, six hours ahead of UTC', async () => {
    const message = await read(mail('Nasrin Akter <nasrin.akter@meghnacables.com.bd>', 'Interview call letter', 'Mon, 11 May 2026 11:20:00 +0600', 'Dear Mr. Karim,\n\nYou are invited to appear for an interview on Wednesday, 13 May 2026 at 10:30 AM (BST) at our Tejgaon office, Dhaka.\n\nRegards,\nNasrin Akter\nManager, HR\nMeghna Cables Limited'), 'Asia/Dhaka', '2026-05-11T06:00:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-05-13T10:30:00+06:00');
  });

  it('still reads "BST" from a British employer as British Summer Time, whatever the reader\u2019s zone', async () => {
    const message = await read(mail('Hamish Reid <hamish.reid@lochtayfoods.co.uk>', 'Interview on Thursday', 'Mon, 11 May 2026 09:00:00 +0100', 'Hi Farhan,\n\nThanks for your time on the phone. Could we speak on Thursday 14 May at 2pm BST by Teams? That is our time in Perth, Scotland.\n\nBest,\nHamish Reid\nOperations Manager, Loch Tay Foods Ltd'), 'Asia/Dhaka', '2026-05-11T08:30:00Z');
    expect(message.at).toBe('2026-05-14T19:00:00+06:00');
  });

  it('reads "de 9 a 10:30" as nine o\u2019clock for an hour and a half', async () => {
    const message = await read(mail('RRHH Naviera Annobón <rrhh@navieraannobon.gq>', 'Convocatoria a entrevista', 'Thu, 21 May 2026 10:00:00 +0100', 'Estimado Sr. Esono:\n\nLe convocamos a una entrevista el miércoles 27 de mayo, de 9 a 10:30 (hora de Guinea Ecuatorial), en nuestras oficinas de Bata.\n\nAtentamente,\nRecursos Humanos\nNaviera Annobón, S.A.'), 'Africa/Malabo', '2026-05-21T10:30:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-05-27T09:00:00+01:00');
    expect(message.durationMinutes).toBe(90);
  });

  it('reads a receipt stamped "en fecha … a horas …" before it was sent as a receipt, with no interview time', async () => {
    const message = await read(mail('Convocatorias <convocatorias@ssu.gob.bo>', 'Constancia de recepción', 'Wed, 13 May 2026 19:30:00 -0400', 'Se confirma la recepción de su documentación para el cargo de ENFERMERA (Hospital del Norte), Convocatoria 14/2026, en fecha 13/05/2026 a horas 18:40.\n\nLa Comisión de Calificación revisará la documentación presentada. La nómina de habilitados será publicada en la página web institucional.\n\nDepartamento de Recursos Humanos\nSeguro Social Universitario'), 'America/La_Paz', '2026-05-14T00:00:00Z');
    expect(message.kind).toBe('received');
    expect(message.at).toBeNull();
  });

  it('reads "Dienstag, 17. März, 14 Uhr MEZ" as two o\u2019clock, not as the year 2014', async () => {
    const message = await read(mail('Jana Pöschel <j.poeschel@elbsandstein-druck.de>', 'Einladung Vorstellungsgespräch', 'Mon, 9 Mar 2026 10:00:00 +0100', 'Sehr geehrter Herr Kandjii,\n\nwir laden Sie zu einem Gespräch per Teams ein:\n\n  Dienstag, 17. März, 14 Uhr MEZ, ca. 45 Minuten\n\nMit freundlichen Grüßen\nJana Pöschel\nElbsandstein Druck GmbH'), 'Africa/Windhoek', '2026-03-09T10:00:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-03-17T13:00:00.000Z');
  });

  it('reads "IST" from an Irish employer as Irish time, not India\u2019s', async () => {
    const message = await read(mail('Aoife Byrne <aoife.byrne@shannonsidemedtech.ie>', 'Interview - Quality Engineer', 'Tue, 12 May 2026 10:00:00 +0100', 'Hi Tom,\n\nWe would like to invite you to interview on Friday 15 May at 11:00 IST on site at our Limerick plant.\n\nKind regards,\nAoife Byrne\nHR Business Partner\nShannonside MedTech Ltd, Raheen, Limerick, Ireland'), 'Europe/Dublin', '2026-05-12T09:10:00Z');
    expect(message.at).toBe('2026-05-15T11:00:00+01:00');
  });
});

describe('the kind of news in these shapes', () => {
  it('reads a painter\u2019s "je mail met cv is binnen" as a receipt, not a reply with news', async () => {
    const message = await read(mail('Gerrit Bakker <g.bakker58@kpnmail.nl>', 'Re: schilder gezocht', 'Sat, 9 May 2026 09:40:00 +0200', 'Hoi Sander,\n\nJe mail met cv is binnen, dank je. Ik ben deze week op een klus in Assen, dus ik kijk er volgende week naar.\n\nGroet,\nGerrit Bakker\nSchildersbedrijf Bakker\nAssen | 06 12 34 56 78'), 'Europe/Amsterdam', '2026-05-09T08:00:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Schildersbedrijf Bakker');
  });
});

describe('the employer\u2019s name in these shapes', () => {
  it('names the firm a group owns, not the group, when the letter says which concern is hiring', async () => {
    const message = await read(mail('HR Desk <hr@meghnagroup.com.bd>', 'Interview for Accounts Officer', 'Sun, 10 May 2026 10:00:00 +0600', 'Dear Ms. Sultana,\n\nWe are pleased to invite you to an interview for the post of Accounts Officer at Karnaphuli Paper Mills Limited, a sister concern of Meghna Group of Industries, on Tuesday, 12 May 2026 at 11:00 AM.\n\nRegards,\nHR Desk\nMeghna Group of Industries\nMeghna Tower, Motijheel, Dhaka-1000'), 'Asia/Dhaka', '2026-05-10T05:00:00Z');
    expect(message.company).toBe('Karnaphuli Paper Mills');
  });

  it('names the client an agency was retained by, and not the agency named after its own domain', async () => {
    const message = await read(mail('Zara Malik <zara@seekandselect.com.pk>', 'Opportunity: Plant Manager, Faisalabad', 'Tue, 12 May 2026 11:00:00 +0500', 'Hi Bilal,\n\nWe have been retained by Chenab Spinning Mills (Pvt.) Ltd. to find a Plant Manager for their Faisalabad site. Would you be open to a short call?\n\nBest,\nZara Malik\nSenior Consultant\nSeek & Select Consultants (Pvt.) Ltd.\nGulberg III, Lahore'), 'Asia/Karachi', '2026-05-12T07:00:00Z');
    expect(message.company).toBe('Chenab Spinning Mills');
  });

  it('reads "(SMC-Private) Limited" and "(Pvt.) Ltd." as legal forms, leaving no bracket behind', async () => {
    const message = await read(mail('Talent Team <careers@quillbyte.pk>', 'Online assessment', 'Mon, 11 May 2026 09:00:00 +0500', 'Dear Hina,\n\nThank you for applying. Please complete the online assessment by Friday.\n\nRegards,\nTalent Team\nQuillbyte Systems (SMC-Private) Limited\n14-B, Main Boulevard, Gulberg, Lahore'), 'Asia/Karachi', '2026-05-11T05:00:00Z');
    expect(message.company).toBe('Quillbyte Systems');
  });

  it('spells out a university\u2019s initials even when its name says "of Engineering"', async () => {
    const sent = 'From: Imran Shah <imran.shah.ee@gmail.com>\nTo: recruitment@kuet.edu.pk\nSubject: Application for Lab Engineer - Ref. KUET/2026/11\nDate: Wed, 13 May 2026 21:00:00 +0500\n\nRespected Sir,\n\nI wish to apply for the post of Lab Engineer advertised by Kohat University of Engineering & Technology in Daily Jang.\n\nYours faithfully,\nImran Shah';
    const message = await read(sent, 'Asia/Karachi', '2026-05-13T17:00:00Z');
    expect(message.kind).toBe('none');
    expect(message.company).toBe('Kohat University of Engineering & Technology');
  });

  it('keeps "Group of Companies" whole', async () => {
    const message = await read(mail('Careers <careers@annapurnagroup.com.np>', 'Thank you for applying', 'Fri, 15 May 2026 09:00:00 +0545', 'Namaste Rojina,\n\nThank you for applying to Annapurna Group. We have received your application and will contact shortlisted candidates.\n\nAnnapurna Group of Companies\nDurbarmarg, Kathmandu, Nepal'), 'Asia/Kathmandu', '2026-05-15T04:00:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Annapurna Group of Companies');
  });

  it('reads a Caribbean public body\u2019s letterhead under its desk, not the desk', async () => {
    const message = await read(mail('Openbaar Lichaam Sint Eustatius - Unit P&O <werving@olstatia.bq>', 'Aanvullende documenten', 'Wed, 13 May 2026 10:00:00 -0400', 'Goedemiddag mevrouw Gibbs,\n\nWilt u uiterlijk vrijdag 22 mei een kopie van uw diploma\u2019s aanleveren?\n\nMet vriendelijke groet,\n\nUnit Personeel & Organisatie\nOpenbaar Lichaam Sint Eustatius\nGovernment Guesthouse, Oranjestad, Sint Eustatius'), 'America/Curacao', '2026-05-13T15:00:00Z');
    expect(message.company).toBe('Openbaar Lichaam Sint Eustatius');
  });

  it('leaves a professional body\u2019s letters on the line above out of the firm\u2019s name', async () => {
    const message = await read(mail('Lieve Dewaele <lieve@dewaele-fiscaal.be>', 'Volgende stap', 'Mon, 11 May 2026 08:30:00 +0200', 'Dag Pieter,\n\nGraag nodigen we je uit voor een korte online case, uiterlijk vrijdag.\n\nMet vriendelijke groeten,\n\nLieve Dewaele\nVennoot - erkend boekhouder ITAA\nDewaele Fiscaal CommV\nBrugsesteenweg 12, 8800 Roeselare'), 'Europe/Brussels', '2026-05-11T07:00:00Z');
    expect(message.company).toMatch(/^Dewaele Fiscaal(?: CommV)?$/);
  });

  it('names a Bolivian department\u2019s and a town\u2019s government by their full titles', async () => {
    const department = await read('GOBERNACIÓN DE LOS YUNGAS ALTOS\nUnidad de Gestión de Personal\n\nSr. Mario Quispe\n\nSu hoja de vida ha sido preseleccionada. Deberá presentar la documentación hasta el viernes 5 de junio.\n\nIng. Rosa Mamani\nRESPONSABLE DE GESTIÓN DE PERSONAL\nGobernación de los Yungas Altos', 'America/La_Paz', '2026-05-28T14:00:00Z');
    expect(department.company).toBe('Gobernación de los Yungas Altos');
    const town = await read(mail('Recursos Humanos <rrhh@gamvillaserrano.gob.bo>', 'Entrevista', 'Mon, 11 May 2026 09:00:00 -0400', 'Estimada postulante:\n\nLe convocamos a entrevista el jueves 14 de mayo a horas 10:00 en el Gobierno Autónomo Municipal de Villa Serrano.\n\nAtentamente,\nUnidad de Recursos Humanos'), 'America/La_Paz', '2026-05-11T14:00:00Z');
    expect(town.company).toBe('Gobierno Autónomo Municipal de Villa Serrano');
  });

  it('gives the name a short form made of syllables stands for, from the brackets after it', async () => {
    const message = await read(mail('Recursos Humanos PETROBISA <rrhh@petrobisa.gq>', 'Entrevista', 'Thu, 21 May 2026 10:00:00 +0100', 'Estimada Sra. Nsue:\n\nLe convocamos a una entrevista con la Dirección Técnica de Petróleos de Bioko, S.A. (PETROBISA) el jueves 28 de mayo a las 11:00.\n\nAtentamente,\nRecursos Humanos\nPETROBISA'), 'Africa/Malabo', '2026-05-21T10:30:00Z');
    expect(message.company).toBe('Petróleos de Bioko');
  });

  it('gives the name written after the initials at the head of a footer line', async () => {
    const message = await read(mail('OSW Talent Acquisition <osw@myworkday.com>', 'Ihre Bewerbung', 'Tue, 12 May 2026 09:00:00 +0200', 'Sehr geehrte Frau Lenz,\n\nnach sorgfältiger Prüfung haben wir uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen.\n\nMit freundlichen Grüßen\nIhr Talent-Acquisition-Team\n\nOSW – Ostsächsische Wasserwerke GmbH\nBautzener Straße 12 · 02826 Görlitz'), 'Europe/Berlin', '2026-05-12T08:00:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('Ostsächsische Wasserwerke');
  });

  it('gives the name a two-part short form in brackets stands for', async () => {
    const message = await read(mail('Personal <personal@zv-wabo.de>', 'Absage Termin', 'Tue, 12 May 2026 09:00:00 +0200', 'Sehr geehrter Herr Pohl,\n\nleider müssen wir den Termin am Donnerstag absagen. Wir melden uns mit einem neuen Vorschlag.\n\nMit freundlichen Grüßen\nMartina Kühn\nZweckverband Wasser und Abwasser Bode (ZV WABO)\nTel. 03946 12 34'), 'Europe/Berlin', '2026-05-12T08:00:00Z');
    expect(message.company).toBe('Zweckverband Wasser und Abwasser Bode');
  });

  it('reads a church district over its legal status and address, and initials over words in lower case', async () => {
    const church = await read('Liebe Frau Sander,\n\nvielen Dank für Ihre Bewerbung, die bei uns eingegangen ist. Wir melden uns nach der Sitzung des Ausschusses.\n\nHerzliche Grüße\nAnke Morgenroth\n\nEvangelischer Kirchenkreis Uckermark-Nord\nKörperschaft des öffentlichen Rechts\nKirchplatz 1 · 17291 Prenzlau', 'Europe/Berlin', '2026-05-20T10:00:00Z');
    expect(church.company).toBe('Evangelischer Kirchenkreis Uckermark-Nord');
    const port = await read(mail('Direction EPGPA <direction@epgp-anjouan.km>', 'Votre candidature', 'Tue, 12 May 2026 09:00:00 +0300', 'Monsieur,\n\nNous avons le regret de vous informer que votre candidature n\u2019a pas été retenue.\n\nLe Directeur\nÉtablissement public de gestion portuaire d\u2019Anjouan\nPort de Mutsamudu, Anjouan'), 'Indian/Comoro', '2026-05-12T07:00:00Z');
    expect(port.company).toBe('Établissement public de gestion portuaire d\u2019Anjouan');
  });

  it('names the firm over the holding that owns it, and the firm after a person\u2019s name in the sender', async () => {
    const czech = await read('Sehr geehrter Herr Richter,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen\nIng. Jana Dvořáková\nPersonalleiterin\n\nErzgebirgische Gießerei s.r.o.\nNádražní 12, 431 51 Klášterec\nTochtergesellschaft der Vogtländischen Metall Holding GmbH, Plauen', 'Europe/Prague', '2026-05-20T10:00:00Z');
    expect(czech.kind).toBe('rejection');
    expect(czech.company).toBe('Erzgebirgische Gießerei');
    const polish = await read(mail('Marta Zielińska – Neißetal Verpackung Polska <m.zielinska@neissetal-verpackung.pl>', 'Einladung', 'Mon, 11 May 2026 09:00:00 +0200', 'Sehr geehrter Herr Lange,\n\nich lade Sie am Dienstag, 12. Mai um 10:00 Uhr (polnischer Zeit) zum Gespräch in unser Werk ein.\n\nMit freundlichen Grüßen\nMarta Zielińska\nNeißetal Verpackung Polska sp. z o.o.\nul. Przemysłowa 4, 59-900 Zgorzelec'), 'Europe/Warsaw', '2026-05-11T08:00:00Z');
    expect(polish.company).not.toMatch(/Zielińska/);
    expect(polish.company).toMatch(/^Neißetal Verpackung/);
  });

  it('joins a client\u2019s name an agency wrapped onto the next line', async () => {
    const message = await read(mail('Cabinet Kaori RH <contact@kaori-rh.nc>', 'Votre candidature', 'Mon, 11 May 2026 09:00:00 +1100', 'Bonjour Madame Wamytan,\n\nComme indiqué, je souhaite présenter votre candidature à notre client, la Société\nNickélifère de la Baie des Tortues (SAS), pour le poste de géologue.\nPourriez-vous m\u2019envoyer vos diplômes ?\n\nCordialement,\nLéa Kaori\nCabinet Kaori RH'), 'Pacific/Noumea', '2026-05-11T00:00:00Z');
    expect(message.company).toBe('Société Nickélifère de la Baie des Tortues');
  });

  it('reads a pasted letter\u2019s letterhead in capitals as who wrote it', async () => {
    const message = await read('GOUVERNEMENT DE LA NOUVELLE-CALÉDONIE\nDirection des ressources humaines\n\nNouméa, le 11 mai 2026\n\nMadame,\n\nJ\u2019ai l\u2019honneur d\u2019accuser réception de votre dossier de candidature au poste de chargée de mission. Il sera examiné par la commission de sélection.\n\nLa responsable des ressources humaines', 'Pacific/Noumea', '2026-05-11T00:00:00Z');
    expect(message.kind).toBe('received');
    expect(message.company).toBe('Gouvernement de la Nouvelle-Calédonie');
  });
});
