import { describe, expect, it } from 'vitest';
import { readMessage } from '../../utils/email';

// News told in plain words by owners, small offices and public bodies, as rounds 11 to 13 of unseen mail showed it:
// no stock sentence, often a short note from a phone. Each case is worded the way one real writer would.
const read = (text: string, timeZone: string, now = '2026-03-02T12:00:00Z') => readMessage({ kind: 'text', text }, { now: new Date(now), timeZone });
const mail = (from: string, subject: string, date: string, body: string) => `From: ${from}\nSubject: ${subject}\nDate: ${date}\n\n${body}`;

describe('a no without a stock sentence', () => {
  it('reads who got the job, the job gone, nobody hired, or the candidacy not pursued', async () => {
    const cases: Array<[string, string]> = [
      ['Hi Jordan,\n\nThanks for the portfolio review. I wish I had better news. In the end we\u2019re going to keep looking for someone with deeper B2B experience.\n\nPriya', 'America/New_York'],
      ['Hey Tyler,\n\nWanted to let you know I ended up hiring a guy who already has his apprentice card, so I\u2019m all set for now.\n\nGary', 'America/New_York'],
      ['Hola Raúl,\n\nAl final nos hemos quedado con un chaval que ya trabajó con nosotros en verano, así que el puesto ya está cogido.\n\nVicent', 'Europe/Madrid'],
      ['Hallo Herr Kowalczyk,\n\nich muss Ihnen leider sagen, dass sich das mit der Stelle erledigt hat. Unser Azubi bleibt bei uns.\n\nKlaus Hartmann', 'Europe/Berlin'],
      ['Hi Noor,\n\nDoor het wegvallen van een grote klant hebben we besloten om voorlopig niemand nieuw aan te nemen.\n\nFleur', 'Europe/Amsterdam'],
      ['Estimada Sra. Prieto:\n\nLe comunicamos que se ha acordado dejar sin efecto la citada convocatoria por falta de presupuesto.\n\nServicio de Personal', 'Europe/Madrid'],
      ['Sehr geehrter Herr Amstutz\n\nDa Ihr Profil nicht ganz unseren Vorstellungen entspricht, haben wir entschieden, Ihre Kandidatur nicht weiterzuverfolgen.\n\nFreundliche Grüsse', 'Europe/Zurich'],
      ['Hi Jonas,\n\nwir haben uns am Ende für eine andere Person als Junior Marketing Manager (m/w/d) entschieden. Es war knapp.\n\nLena', 'Europe/Berlin'],
    ];
    for (const [body, zone] of cases) expect((await read(mail('Owner <owner@smallshop.example>', 'Re: your application', 'Mon, 9 Mar 2026 10:00:00 +0100', body), zone)).kind, body).toBe('rejection');
  });

  it('keeps "nobody hired yet" and "once the vacancy has closed" as no decision', async () => {
    const notYet = await read(mail('Personal <jobs@lindenwerk.de>', 'Eingangsbestätigung', 'Mon, 9 Mar 2026 10:00:00 +0100', 'Vielen Dank für Ihre Bewerbung, sie ist bei uns eingegangen. Es wurde noch niemand eingestellt; wir melden uns bis Ende des Monats.'), 'Europe/Berlin');
    expect(notYet.kind).toBe('received');
  });
});

describe('an offer in an owner\u2019s words', () => {
  it('reads the wish, the pay and the start or contract in four languages', async () => {
    const cases: Array<[string, string]> = [
      ['Hi Ethan,\n\nTalked it over with my wife and we\u2019d like to have you on the crew this season. $23.50 an hour to start. Let me know by Wednesday so I can sort out the paperwork.\n\nDoug', 'America/Edmonton'],
      ['Bonjour Florian,\n\nAprès ta journée d\u2019essai c\u2019est tout vu : on te prend. CDI 39h, démarrage le lundi 4 janvier, 2 150 € brut par mois.\n\nThierry', 'Europe/Paris'],
      ['Hoi Lisa,\n\nWe willen je heel graag hebben als front-end developer! Contract voor een jaar, € 3.600 bruto per maand, startdatum 1 september.\n\nSander', 'Europe/Amsterdam'],
      ['Moin Herr Jansen,\n\nWir würden Sie gern zum 1. April als Dachdeckergeselle einstellen, wie besprochen 21,50 € die Stunde. Den Arbeitsvertrag macht meine Frau fertig.\n\nHauke Kruse', 'Europe/Berlin'],
    ];
    for (const [body, zone] of cases) expect((await read(mail('Owner <owner@smallshop.example>', 'Re: the job', 'Mon, 9 Mar 2026 10:00:00 +0100', body), zone)).kind, body).toBe('offer');
  });
});

