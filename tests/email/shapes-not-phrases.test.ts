import { describe, expect, it } from 'vitest';
import { readMessage } from '../../utils/email';

// News read by its shape rather than a stock phrase: who got the job, whether the process ends, what the owner
// offers, when a short note fixes a time, what a reschedule moves to. Unseen mail kept missing these because each
// writer words them differently; every case below is worded the way one real writer would.
const read = (text: string, timeZone: string, now = '2026-03-02T12:00:00Z') => readMessage({ kind: 'text', text }, { now: new Date(now), timeZone });
const mail = (from: string, subject: string, date: string, body: string) => `From: ${from}\nSubject: ${subject}\nDate: ${date}\n\n${body}`;

describe('a no in the writer\u2019s own words', () => {
  it('another person chosen, in five languages and any word order', async () => {
    const cases: Array<[string, string]> = [
      ['Hi Priya,\n\nThanks for coming in last week. In the end the panel settled on someone who has run a regional depot before, so we won\u2019t take it further this time.\n\nBest,\nOwen', 'Europe/London'],
      ['Bonjour Julie,\n\nMerci pour la visite de l\u2019atelier. Finalement on a pris quelqu\u2019un du quartier qui connaît déjà nos machines.\n\nBonne continuation,\nPaul', 'Europe/Paris'],
      ['Hallo Herr Kurt,\n\nvielen Dank für das Gespräch. Unsere Wahl ist am Ende auf einen Bewerber mit mehr Erfahrung im Schichtbetrieb gefallen.\n\nViele Grüße\nAnja Roth', 'Europe/Berlin'],
      ['Hola Lucía,\n\nGracias por venir el martes. Al final la posición la terminamos cubriendo con alguien del equipo de Valencia.\n\nUn abrazo,\nMarta', 'Europe/Madrid'],
      ['Hoi Daan,\n\nBedankt voor het fijne gesprek. We hebben inmiddels iemand gevonden die per direct kan beginnen.\n\nGroet,\nEls', 'Europe/Amsterdam'],
    ];
    for (const [body, zone] of cases) expect((await read(mail('Owen Carter <owen@brightdepot.co.uk>', 'Re: Depot role', 'Mon, 9 Mar 2026 10:00:00 +0000', body), zone)).kind, body).toBe('rejection');
  });

  it('the job filled, the process ended or "no good news", told in a subordinate clause or a result line', async () => {
    const bodies = [
      'Sehr geehrter Herr Brandt,\n\nwir möchten Sie darüber informieren, dass die oben genannte Stelle zwischenzeitlich besetzt wurde. Wir bedauern, Ihnen keine positive Nachricht geben zu können.',
      'Beste Elise,\n\nJe behaalde 10/20 voor de casus. Je deelname aan deze selectieprocedure stopt hier.',
      'Estimada Francisca:\n\nLe informamos el resultado de la etapa curricular.\n\nResultado: NO CONTINÚA EN EL PROCESO',
      'Hi Sam,\n\nJust letting you know we ended up filling the coordinator role internally.',
    ];
    for (const body of bodies) expect((await read(mail('Personal <jobs@lindenwerk.de>', 'Ihre Bewerbung', 'Mon, 9 Mar 2026 10:00:00 +0100', body), 'Europe/Berlin')).kind, body).toBe('rejection');
  });

  it('a rule for later is no no: "may be filled before the closing date", "sobald die Stelle besetzt ist", "we are looking for someone who"', async () => {
    const receipt = await read(mail('Careers <careers@harbourline.com>', 'Application received', 'Mon, 9 Mar 2026 10:00:00 +0000', 'Thank you for applying. We have received your application. Please note the position may be filled before the closing date.'), 'Europe/London');
    expect(receipt.kind).toBe('received');
    const german = await read(mail('Personal <jobs@lindenwerk.de>', 'Eingangsbestätigung', 'Mon, 9 Mar 2026 10:00:00 +0100', 'Vielen Dank für Ihre Bewerbung, sie ist bei uns eingegangen. Sobald die Stelle besetzt ist, informieren wir alle Bewerberinnen und Bewerber.'), 'Europe/Berlin');
    expect(german.kind).toBe('received');
  });
});

