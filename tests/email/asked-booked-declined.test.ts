import { describe, expect, it } from 'vitest';
import { readMessage } from '../../utils/email';

// One time put as a question, a slot booked out of a list, and the plain ways people say no. Each case was read
// wrongly before the reader learned it.
const read = (text: string, timeZone: string, now = '2026-03-02T12:00:00Z') => readMessage({ kind: 'text', text }, { now: new Date(now), timeZone });

describe('one time put as a question', () => {
  it('"Are you free Thurs 3pm for a quick chat?" from a founder\u2019s own address is the interview, at the firm he signs for', async () => {
    const message = await read(`From: Marcus Lindgren <marcus.lindgren84@gmail.com>
Subject: Re: Founding engineer role (HN Who's Hiring)
Date: Mon, 9 Mar 2026 19:42:07 -0700

Hey Alex - thanks for the note, your Postgres work looks very relevant. Are you free Thurs 3pm for a quick chat? I'll just call your cell.

M

--
Marcus Lindgren
Co-founder & CEO, Tidewell Analytics`, 'America/Los_Angeles');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-03-12T15:00:00-07:00');
    expect(message.company).toBe('Tidewell Analytics');
  });

  it('"Could you pop in Thursday at half 10 for a chat?" is the interview', async () => {
    const message = await read(`From: Dave Pennock <dave@crookedspoon.co.uk>
Subject: Re: Supervisor
Date: Mon, 9 Feb 2026 15:02:00 +0000

Hi Leah, your CV looks great. Could you pop in Thursday at half 10 for a chat? Won't be more than half an hour.

Cheers
Dave`, 'Europe/London');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-02-12T10:30:00+00:00');
  });

  it('"Can we push to 4:30?" on the day of a chat moves it to that time, today', async () => {
    const message = await read(`From: Greg Tremblay <greg.tremblay@northlakecu.ca>
Subject: RE: Intro chat - Business Systems Analyst
Date: Wed, 15 Apr 2026 13:05:11 -0400

Hi Priya,

Sorry to do this on short notice - something came up. Can we push to 4:30? Same Teams link. If today doesn't work anymore just let me know and we'll find another day.

Greg`, 'America/Toronto');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-04-15T16:30:00-04:00');
  });

  it('"Are you free Thursday at 2? If not, let me know what works better" leaves the time open', async () => {
    const message = await read(`From: Sam Ruiz <sam@bluefinchcoffee.com>
Subject: Shift Lead
Date: Mon, 2 Mar 2026 10:00:00 -0800

Thanks for dropping your resume off! I'd love to sit down and chat about the Shift Lead opening. Are you free Thursday at 2? If not, let me know what works better for you this week.

Sam`, 'America/Los_Angeles');
    expect(message.kind).toBe('response');
    expect(message.at).toBeNull();
  });
});

describe('a slot booked out of a list', () => {
  it('a chat transcript\u2019s stamps are no appointment, and the slot confirmed wins over the list it was picked from', async () => {
    const message = await read(`From: Olivia at Saguaro Home & Garden <noreply@paradox.ai>
Subject: Reminder: Your interview with Saguaro Home & Garden is tomorrow!
Date: Mon, 4 May 2026 09:00:07 -0700

Hi Marisol, it's Olivia! Here's a copy of our text conversation for your records.

Fri, May 1

Olivia (4:33 PM): Great! Here are the available times. Please reply with the number of the time that works best for you:
1) Mon, May 4 at 3:00 PM
2) Tue, May 5 at 10:00 AM
3) Tue, May 5 at 1:30 PM

Marisol (4:38 PM): 2

Olivia (4:38 PM): You're all set! Your interview is confirmed for Tue, May 5 at 10:00 AM MST with Renee Tallchief. The interview will last about 30 minutes.`, 'America/Phoenix');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-05-05T10:00:00-07:00');
    expect(message.durationMinutes).toBe(30);
  });
});

