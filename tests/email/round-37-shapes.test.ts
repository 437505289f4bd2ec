import { describe, expect, it } from 'vitest';
import { instant, mail, read } from './pasted-mail';

// Times, kinds and names the way round 37 of unseen mail wrote them (the United States, the United Kingdom and
// Ireland, French-speaking Europe and Quebec, English-speaking Canada, Australia and New Zealand). Each case is worded
// the way one writer would, not copied from the unseen files.

describe('an interview hour in these shapes', () => {
  it('reads "10:00 a.m. Atlantic (10:30 a.m. Newfoundland time)" in Atlantic time, the zone right after the clock', async () => {
    const message = await read(mail('Moira Gillis <mgillis@capebretonhealth.ca>', 'RE: Interview availability', 'Wed, 8 Apr 2026 16:30:00 -0300', 'Hi Sean,\n\nGreat, your interview is confirmed for Tuesday, April 14 at 10:00 a.m. Atlantic (10:30 a.m. Newfoundland time), about an hour on Teams.\n\nMoira Gillis\nHR Advisor, Cape Breton Health'), 'America/St_Johns', '2026-04-08T20:00:00Z');
    expect(message.kind).toBe('interview');
    expect(instant(message.at)).toBe('2026-04-14T13:00:00.000Z');
  });
});

describe('who the employer is in these shapes', () => {
  it('names the firm a recruiter is "partnering exclusively with", and reads "Role @ Firm" in the subject as both', async () => {
    const message = await read(mail('Priya Nair <priya.nair@harbourfronttalent.ca>', 'Lead Data Engineer @ Tidewell Energy - quick chat?', 'Mon, 9 Mar 2026 12:44:00 -0700', 'Hi Jordan,\n\nI came across your profile and your pipeline work stood out. I\u2019m partnering exclusively with Tidewell Energy in Calgary on a Lead Data Engineer hire. Would you be open to a 20-minute call next week?\n\nBest,\nPriya Nair\nSenior Recruiter\nHarbourfront Talent Inc.'), 'America/Edmonton', '2026-03-09T20:00:00Z');
    expect(message.kind).toBe('none');
    expect(message.company).toBe('Tidewell Energy');
    expect(message.title).toBe('Lead Data Engineer');
  });
});
