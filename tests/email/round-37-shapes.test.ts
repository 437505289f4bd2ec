import { describe, expect, it } from 'vitest';
import { instant, mail, read } from './pasted-mail';

// Times, kinds and names the way round 37 of unseen mail wrote them (the United States, the United Kingdom and
// Ireland, French-speaking Europe and Quebec, English-speaking Canada, Australia and New Zealand), and round 38's
// mail from people at small North American employers. Each case is worded the way one writer would, not copied from
// the unseen files.

describe('an interview hour in these shapes', () => {
  it('reads "10:00 a.m. Atlantic (10:30 a.m. Newfoundland time)" in Atlantic time, the zone right after the clock', async () => {
    const message = await read(mail('Moira Gillis <mgillis@capebretonhealth.ca>', 'RE: Interview availability', 'Wed, 8 Apr 2026 16:30:00 -0300', 'Hi Sean,\n\nGreat, your interview is confirmed for Tuesday, April 14 at 10:00 a.m. Atlantic (10:30 a.m. Newfoundland time), about an hour on Teams.\n\nMoira Gillis\nHR Advisor, Cape Breton Health'), 'America/St_Johns', '2026-04-08T20:00:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-04-14T13:00:00.000Z');
  });
});

describe('an interview moved in these shapes', () => {
  it('reads "move our call from Tuesday to Wednesday April 1 at 9:15 AM Eastern" as the new time, not a range from Tuesday', async () => {
    const message = await read(mail('Ruth Okonjo <ruth@cedarmillbistro.com>', 'Re: Sous chef - quick call', 'Mon, 30 Mar 2026 19:02:44 -0400', 'Hi Dev,\n\nSomething came up on my end. Could we move our call from Tuesday to Thursday April 2 at 10:30 AM Eastern? That is 7:30 your time. Half an hour should do it.\n\nRuth\nOwner, Cedar Mill Bistro'), 'America/Los_Angeles', '2026-03-31T02:00:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-04-02T14:30:00.000Z');
  });
});

describe('who the employer is in these shapes', () => {
  it('names the firm a recruiter is "partnering exclusively with", and reads "Role @ Firm" in the subject as both', async () => {
    const message = await read(mail('Priya Nair <priya.nair@harbourfronttalent.ca>', 'Lead Data Engineer @ Tidewell Energy - quick chat?', 'Mon, 9 Mar 2026 12:44:00 -0700', 'Hi Jordan,\n\nI came across your profile and your pipeline work stood out. I\u2019m partnering exclusively with Tidewell Energy in Calgary on a Lead Data Engineer hire. Would you be open to a 20-minute call next week?\n\nBest,\nPriya Nair\nSenior Recruiter\nHarbourfront Talent Inc.'), 'America/Edmonton', '2026-03-09T20:00:00Z');
    expect(message.kind).toBe('none');
    expect(message.company).toBe('Tidewell Energy');
    expect(message.title).toBe('Lead Data Engineer');
  });

  it('reads a public board\u2019s "Client organisation:" line as the employer, and a building over a street number as no firm', async () => {
    const message = await read(mail('publicjobs <donotreply@publicjobs.ie>', 'Competition 26.112 - Administrative Officer', 'Tue, 2 Jun 2026 10:14:55 +0100', 'Dear Mr Byrne,\n\nCompetition: 26.112 Administrative Officer\nClient organisation: Office of the Inland Fisheries Ombudsman\n\nI regret to inform you that you were not successful at this stage of the competition.\n\nYours sincerely,\n\nNiamh Walsh\nRecruitment Unit\nGranary House, 14/18 Mary Street, Dublin 1'), 'Europe/Dublin', '2026-06-02T10:00:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('Office of the Inland Fisheries Ombudsman');
  });

  it('finds the firm under a sign-off it had not known: "With gratitude", "Yours sincerely", Swiss "Mit freundlichen Grüssen"', async () => {
    for (const [closing, firm] of [['With gratitude,', 'Riverbend Literacy Council'], ['Yours sincerely,', 'Halloran Croft Housing Association'], ['Mit freundlichen Grüssen', 'Seeland Präzisionsmechanik']]) {
      const message = await read(mail('Alex Moreau <no-reply@hire.lever.co>', 'Thank you', 'Fri, 3 Apr 2026 17:15:40 +0000', `Hi Sam,\n\nThank you for the time you put into our process. After a lot of deliberation, we have decided to extend the offer to another candidate.\n\n${closing}\n\nAlex Moreau\nDirector of People\n${firm}\n12 Mill Lane\n\n`), 'America/Denver', '2026-04-03T18:00:00Z');
      expect(message.kind).toBe('rejection');
      expect(message.company).toBe(firm);
    }
  });

  it('names the client a French headhunter "accompagne dans le recrutement", not the headhunter', async () => {
    const message = await read(mail('Claire Dumas <c.dumas@altessearch.fr>', 'Opportunité confidentielle', 'Wed, 11 Mar 2026 09:14:00 +0100', 'Bonjour Nadia,\n\nVotre parcours a retenu mon attention. J\u2019accompagne actuellement Brevor Assurances dans le recrutement de son futur Directeur des risques (H/F), basé à Lyon.\n\nSeriez-vous ouverte à un premier échange ?\n\nClaire Dumas\nAssociate Partner\nAltès Search'), 'Europe/Paris', '2026-03-11T10:00:00Z');
    expect(message.kind).toBe('none');
    expect(message.company).toBe('Brevor Assurances');
  });
});

describe('the role in these shapes', () => {
  it('keeps a comma inside a title the word "role" closes: "the Development Manager, Major Gifts role"', async () => {
    const message = await read(mail('Lena Ortiz <lena.ortiz@bluehollowfund.org>', 'Thank you', 'Fri, 3 Apr 2026 17:15:40 +0000', 'Hi Sam,\n\nThank you for the time you put into our process for the Development Manager, Major Gifts role. We have decided to move forward with another candidate.\n\nWarmly,\nLena Ortiz\nBlue Hollow Fund'), 'America/Denver', '2026-04-03T18:00:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.title).toBe('Development Manager, Major Gifts');
  });
});