describe('the plain ways people say no', () => {
  const no = async (body: string, timeZone: string) => (await read(`From: Hiring <jobs@example-employer.com>\nSubject: Re: candidature\nDate: Tue, 10 Nov 2026 07:48:31 +0100\n\n${body}`, timeZone)).kind;

  it('an owner hiring someone else: "j\u2019ai décidé d\u2019engager quelqu\u2019un qui a déjà…", "We kiezen toch voor iemand anders"', async () => {
    expect(await no("J'ai bien réfléchi et j'ai finalement décidé d'engager quelqu'un qui a déjà plusieurs années d'expérience sur une CNC.", 'Europe/Zurich')).toBe('rejection');
    expect(await no('Eerlijk is eerlijk: we kiezen toch voor iemand anders voor de marketingfunctie.', 'Europe/Amsterdam')).toBe('rejection');
  });

  it('a process going on with others or closed for all: "continuar el proceso con otras personas", "congelar la vacante", "ne pas ouvrir ce poste"', async () => {
    expect(await no('Tras analizarlas, hemos decidido continuar el proceso con otras personas cuyo perfil se ajusta más.', 'Europe/Madrid')).toBe('rejection');
    expect(await no('Nuestro cliente tomó la decisión de congelar la vacante de manera indefinida, por lo cual el proceso se da por cerrado.', 'America/Bogota')).toBe('rejection');
    expect(await no('Nous avons pris la décision de ne pas ouvrir ce poste pour le moment. Le processus de recrutement est donc clôturé.', 'Europe/Brussels')).toBe('rejection');
  });

  it('a search firm that will not put the candidate to its client: "Ihre Kandidatur unserem Mandanten nicht vorstellen"', async () => {
    expect(await no('Nach sorgfältiger Abwägung müssen wir Ihnen mitteilen, dass wir Ihre Kandidatur unserem Mandanten nicht vorstellen werden.', 'Europe/Vienna')).toBe('rejection');
  });

  it('a rejection the candidate forwards with a short note and a phone\u2019s signature is read as the forwarded mail', async () => {
    const message = await read(`From: Lukas Bärtschi <lukas.baertschi@bluewin.ch>
Subject: WG: Ihre Bewerbung für Business Analyst
Date: Tue, 20 Jan 2026 19:26:41 +0100

Hoi Mirjam

Leider nix geworden mit der Stelle bei der Alpstein. Schade, aber das Interview war eh eher harzig. Schick dir's einfach zur Info.

Lg Lukas

Gesendet von meinem iPhone

________________________________
Von: Alpstein Versicherungen AG <alpstein@myworkday.com>
Gesendet: Dienstag, 20. Januar 2026 14:12
Betreff: Ihre Bewerbung für Business Analyst

Guten Tag Herr Bärtschi

Nach sorgfältiger Prüfung haben wir uns entschieden, Ihre Kandidatur nicht weiter zu berücksichtigen.

Alpstein Versicherungen AG
Talent Acquisition`, 'Europe/Zurich');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('Alpstein Versicherungen');
  });
});