describe('one time set by a person', () => {
  it('reads an invitation to drop by, a new time held unless the candidate objects, and a polite "if it suits"', async () => {
    const praxis = await read(mail('Claudia Schönfeld <praxis@schoenfeld-os.example>', 'Ihre Bewerbung als MFA', 'Mon, 2 Feb 2026 12:00:00 +0100', 'Liebe Frau Demir,\n\nKommen Sie doch am Donnerstag um 17:30 Uhr nach der Sprechstunde vorbei, dann haben wir in Ruhe Zeit.\n\nLiebe Grüße'), 'Europe/Berlin');
    expect([praxis.kind, praxis.at]).toEqual(['interview', '2026-02-05T17:30:00+01:00']);
    const moved = await read(mail('Thomas Kräling <tk@kraeling-tischlerei.example>', 'AW: Bewerbung Werkstattleitung', 'Fri, 18 Sep 2026 19:52:31 +0200', 'Hallo Frau Pasquale,\n\ndas wird am Montag bei mir nichts. Geht auch Dienstag, 16 Uhr? Dann in der Werkstatt. Wenn ich nichts Gegenteiliges höre, gehe ich davon aus, dass es passt.\n\nGruß'), 'Europe/Berlin');
    expect([moved.kind, moved.at]).toEqual(['interview', '2026-09-22T16:00:00+02:00']);
    const madrid = await read(mail('Lupe Arrieta <casalupe@example.es>', 'Lo del cv', 'Tue, 3 Feb 2026 22:00:00 +0100', 'Buenas noches Samuel,\n\nSi te viene bien pásate este jueves a las 17:00 por el restaurante y hablamos con calma.\n\nLupe'), 'Europe/Madrid');
    expect([madrid.kind, madrid.at]).toEqual(['interview', '2026-02-05T17:00:00+01:00']);
  });

  it('takes the new time when the old one is called off right after it is named', async () => {
    const agency = await read(mail('Stefan Mulder <s.mulder@flexwerknoord.example>', 'Gesprek verzet', 'Tue, 20 Jan 2026 09:00:00 +0100', 'Hoi Niels,\n\nHet gesprek van donderdag 22 januari om 10.00 uur gaat dus niet door. Ik heb meteen een nieuwe afspraak gemaakt: vrijdag 23 januari om 9.00 uur, zelfde plek.\n\nStefan'), 'Europe/Amsterdam');
    expect([agency.kind, agency.at]).toEqual(['interview', '2026-01-23T09:00:00+01:00']);
  });
});

describe('a meeting called off is a response, not a no and not an interview', () => {
  it('reads "no vamos a poder hacer la entrevista", "entfällt" and a "mondelinge proef" that "niet kan doorgaan"', async () => {
    const cases: Array<[string, string, string]> = [
      ['Clínica Los Almendros <recepcion@almendros.example>', 'Entrevista de mañana', 'Hola Nerea,\n\nTe escribo porque mañana miércoles a las 16:00 no vamos a poder hacer la entrevista. En cuanto tengamos agenda te escribo para buscar otro hueco.'],
      ['Carina Weigand <c.weigand@protalent.example>', 'WICHTIG: Termin morgen bei Sauter Medizintechnik entfällt', 'Hallo Herr Stojanović,\n\nDas Gespräch morgen um 11 Uhr findet daher leider NICHT statt. Sobald ich neue Terminvorschläge habe, melde ich mich.'],
      ['Sociaal Huis <personeel@kortevelde.example>', 'Mondelinge proef', 'Beste Jonas,\n\nHelaas moeten wij u meedelen dat de mondelinge proef die gepland stond op donderdag 19 november om 13u30 NIET kan doorgaan. Wij zoeken zo snel mogelijk een nieuwe datum.'],
    ];
    for (const [from, subject, body] of cases) expect((await read(mail(from, subject, 'Tue, 17 Nov 2026 16:00:00 +0100', body), 'Europe/Madrid')).kind, body).toBe('response');
  });
});