describe('an offer by its terms, with no word "offer"', () => {
  it('an owner who wants the candidate to start, with the pay and a start date', async () => {
    const bodies: Array<[string, string]> = [
      ['Morning Tom,\n\nSpoke to my wife last night and we\u2019d like you to come on board as workshop manager. We can do $92k plus super. Start whenever suits after your notice.\n\nGus', 'Australia/Adelaide'],
      ['Bonsoir Madame Roux,\n\nC\u2019est décidé : la place est pour vous. CDI à 35h, 1 980 € brut par mois, démarrage le mardi 15 septembre.\n\nSébastien', 'Europe/Paris'],
      ['Hoi Rick,\n\nWe willen je er graag vast bij hebben in de zaak. € 2.650 bruto per maand, eerst een jaarcontract, starten per 1 juni.\n\nWouter', 'Europe/Amsterdam'],
      ['Hola Nico,\n\nQueremos que te sumes al equipo. La propuesta: $2.400.000 brutos mensuales, arrancar el lunes 15 de junio.\n\nMartín', 'America/Argentina/Buenos_Aires'],
      ['Guten Abend Herr Fässler\n\nWir möchten, dass Sie per 1. Oktober bei uns als Projektleiter anfangen. Jahreslohn CHF 104\u2019000.- brutto, den Arbeitsvertrag schicke ich per Post.\n\nRuedi Zürcher', 'Europe/Zurich'],
    ];
    for (const [body, zone] of bodies) expect((await read(mail('Gus Papadakis <gus@papadakisjoinery.com.au>', 'Re: Workshop', 'Mon, 9 Mar 2026 10:00:00 +1030', body), zone)).kind, body).toBe('offer');
  });
});

describe('one time in a short note from a person', () => {
  it('"Wed 3pm it is", "jeudi 14h30 ça me va", "el martes 16 a las 11 a. m. la espero aquí en la oficina"', async () => {
    const sg = await read(mail('Marcus Tan <marcus@lumenpay.sg>', 'Re: Product Analyst', 'Mon, 19 Oct 2026 21:10:00 +0800', 'Wed 3pm it is. Will send a Zoom link tmr morning, should be ~45 min.\n\nMarcus'), 'Asia/Singapore');
    expect([sg.kind, sg.at]).toEqual(['interview', '2026-10-21T15:00:00+08:00']);
    const lyon = await read(mail('Julien Marchand <julien@kolibri.io>', 'Re: Dev front', 'Tue, 19 May 2026 21:00:00 +0200', 'Top, jeudi 14h30 ça me va 👍 On sera au bureau, 27 rue Chevreul, 3e étage.\n\nJu'), 'Europe/Paris');
    expect([lyon.kind, lyon.at]).toEqual(['interview', '2026-05-21T14:30:00+02:00']);
    const puebla = await read(mail('Rogelio Treviño <rtrevino@importadoratrevino.mx>', 'RE: Asistente administrativa', 'Wed, 10 Jun 2026 17:00:00 -0600', 'Muy bien, el martes 16 a las 11 a. m. la espero aquí en la oficina para platicar con calma.\n\nSaludos'), 'America/Mexico_City');
    expect([puebla.kind, puebla.at]).toEqual(['interview', '2026-06-16T11:00:00-06:00']);
  });

  it('a polite "si te interesa" or a later "si puedes, trae…" does not make the time a condition', async () => {
    const message = await read(mail('Hugo Bustos <hugobustos.parrilla@gmail.com>', 'Re: Ayudante de cocina', 'Mon, 9 Feb 2026 22:00:00 -0300', 'Hola Matías, si te interesa venite el jueves a las 17 hs así charlamos y te muestro la cocina. Si podés traé tu chaqueta.\n\nHugo'), 'America/Argentina/Cordoba');
    expect([message.kind, message.at]).toEqual(['interview', '2026-02-12T17:00:00-03:00']);
  });

  it('a scheduling link or "the last bus is 10.40pm" fixes nothing', async () => {
    const link = await read(mail('Daniela Cárdenas <daniela@cafetera.co>', 'Primera conversación', 'Mon, 2 Mar 2026 09:00:00 -0500', 'Queremos avanzar contigo a una primera conversación de 30 minutos. Escoge el espacio que mejor te funcione: https://calendly.com/daniela-cafetera/30min\n\nTengo espacios disponibles entre el martes 3 y el viernes 6 de marzo, de 8:00 a. m. a 12:00 m. Si ninguno te sirve, buscamos otra opción.'), 'America/Bogota');
    expect(link.kind).toBe('response');
    const chef = await read(mail('Dom Farrugia <dom.saltkitchen@gmail.com>', 'Re: Commis chef', 'Mon, 4 May 2026 15:00:00 +0100', 'Before I get you in for a chat and a trial shift, a couple of quick questions:\n\n1. What\u2019s your notice period?\n2. Do you drive? The last bus is 10.40pm.\n\nCheers\nDom'), 'Europe/London');
    expect(chef.kind).toBe('response');
  });
});