describe('bookings and receipts in their own words', () => {
  it('Flemish "ingepland voor volgende week dinsdag om 10u" is the new time, not a deadline', async () => {
    const message = await read(`From: Studio Vlaskop <notifications@homerun.co>
Subject: Nieuw bericht van Studio Vlaskop over UX Designer
Date: Wed, 13 May 2026 16:21:48 +0200

Dag Wout,

Ons gesprek van morgen (donderdag) kan spijtig genoeg niet doorgaan. Ik heb je alvast opnieuw ingepland voor volgende week dinsdag om 10u, zelfde plek. Reken op een uurtje.

Lotte`, 'Europe/Brussels');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-05-19T10:00:00+02:00');
  });

  it('"ist bei uns eingelangt" is an Austrian receipt', async () => {
    const message = await read(`From: Tauernblick Hotels <noreply@onlyfy.jobs>
Subject: Ihre Bewerbung als Front Office Manager
Date: Mon, 12 Jan 2026 09:10:00 +0100

Sehr geehrte Frau Moser,

Ihre Bewerbung als Front Office Manager (m/w/d) für unser Haus Tauernblick Alpine Resort in Zell am See ist bei uns eingelangt – herzlichen Dank dafür! Wir melden uns in den kommenden Tagen.`, 'Europe/Vienna');
    expect(message.kind).toBe('received');
  });

  it('a headhunter who found the candidate on XING is an approach, not news, even with a booking link', async () => {
    const message = await read(`From: Florian Ackermann <f.ackermann@rheinhaus-search.de>
Subject: Vertrauliche Anfrage: Head of IT
Date: Tue, 3 Mar 2026 10:00:00 +0100

Sehr geehrter Herr Hartmann,

ich bin über Ihr XING-Profil auf Sie aufmerksam geworden. Im Auftrag unseres Mandanten suche ich einen Head of IT (m/w/d). Gerne können Sie direkt einen Termin in meinem Kalender buchen: https://calendly.com/f-ackermann/20min`, 'Europe/Berlin');
    expect(message.kind).toBe('none');
  });

  it('a day for interviews with slots to book, and "by 12 noon on Monday" to book them, sets no time', async () => {
    const message = await read(`From: NHS Jobs <no-reply@jobs.nhs.uk>
Subject: Invitation to interview - Occupational Therapist
Date: Thu, 27 Aug 2026 10:00:00 +0100

Dear Callum,

I am pleased to inform you that you have been shortlisted for interview. Interviews will be held on Thursday 10 September 2026. Please log in to select an interview time from the slots available.

Please note that if you do not book an interview slot by 12 noon on Monday 7 September 2026, we will assume that you no longer wish to be considered.`, 'Europe/London');
    expect(message.kind).toBe('response');
    expect(message.at).toBeNull();
  });

  it('"Kindly choose ONE (1) of the following slots" asks for a choice', async () => {
    const message = await read(`From: Siti Hajar <siti.hajar@permatadigital.com.my>
Subject: Interview Invitation - Finance Executive
Date: Mon, 9 Feb 2026 10:00:00 +0800

Thank you for your interest in joining Permata Digital Sdn. Bhd. We would like to invite you for a face-to-face interview.

Kindly choose ONE (1) of the following slots which is convenient for you:

a) Wednesday, 11 February 2026 - 10.00 am
b) Thursday, 12 February 2026 - 11.00 am`, 'Asia/Kuala_Lumpur');
    expect(message.kind).toBe('response');
  });

  it('an owner\u2019s "got them both" under "thanks for sending your CV" is a receipt', async () => {
    const message = await read(`From: Sam Whitlock <sam@paperbarkdigital.com.au>
Subject: Re: Junior Web Developer
Date: Tue, 4 Aug 2026 09:00:00 +1000

Hi Mia,

Thanks for sending your CV and portfolio through - got them both. I'll be in touch either way by Friday 14th.

Sam`, 'Australia/Brisbane');
    expect(message.kind).toBe('received');
    const shop = await read(`From: Wendy <wendy@thegiftloft.co.uk>\nSubject: Re: Sales assistant\nDate: Fri, 6 Mar 2026 17:00:00 +0000\n\nThanks for emailing your CV through after you popped in - got it! I'll have a proper look over the weekend.`, 'Europe/London');
    expect(shop.kind).toBe('received');
  });

  it('a placement cell\u2019s invite to a pre-placement talk is no interview', async () => {
    const message = await readMessage({ kind: 'ics', text: `BEGIN:VCALENDAR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ppt-2027@college.example
DTSTAMP:20260801T050000Z
DTSTART:20260805T053000Z
DTEND:20260805T063000Z
SUMMARY:Pre-Placement Talk - Nimbus Grid Technologies - 2027 Batch
ORGANIZER;CN=Placement Cell:mailto:placements@college.example
DESCRIPTION:Nimbus Grid Technologies will be conducting a Pre-Placement Talk (PPT) for the 2027 batch.
END:VEVENT
END:VCALENDAR` }, { now: new Date('2026-08-01T05:00:00Z'), timeZone: 'Asia/Kolkata' });
    expect(message.kind).toBe('none');
  });
});

