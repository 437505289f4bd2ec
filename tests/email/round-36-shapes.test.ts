import { describe, expect, it } from 'vitest';
import { mail, read } from './pasted-mail';

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
});
