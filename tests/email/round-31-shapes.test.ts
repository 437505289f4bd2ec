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