describe('public-service notices and office hours', () => {
  const notice = (body: string) => read(`From: USA Staffing <no-reply@usastaffing.gov>\nSubject: Application status\nDate: Tue, 3 Mar 2026 10:00:00 -0500\n\nDear Applicant,\n\n${body}`, 'America/New_York');

  it('"not among the best qualified … Not Referred" is a no; "referred … does not guarantee an interview" is news, not a no', async () => {
    expect((await notice('You were found to meet the minimum qualifications. However, you were not among the best qualified candidates and therefore your name was not referred to the selecting official.')).kind).toBe('rejection');
    expect((await notice('Your name has been referred to the hiring manager for further consideration. Please note that being referred does not guarantee that you will be contacted for an interview or selected for the position.')).kind).toBe('response');
  });

  it('"Horario de atención: lunes a viernes de 9:00 a 14:00" is when the office answers, not another option', async () => {
    const message = await read(`From: Recursos Humanos <rrhh@ayto-villaverde.es>
Subject: Citación entrevista - Bolsa de empleo Auxiliar Administrativo/a
Date: Thu, 2 Apr 2026 13:47:05 +0200

Le comunicamos que ha sido usted convocado/a a la fase de entrevista personal.

La entrevista tendrá lugar el martes 14 a las 9:30 h en la Sala de Comisiones. La duración estimada es de 20 minutos.

Departamento de Recursos Humanos
Tel. 91 815 00 00
Horario de atención: lunes a viernes de 9:00 a 14:00`, 'Europe/Madrid');
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-04-14T09:30:00+02:00');
  });

  it('calling off the whole search is a no; calling off "all in-person interviews" for a storm is not', async () => {
    const search = await read(`From: Lucía Serrano <lucia.serrano@vientonorte.es>
Subject: Re: Técnico de Operación y Mantenimiento
Date: Mon, 5 Oct 2026 09:00:00 +0200

Hola Álvaro: la dirección ha decidido cancelar el proceso de selección para la posición, que queda congelada hasta nuevo aviso. Esto implica que no vamos a poder continuar con tu candidatura, y por tanto la segunda entrevista del jueves 15 queda anulada.`, 'Europe/Madrid');
    expect(search.kind).toBe('rejection');
    const storm = await read(`From: Recruiting <recruiting@dtm.wa.example.gov>
Subject: Interview cancelled - Natural Resource Specialist 3
Date: Wed, 14 Jan 2026 15:00:00 -0800

Due to the ice storm, all in-person interviews for the Natural Resource Specialist 3 position scheduled for tomorrow have been cancelled. We will contact you to reschedule.`, 'America/Los_Angeles');
    expect(storm.kind).toBe('response');
  });

  it('"te confirmamos que lo hemos recibido" is a receipt, hedged or not', async () => {
    const message = await read(`From: Horno Ribagorza <empleo@hornoribagorza.com>
Subject: Tu candidatura - Dependiente/a
Date: Mon, 23 Mar 2026 07:15:02 +0100

Hola: gracias por enviarnos tu currículum para el puesto de Dependiente/a. Te confirmamos que lo hemos recibido correctamente. Si no recibes respuesta en 15 días, entiende que en esta ocasión no hemos podido contar contigo.`, 'Europe/Madrid');
    expect(message.kind).toBe('received');
  });
});