describe('receipts, requests and notices in the words boards and small offices use', () => {
  it('reads a receipt told as "vous avez postulé", "ist raus", "le acusamos recibo" or "nous l\u2019avons bien reçue"', async () => {
    const cases: Array<[string, string, string]> = [
      ['Le Forem <noreply@leforem.be>', 'Votre candidature', 'Bonjour Madame Ciccone,\n\nNous vous confirmons que vous avez postulé le 17/11/2026 à l\u2019offre d\u2019emploi suivante : Aide-soignant.'],
      ['XING <jobs@xing.com>', 'Deine Bewerbung an Lumen Analytics GmbH ist raus', 'Hallo Aylin,\n\nerledigt! Wir haben deine Bewerbung an das Unternehmen weitergeleitet.'],
      ['Inmaculada Reina <secretaria@olmedobaquerizo.example>', 'Candidatura abogado/a junior', 'Estimada Sra. Gallardo:\n\nLe acusamos recibo de su correo y de la documentación adjunta. En caso de que su perfil resulte de interés, nos pondremos en contacto con usted.'],
      ['Hélène Pasquier <direction@jardins-entraide.example>', 'Re: Candidature coordinatrice', 'Bonjour Mme Abdelli,\n\nMerci beaucoup pour votre candidature. Je vous confirme que nous l\u2019avons bien reçue. Nous recontacterons les personnes retenues dans la semaine du 14 décembre.'],
    ];
    for (const [from, subject, body] of cases) expect((await read(mail(from, subject, 'Mon, 16 Nov 2026 10:00:00 +0100', body), 'Europe/Paris')).kind, body).toBe('received');
  });

  it('reads a take-home, an online test, booking a slot yourself and missing documents as a response', async () => {
    const cases: Array<[string, string, string]> = [
      ['Romain Tissot <romain@quorra.example>', 'Prochaine étape', 'Bonjour Clément,\n\nLa prochaine étape est un petit exercice technique à faire de chez toi. Compte environ 3 à 4h. Idéalement, renvoie-nous le lien d\u2019ici le mardi 14 avril.'],
      ['Gemeente Westerkoog <werving@westerkoog.example>', 'Je sollicitatie', 'Beste Joyce,\n\nBedankt voor je sollicitatie. Als onderdeel van de procedure vragen we je een online capaciteitentest te maken, uiterlijk vrijdag 18 september 23:59 uur.'],
      ['Johanna Petersen <johanna@nordlicht.example>', 'Dein Kennenlernen', 'Moin Clara,\n\nvielen Dank für deine Bewerbung! Such dir bitte direkt hier einen Slot aus, der dir passt: https://nordlicht.jobs.personio.de/scheduling/8a7f3c21'],
      ['Veronika Stangl <personal@caritas-st-elisabeth.example>', 'Ihre Bewerbung', 'Sehr geehrter Herr Mensah,\n\nvielen Dank für Ihre Bewerbung. Damit wir diese weiter bearbeiten können, benötigen wir bitte noch folgende Unterlagen: Urkunde, Masernschutz.'],
    ];
    for (const [from, subject, body] of cases) expect((await read(mail(from, subject, 'Mon, 6 Apr 2026 10:00:00 +0200', body), 'Europe/Berlin')).kind, body).toBe('response');
  });

  it('reads "a recruiter viewed your profile" and an agency\u2019s database approach as no news', async () => {
    const viewed = await read(mail('France Travail <ne-pas-repondre@francetravail.fr>', 'Un recruteur a consulté votre profil', 'Tue, 6 Oct 2026 14:10:44 +0200', 'Bonjour,\n\nBonne nouvelle : un recruteur a consulté votre profil de compétences.\n\nPensez à mettre à jour vos disponibilités.'), 'Europe/Paris');
    expect(viewed.kind).toBe('none');
    const ett = await read(mail('Raúl Baquero <r.baquero@pilarrecursos.example>', 'Oportunidad: Carretilleros/as', 'Wed, 15 Jul 2026 09:12:30 +0200', 'Buenos días Javier,\n\nHe visto tu CV en nuestra base de datos y creo que podrías encajar. Si te interesa, responde con tu disponibilidad para una llamada.'), 'Europe/Madrid');
    expect(ett.kind).toBe('none');
  });
});