describe('moved and called-off interviews', () => {
  it('the new slot of a reschedule wins over the old one', async () => {
    const message = await read(mail('Personio <noreply@personio.de>', 'Terminänderung: Ihr Gespräch', 'Mon, 8 Jun 2026 09:00:00 +0200', 'leider müssen wir den geplanten Termin für Ihr Gespräch verschieben.\n\nNeuer Termin\nFreitag, 12. Juni 2026\n11:15 - 12:00 (MESZ)\n\nUrsprünglicher Termin\nDonnerstag, 11. Juni 2026\n09:00 - 09:45 (MESZ)'), 'Europe/Berlin');
    expect([message.kind, message.at, message.durationMinutes]).toEqual(['interview', '2026-06-12T11:15:00+02:00', 45]);
  });

  it('an interview called off with new dates still to come is a response, in German, Dutch and French', async () => {
    const bodies: Array<[string, string, string]> = [
      ['Absage unseres Termins am Donnerstag', 'leider muss ich unser Gespräch am Donnerstag, 29.10. um 10:00 Uhr absagen. Ich melde mich Anfang nächster Woche mit neuen Terminvorschlägen.', 'Europe/Vienna'],
      ['Gesprek morgen gaat helaas niet door', 'Helaas moet ik ons gesprek van morgen (dinsdag 3 november, 10:00 uur) annuleren. Ik neem later deze week contact met je op om een nieuwe afspraak te plannen.', 'Europe/Amsterdam'],
      ['Annulation de votre rendez-vous', 'Monsieur Garnier se voit contraint d\u2019annuler le rendez-vous prévu le jeudi 29 octobre à 10h00. Nous reviendrons vers vous afin de vous proposer une nouvelle date.', 'Europe/Paris'],
    ];
    for (const [subject, body, zone] of bodies) expect((await read(mail('Martin Strobl <m.strobl@datagraz.at>', subject, 'Mon, 26 Oct 2026 08:00:00 +0100', body), zone)).kind, body).toBe('response');
  });
});

describe('receipts in their own word order, and who sends them', () => {
  it('"Ihre Bewerbung liegt uns vollständig vor" is a receipt, and a tool\u2019s own name is never the employer', async () => {
    const umantis = await read(mail('Gemeinde Seewil <noreply@umantis.com>', 'Ihre Bewerbung', 'Mon, 9 Mar 2026 10:00:00 +0100', 'Guten Tag Frau Keller\n\nIhre Bewerbung als Sachbearbeiterin Bauverwaltung liegt uns vollständig vor. Wir melden uns nach Ablauf der Bewerbungsfrist.'), 'Europe/Zurich');
    expect(umantis.kind).toBe('received');
    const bizneo = await read(mail('Equipo de Personas Kubbo Logística <no-reply@bizneohr.com>', 'Tu candidatura', 'Mon, 9 Mar 2026 10:00:00 +0100', 'Hola Carla,\n\nHemos recibido tu candidatura para Técnico de Almacén.\n\nEste correo se ha enviado desde Bizneo HR.'), 'Europe/Madrid');
    expect([bizneo.kind, bizneo.company]).toEqual(['received', 'Kubbo Logística']);
  });

  it('a receipt whose only other news is what may come stays a receipt', async () => {
    const message = await read(mail('Provincie Zeeveld <werving@provinciezeeveld.nl>', 'Ontvangstbevestiging sollicitatie', 'Mon, 1 Jun 2026 10:00:00 +0200', 'Geachte heer Visser,\n\nWij hebben uw sollicitatie in goede orde ontvangen. Een assessment kan onderdeel uitmaken van de procedure.'), 'Europe/Amsterdam');
    expect(message.kind).toBe('received');
  });
});

describe('the employer\u2019s full name', () => {
  it('"Banco Atalaya" over the tenant\u2019s "atalaya", "Stad Heerzele" over the domain\u2019s "heerzele", and no desk after a dash', async () => {
    const bank = await read(mail('Banco Atalaya Talento <atalaya@myworkday.com>', 'Actualización sobre tu candidatura', 'Mon, 9 Mar 2026 10:00:00 +0100', 'Hola Marta,\n\nGracias por tu interés en Banco Atalaya. Hemos decidido continuar con otros candidatos.\n\nTalent Acquisition\nBanco Atalaya'), 'Europe/Madrid');
    expect(bank.company).toBe('Banco Atalaya');
    const city = await read(mail('Stad Heerzele - Selectie <selectie@heerzele.be>', 'Uitnodiging online test', 'Mon, 9 Mar 2026 10:00:00 +0100', 'Beste Lien,\n\nJe bent geslaagd voor de eerste selectie bij Stad Heerzele. Leg de online test af vóór 20 maart.'), 'Europe/Brussels');
    expect(city.company).toBe('Stad Heerzele');
  });
});

describe('Outlook\u2019s Windows zone names', () => {
  it('"Pacific SA Standard Time" is Chile\u2019s time', async () => {
    const invite = `BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\nORGANIZER;CN=Camila Rojas:mailto:crojas@viñalosquillayes.cl\nATTENDEE;CN=Tomás Díaz;ROLE=REQ-PARTICIPANT:mailto:tomas.diaz@gmail.com\nSUMMARY:Entrevista - Analista de Compras\nDTSTART;TZID=Pacific SA Standard Time:20260505T153000\nDTEND;TZID=Pacific SA Standard Time:20260505T161500\nUID:abc123\nDTSTAMP:20260428T140000Z\nEND:VEVENT\nEND:VCALENDAR\n`;
    const message = await readMessage({ kind: 'ics', text: invite }, { now: new Date('2026-04-28T14:00:00Z'), timeZone: 'America/Santiago' });
    expect([message.kind, message.at, message.durationMinutes]).toEqual(['interview', '2026-05-05T15:30:00-04:00', 45]);
  });
});