describe('owners and offices in French, German and Dutch', () => {
  const said = async (body: string, timeZone: string, subject = 'Re: Bewerbung', date = 'Mon, 2 Mar 2026 09:00:00 +0100') => read(`From: Jan Maier <jan@maier-holz.example>\nSubject: ${subject}\nDate: ${date}\n\n${body}`, timeZone);

  it('a plain no by hand: "Ich hab mich für jemanden entschieden", "kiezen we voor een kandidaat met meer ervaring", "keine Stelle anbieten"', async () => {
    expect((await said('Ich hab mich jetzt für jemanden entschieden, der schon ein paar Jahre CNC-Erfahrung mitbringt.', 'Europe/Berlin')).kind).toBe('rejection');
    expect((await said('Uiteindelijk kiezen we voor een kandidaat met meer ervaring in utiliteitsbouw.', 'Europe/Brussels')).kind).toBe('rejection');
    expect((await said('Nach reiflicher Überlegung müssen wir Ihnen mitteilen, dass wir Ihnen derzeit keine Stelle anbieten können.', 'Europe/Vienna')).kind).toBe('rejection');
    expect((await said("Realistically we won't be able to make you an offer this spring, since we're pausing hiring for the role.", 'America/New_York')).kind).toBe('rejection');
  });

  it('one time by hand: "Est ce que tu peux passer mardi 21 avril à 14 h 00 ?", "Kom vrijdag 5 juni om half elf even langs", "Komm … zum Probearbeiten"', async () => {
    const garage = await said('Est ce que tu peux passer mardi 21 avril à 14 h 00 ? On discutera du poste.', 'Europe/Paris', 'Ta candidature', 'Tue, 14 Apr 2026 18:00:00 +0200');
    expect([garage.kind, garage.at]).toEqual(['interview', '2026-04-21T14:00:00+02:00']);
    const werkplaats = await said('Kom vrijdag 5 juni om half elf even langs op de werkplaats, dan drinken we een bak koffie.', 'Europe/Amsterdam', 'Re: sollicitatie monteur', 'Mon, 1 Jun 2026 20:00:00 +0200');
    expect([werkplaats.kind, werkplaats.at]).toEqual(['interview', '2026-06-05T10:30:00+02:00']);
    const backstube = await said('Komm doch am Montag, den 16. März um 7 Uhr zum Probearbeiten, bis ca. 15 Uhr.', 'Europe/Berlin', 'Probearbeiten', 'Tue, 10 Mar 2026 12:00:00 +0100');
    expect([backstube.kind, backstube.at]).toEqual(['interview', '2026-03-16T07:00:00+01:00']);
  });

  it('a board\u2019s "transmise au recruteur … s\u2019il souhaite vous rencontrer" is a receipt, and "35H" a week\u2019s hours', async () => {
    const message = await read(`From: France Travail <ne-pas-repondre@francetravail.fr>
Subject: Votre candidature a bien été envoyée
Date: Thu, 8 Oct 2026 08:22:00 +0200

Vous avez postulé à l'offre suivante :
Agent de quai / Cariste (H/F)
Offre n° 198KQTZ - CDD 6 mois - 35H

Votre candidature (CV et lettre de motivation) a bien été transmise au recruteur. Le recruteur prendra directement contact avec vous s'il souhaite vous rencontrer.`, 'Europe/Paris');
    expect(message.kind).toBe('received');
    expect(message.at).toBeNull();
  });

  it('still reviewing, in Swiss French: "fait toujours partie de celles que nous examinons"', async () => {
    expect((await said("Leur analyse prend davantage de temps que prévu. Votre candidature fait toujours partie de celles que nous examinons.", 'Europe/Zurich', 'Votre candidature')).kind).toBe('response');
  });

  it('an interview called off while the procedure is suspended, "Votre candidature reste valable", is not a no', async () => {
    expect((await said("Nous sommes au regret de devoir annuler l'entretien de sélection du mardi 9 juin 2026 à 14 h 00. La procédure de recrutement est suspendue dans l'attente d'une nouvelle décision. Votre candidature reste valable.", 'Europe/Brussels', 'Annulation de votre entretien')).kind).toBe('response');
  });

  it('a temp agency\u2019s "Leuk dat je hebt gereageerd op de vacature" is a receipt', async () => {
    expect((await said('Leuk dat je hebt gereageerd op de vacature Orderpicker dagdienst in Assen. Eén van onze intercedenten neemt binnen 2 werkdagen contact met je op.', 'Europe/Amsterdam', 'Je reactie op Orderpicker')).kind).toBe('received');
  });
});