describe('a reminder to finish an application', () => {
  it('is no news, even when it warns that unfinished applications are not considered', async () => {
    const workday = await read(mail('Hartmann Medizintechnik <hartmann@myworkday.com>', 'Erinnerung: Bitte schließen Sie Ihre Bewerbung ab', 'Fri, 17 Apr 2026 06:00:41 +0000', 'Hallo Sarah Lindqvist,\n\nSie haben mit Ihrer Bewerbung für die folgende Stelle begonnen, diese aber noch nicht eingereicht:\n\nServicetechniker Medizingeräte (m/w/d)\n\nUm Ihre Bewerbung abzuschließen, melden Sie sich bitte in Ihrem Kandidatenkonto an.\n\nBitte beachten Sie: Unvollständige Bewerbungen können wir leider nicht berücksichtigen.'), 'Europe/Berlin', '2026-04-17T06:10:00Z');
    expect(workday.kind).toBe('none');
    const laborum = await read(mail('Laborum <noreply@laborum.cl>', 'Javiera, aún no terminas tu postulación a Analista Contable', 'Tue, 8 Sep 2026 14:22:40 +0000', 'Hola Javiera,\n\nAún no terminas tu postulación a:\nAnalista Contable\nConstructora Pehuén Ltda.\n\nTe faltan solo 2 preguntas para que tu postulación quede enviada.\n\nTerminar mi postulación: https://www.laborum.cl/postulantes/postulaciones/pendientes\n\nRecuerda que las postulaciones incompletas no son vistas por las empresas.'), 'America/Santiago', '2026-09-08T14:30:00Z');
    expect(laborum.kind).toBe('none');
  });
});

describe('the employer named by boards, agencies and small firms', () => {
  it('keeps accented firm words whole, skips footer links and reads the employer under the title', async () => {
    const infojobs = await read(mail('InfoJobs <noreply@push.infojobs.net>', 'Te has inscrito en la oferta "Técnico/a de Nóminas"', 'Tue, 24 Feb 2026 21:07:45 +0100', '¡Tu inscripción se ha realizado correctamente!\n\nTécnico/a de Nóminas y Seguros Sociales\nAsesoría Turia Gestión Laboral, S.L.\nValencia · Contrato indefinido\n\nOtras ofertas que te pueden interesar:\n- Administrativo/a laboral - Grupo Lladró Servicios (Paterna)\n\n--\nPolítica de privacidad | Darse de baja'), 'Europe/Madrid');
    expect(infojobs.company).toBe('Asesoría Turia Gestión Laboral');
    const bumeran = await read(mail('Bumeran <noreply@bumeran.com.ar>', 'Novedades de tu postulación en Cervecería Patagonia Austral', 'Thu, 23 Apr 2026 11:15:02 -0300', 'La empresa Cervecería Patagonia Austral S.R.L. te envió un mensaje: "En esta oportunidad avanzamos con otro perfil."\n\nSeguí buscando:\n· Community Manager - Agencia Nodo (CABA)'), 'America/Argentina/Buenos_Aires');
    expect(bumeran.kind).toBe('rejection');
    // With or without its legal form: the accented name whole.
    expect(bumeran.company).toMatch(/^Cervecería Patagonia Austral(?: S\.R\.L\.?)?$/);
  });

  it('names the client an agency writes for, not the agency or the board that relays it', async () => {
    const otys = await read(mail('Koppel Executive Search <noreply@otys.nl>', 'Herinnering: uw afspraak morgen om 13:00 uur', 'Mon, 8 Jun 2026 09:00:11 +0200', 'Dit is een automatische herinnering voor uw afspraak van morgen.\n\nOnderwerp: Sollicitatiegesprek Planner Transport\nOpdrachtgever: Hoogland Logistiek B.V.\nDatum: dinsdag 9 juni 2026\nTijd: 13:00 - 14:00'), 'Europe/Amsterdam');
    expect(otys.company).toBe('Hoogland Logistiek B.V');
    const ett = await read(mail('Nerea Alcántara <nerea@temporis-ett.example>', 'Cambio de día entrevista - Mozo/a almacén (Logística Henares)', 'Thu, 22 Oct 2026 16:51:09 +0200', 'Hola Iván:\n\nEl cliente nos ha pedido mover la entrevista al martes 27 de octubre a las 12:30, en el mismo sitio.\n\nNerea Alcántara\nTécnica de Selección\nGrupo Temporis ETT, S.L.'), 'Europe/Madrid');
    expect(ett.company).toBe('Logística Henares');
  });
});