describe('more plain no\u2019s, hedges and approaches', () => {
  const said = async (body: string, from = 'Ciarán Dunne <ciaran@harbourline-recruitment.ie>', timeZone = 'Europe/Dublin') => read(`From: ${from}\nSubject: Re: Finance Business Partner\nDate: Fri, 20 Nov 2026 16:00:00 +0000\n\n${body}`, timeZone);

  it('"decided to go with the other finalist" and "has withdrawn the above post" are a no', async () => {
    expect((await said("Unfortunately they've decided to go with the other finalist for the Finance Business Partner role.")).kind).toBe('rejection');
    expect((await said('Kindly be advised that the Municipality has withdrawn the above post. The post will therefore not be filled at this stage.', 'Recruitment <recruitment@bluegum.gov.za>', 'Africa/Johannesburg')).kind).toBe('rejection');
  });

  it('"Pas de nouvelles sous 3 semaines ? Cela voudra dire que nous avons retenu d\u2019autres profils" hedges a receipt', async () => {
    expect((await said("Nous avons bien reçu votre CV. Pas de nouvelles sous 3 semaines ? Cela voudra dire que nous avons retenu d'autres profils.", 'Brasserie du Vieux Port <noreply@flatchr.io>', 'Europe/Paris')).kind).toBe('received');
  });

  it('a headhunter\u2019s "direct approach" about a "confidential … mandate" is an approach, not news', async () => {
    expect((await said("I hope you don't mind the direct approach - your profile came up while I was mapping senior credit talent. I'm working on a confidential Head of Credit mandate. Would you be open to a quick, confidential 20-minute chat this week?", 'Ruan van der Merwe <ruan@ridgeexec.co.za>', 'Africa/Johannesburg')).kind).toBe('none');
  });
});

describe('Dutch and Flemish, by hand and by template', () => {
  const said = async (body: string, subject = 'Re: sollicitatie', timeZone = 'Europe/Amsterdam') => read(`From: Gerard Mulder <gerard@mulder-installatie.nl>\nSubject: ${subject}\nDate: Mon, 23 Mar 2026 10:00:00 +0100\n\n${body}`, timeZone);

  it('no\u2019s without "helaas": "verder gaan met iemand die…", "kandidatuur niet weerhouden", "de functie inmiddels ingevuld"', async () => {
    expect((await said('Uiteindelijk hebben we besloten om verder te gaan met iemand die al meer ervaring heeft.')).kind).toBe('rejection');
    expect((await said('Na grondige analyse moeten wij u meedelen dat uw kandidatuur niet weerhouden werd voor de volgende fase.', 'Uw kandidatuur', 'Europe/Brussels')).kind).toBe('rejection');
    expect((await said('Bedankt voor je sollicitatie. We hebben de functie inmiddels ingevuld.')).kind).toBe('rejection');
  });

  it('"Helaas moeten wij uw gesprek verzetten" moves the interview to the new time offered', async () => {
    const message = await said('Helaas moeten wij uw gesprek van dinsdag 31 maart verzetten. Wij kunnen u een nieuwe tijd aanbieden op woensdag 1 april om 9.15 uur. Het gesprek duurt 45 minuten.', 'Uw sollicitatiegesprek');
    expect([message.kind, message.at]).toEqual(['interview', '2026-04-01T09:15:00+02:00']);
  });

  it('"Kom donderdag om half drie even langs" is 14:30, and the Apple Mail "heeft … het volgende geschreven" line opens the thread', async () => {
    const message = await said(`Ziet er goed uit. Kom donderdag om half drie maar even langs op de zaak.

Gr. Gerard

Op 22 mrt. 2026 om 11:08 heeft Tim de Jong <tim@example.nl> het volgende geschreven:

Beste Gerard, hierbij mijn cv.`);
    expect([message.kind, message.at]).toEqual(['interview', '2026-03-26T14:30:00+01:00']);
  });

  it('a delayed procedure with the application "nog volledig in behandeling" is news, not a receipt', async () => {
    expect((await said('Door een groot aantal reacties loopt de procedure helaas enige vertraging op. Uw sollicitatie is nog volledig in behandeling.', 'Stand van zaken')).kind).toBe('response');
  });

  it('VDAB\u2019s "werden bezorgd aan de werkgever" is a receipt', async () => {
    expect((await said('U solliciteerde via vdab.be voor de vacature Heftruckchauffeur. Uw cv en motivatiebrief werden bezorgd aan de werkgever.', 'Uw sollicitatie', 'Europe/Brussels')).kind).toBe('received');
  });
});