describe('the time a reply settles', () => {
  it('keeps the zone a reply writes ("2pm PT") over the thread it answers, and reads US zones named in Spanish', async () => {
    const denver = await read(mail('Priya Okafor <priya@quillfeather.example>', 'Re: Solutions Engineer next steps', 'Fri, 18 Sep 2026 16:00:00 -0600', 'Perfect, you\u2019re locked in for Tues 9/22 at 2pm PT with Dana. Plan on 45 min.\n\nPriya\n\nOn Thu, Sep 17, 2026 at 9:00 AM Sam Reyes wrote:\n> Tuesday 9/22 at 2pm works best for me.'), 'America/Denver');
    expect([denver.kind, denver.at]).toEqual(['interview', '2026-09-22T15:00:00-06:00']);
    const houston = await read(mail('Recursos Humanos <rrhh@familiaunida.example>', 'Entrevista por Zoom', 'Tue, 24 Nov 2026 10:00:00 -0500', 'Estimada Sra. Ramírez:\n\nLa invitamos a una entrevista por Zoom.\n\nFecha: lunes 30 de noviembre de 2026\nHora: 2:00 PM hora del Este\nDuración: 30 minutos'), 'America/Chicago');
    expect([houston.kind, houston.at]).toEqual(['interview', '2026-11-30T13:00:00-06:00']);
  });

  it('reads a bare German hour on the day the thread below names, and a Dutch "half drie" asked as a question but held unless the candidate objects', async () => {
    const lager = await read(mail('Marco Ruppert <m.ruppert@spedition-vogtlaender.example>', 'Re: Bewerbung Schichtleiter Lager', 'Mon, 9 Feb 2026 17:51:09 +0100', 'Hallo Herr Nowak,\nDonnerstag passt mir. Kommen Sie um 8 zu uns, Tor 3 an der Waage klingeln, ich hol Sie ab.\n\nGruß Ruppert\n\n> Am 09.02.2026 um 12:04 schrieb Adam Nowak <adam.nowak@example.de>:\n>\n> hier meine Verfügbarkeit für ein Kennenlernen diese Woche:\n> - Mittwoch, 11.02. ab 14 Uhr\n> - Donnerstag, 12.02. ganztags'), 'Europe/Berlin');
    expect([lager.kind, lager.at]).toEqual(['interview', '2026-02-12T08:00:00+01:00']);
    const bakkerij = await read(mail('Harm van der Wal <harm@bakkerijvanderwal.example>', 'RE: reactie vacature bedrijfsleider winkel', 'Mon, 20 Apr 2026 20:00:00 +0200', 'Hallo Esra,\n\nLijkt me leuk om even kennis te maken. Kun je donderdag om half drie naar de winkel aan de Hoofdstraat komen?\nAls donderdag niet lukt hoor ik het wel, anders zie ik je dan.\n\nHarm'), 'Europe/Amsterdam');
    expect([bakkerij.kind, bakkerij.at]).toEqual(['interview', '2026-04-23T14:30:00+02:00']);
  });

  it('reads a meeting moved in Spanish and Dutch as the new time, not as called off', async () => {
    const chile = await read(mail('Macarena Sepúlveda <personas@losboldos.example>', 'Cambio de fecha entrevista', 'Tue, 8 Dec 2026 12:00:00 -0300', 'Hola Cristián:\n\nA don Germán le salió un viaje justo el jueves, así que tenemos que mover la entrevista. Quedaría para el martes 15/12 a las 10:30 hrs, mismo lugar.\n\nSaludos'), 'America/Santiago');
    expect([chile.kind, chile.at]).toEqual(['interview', '2026-12-15T10:30:00-03:00']);
    const dutch = await read(mail('Lieke de Boer <lieke@bureau.example>', 'Gesprek Hermans Kunststoffen verzet', 'Thu, 9 Apr 2026 16:00:00 +0200', 'Hoi Bas,\n\nHet gesprek van maandagochtend kan niet doorgaan zoals gepland. Gelukkig kon ze meteen een alternatief geven:\n\ndinsdag 14 april om 10.00 uur, zelfde locatie.\n\nIk heb het al bevestigd, dus je hoeft verder niets te doen.\n\nLieke'), 'Europe/Amsterdam');
    expect([dutch.kind, dutch.at]).toEqual(['interview', '2026-04-14T10:00:00+02:00']);
  });
});

describe('an assessment day and a tradesman\u2019s receipt', () => {
  it('reads a "jornada de evaluación" with a date and hours as an interview', async () => {
    const message = await read(mail('Banco Andino del Sur <noreply@successfactors.eu>', 'Invitación a Jornada de Evaluación - Ejecutivo(a) Comercial', 'Mon, 1 Jun 2026 10:00:00 -0500', 'Estimado(a) Luis:\n\nLe invitamos a participar en nuestra jornada de evaluación:\n\n  Fecha: viernes 5 de junio de 2026\n  Horario: de 9:00 a 12:00 horas\n  Lugar: Av. Arequipa 1200, Lima\n\nLe agradeceremos confirmar su asistencia hasta el miércoles 3 de junio.\n\nGestión del Talento'), 'America/Lima', '2026-06-01T15:05:00Z');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-06-05T09:00:00-05:00');
  });

  it('reads "je cv is binnen" from a one-man firm as a receipt', async () => {
    const message = await read(mail('Joop Hendriks <info@hendriksdakwerken.nl>', 'Re: sollicitatie dakdekker', 'Tue, 2 Jun 2026 20:11:00 +0200', 'Hoi Bram, je cv is binnen, dank je. Ik zit tot vrijdag op een klus in Zwolle, daarna kijk ik ernaar.\n\nGr Joop\n\nVerzonden vanaf mijn iPhone'), 'Europe/Amsterdam', '2026-06-02T18:15:00Z');
    expect(message.kind).toBe('received');
  });

  it('reads "cv goed ontvangen" opening an owner\u2019s note as a receipt', async () => {
    const message = await read(mail('Wim Claes <wim@claes-schilderwerken.be>', 'Re: sollicitatie schilder', 'Sat, 6 Jun 2026 09:12:00 +0200', 'Hallo Dries\n\nCv goed ontvangen. Helaas zit ik deze week tot over mijn oren in het werk, ik bel je volgende week.\n\nWim'), 'Europe/Brussels', '2026-06-06T07:20:00Z');
    expect(message.kind).toBe('received');
  });

  it('a request for papers "without which" the file stops is a response, not a no', async () => {
    const message = await read(mail('Service du personnel <personnel@commune-villers.be>', 'Votre candidature - ouvrier polyvalent', 'Tue, 9 Jun 2026 11:00:00 +0200', 'Monsieur,\n\nPour poursuivre l\u2019examen de votre candidature, merci de nous transmettre une copie de votre permis B et un extrait de casier judiciaire d\u2019ici le 19 juin. Sans ces documents, nous ne pourrons malheureusement pas donner suite à votre dossier.\n\nLe service du personnel'), 'Europe/Brussels', '2026-06-09T09:05:00Z');
    expect(message.kind).toBe('response');
  });

  it('asks for papers to "nachreichen": a response; a test below the bar that ends the application: a rejection', async () => {
    const papers = await read(mail('Sabine Kurz <s.kurz@wohnbau-elbtal.de>', 'Ihre Bewerbung', 'Fri, 10 Jul 2026 09:00:00 +0200', 'Sehr geehrter Herr Lenz,\n\nvielen Dank für Ihre Bewerbung. Leider fehlt Ihr letztes Arbeitszeugnis. Bitte reichen Sie es bis zum 20. Juli nach, dann melden wir uns.\n\nSabine Kurz'), 'Europe/Berlin', '2026-07-10T07:05:00Z');
    expect(papers.kind).toBe('response');
    const test = await read(mail('Anouk Visser <a.visser@dekkerbouw.nl>', 'Uitslag test', 'Fri, 10 Jul 2026 11:00:00 +0200', 'Beste Thijs,\n\nDank voor het maken van de test. Je score bleef onder onze norm, daarom beëindigen we hiermee je sollicitatie.\n\nAnouk Visser'), 'Europe/Amsterdam', '2026-07-10T09:05:00Z');
    expect(test.kind).toBe('rejection');
  });

  it('confirms the arrival of a "Gesuch" to a public competition: a receipt, though it cannot answer calls', async () => {
    const message = await read(mail('Personalamt <personal@gemeinde-villanders.example>', 'Eingangsbestätigung', 'Mon, 10 Aug 2026 09:00:00 +0200', 'Sehr geehrte Frau Kofler,\n\nwir bestätigen den Eingang Ihres Gesuchs um Zulassung zum Wettbewerb für die Stelle als Verwaltungsassistentin. Leider können wir telefonische Anfragen zum Stand des Verfahrens nicht beantworten.\n\nPersonalamt'), 'Europe/Rome', '2026-08-10T07:05:00Z');
    expect(message.kind).toBe('received');
  });
});