describe('Québec, Belgian and Swiss French', () => {
  const said = async (body: string, subject = 'Re: ta candidature') => read(`From: Josée Paquette <josee@boulangeriedesvents.ca>\nSubject: ${subject}\nDate: Thu, 5 Mar 2026 16:00:00 -0500\n\n${body}`, 'America/Toronto');

  it('"on a décidé de garder quelqu\u2019un … on ne pourra pas te prendre" and "a finalement retenu un autre intérimaire" are a no', async () => {
    expect((await said("Finalement on a décidé de garder quelqu'un qui faisait déjà des remplacements chez nous, alors on ne pourra pas te prendre cette fois-ci.")).kind).toBe('rejection');
    expect((await said('Le client a fait son choix et a finalement retenu un autre intérimaire.')).kind).toBe('rejection');
  });

  it('"nous serions très contents de vous engager comme menuisier" with the pay is an offer', async () => {
    expect((await said("Nous serions très contents de vous engager comme menuisier-poseur CFC chez nous dès le 1er mai : 100 %, CDI, salaire mensuel brut de CHF 5'600.–.", 'Suite à notre téléphone')).kind).toBe('offer');
  });

  it('"L\u2019affichage se termine le 20 mars 2026 à 16 h 30" is when the posting closes, not an interview', async () => {
    const message = await said("La Ville accuse réception de votre candidature. Seules les personnes dont la candidature sera retenue pour une entrevue seront contactées. L'affichage se termine le 20 mars 2026 à 16 h 30.", 'Accusé de réception - concours 2026-014');
    expect(message.kind).toBe('received');
    expect(message.at).toBeNull();
  });
});

describe('Spanish by hand and by decree', () => {
  const said = async (body: string, subject = 'Re: solicitud', timeZone = 'America/Mexico_City') => read(`From: Lupita Olvera <lupita@refaccionariaolvera.mx>\nSubject: ${subject}\nDate: Wed, 4 Mar 2026 12:00:00 -0600\n\n${body}`, timeZone);

  it('"Lo esperamos el lunes 9 de marzo a las 11:00 a.m." sets the interview', async () => {
    const message = await said('Recibimos su solicitud, muchas gracias. Lo esperamos el lunes 9 de marzo a las 11:00 a.m. en nuestra sucursal. Pregunte por el Sr. Raúl Olvera, él lo va a entrevistar.');
    expect([message.kind, message.at]).toEqual(['interview', '2026-03-09T11:00:00-06:00']);
  });

  it('"queremos que te vengas con nosotros como jefa de partida" with the pay is an offer', async () => {
    expect((await said('Te escribo para decirte que queremos que te vengas con nosotros como jefa de partida. Contrato indefinido, 1.750 € brutos/mes.', 'Jefa de partida', 'Europe/Madrid')).kind).toBe('offer');
  });

  it('"no ha obtenido la puntuación mínima" is a no', async () => {
    expect((await said('Le comunicamos que, una vez finalizada la valoración, usted no ha obtenido la puntuación mínima exigida.', 'Bolsa de empleo', 'Europe/Madrid')).kind).toBe('rejection');
  });
});

describe('a search closed, a meeting called off', () => {
  it('"die ausgeschriebene Stelle derzeit nicht zu besetzen" is a no, wrapped over two lines', async () => {
    const message = await read(`From: Stadtwerke Ravensfeld <bewerbung@stadtwerke-ravensfeld.de>
Subject: Ihre Bewerbung als IT-Administrator
Date: Mon, 2 Mar 2026 10:00:00 +0100

Aufgrund einer organisatorischen Neuausrichtung haben wir uns entschieden, die
ausgeschriebene Stelle derzeit nicht zu besetzen. Das Auswahlverfahren wird daher ohne Stellenbesetzung
abgeschlossen.`, 'Europe/Berlin');
    expect(message.kind).toBe('rejection');
  });

  it('"This isn\u2019t a reflection on your candidacy" under a cancelled interview is no no', async () => {
    const message = await read(`From: Renee Albright <renee@saltmarshfoods.com>
Subject: Tomorrow's interview
Date: Thu, 5 Mar 2026 17:00:00 -0500

I need to cancel your interview tomorrow (Friday, 10:00 AM) with Craig. This isn't a reflection on your candidacy at all – we're still very interested in moving forward. I'll be in touch with some new times.`, 'America/New_York');
    expect(message.kind).toBe('response');
    expect(message.at).toBeNull();
  });
});
