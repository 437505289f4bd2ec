import { describe, expect, it } from 'vitest';
import { readMessage } from '../../utils/email';

// How people (not templates) write the news: times in their own words, agencies speaking for a client, offers
// stated through their terms. Each case failed before the reader learned it.
const read = (text: string, timeZone: string, now = '2026-03-02T12:00:00Z') => readMessage({ kind: 'text', text }, { now: new Date(now), timeZone });

describe('times as people write them', () => {
  it('"Thursday 3rd at 2.30" is the next Thursday that falls on the 3rd, at half past two', async () => {
    const message = await read(
      `From: Helen Pryce <helen.pryce@ravensworth-architects.co.uk>
Subject: Re: Part II Architectural Assistant
Date: Wed, 25 Nov 2026 18:52:07 +0000

Thursday 3rd at 2.30 is perfect, thank you Ellie. Come to the studio and ask for me at reception. It'll be me and Owen for your interview.`,
      'Europe/London',
    );
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-12-03T14:30:00+00:00');
  });

  it('"14:00 GMT (that is 7.30pm for you in Bengaluru)" is GMT: the zone right after the time wins over a city further on', async () => {
    const message = await read(
      `From: Priya Raman <priya@fernleaf.co.uk>
Subject: Interview confirmation
Date: Mon, 2 Feb 2026 10:00:00 +0000

I'm pleased to confirm your interview.
Date: Monday 9th February
Time: 14:00 GMT (I believe that is 7.30pm for you in Bengaluru)`,
      'Asia/Kolkata',
    );
    expect(message.at).toBe('2026-02-09T19:30:00+05:30');
  });

  it('the time under "Previous time (cancelled):" is the old one; the new one is the interview', async () => {
    const message = await read(
      `From: Orbital 9 Labs <no-reply@ashbyhq.com>
Subject: Your interview has been rescheduled
Date: Mon, 18 May 2026 09:00:00 -0700

Your interview with Orbital 9 Labs has been rescheduled.

Previous time (cancelled):
  Wednesday, May 20, 2026, 10:00 AM – 11:00 AM PST
New time:
  Thursday, May 21, 2026, 1:00 PM – 2:00 PM PST`,
      'America/Los_Angeles',
    );
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-05-21T13:00:00-07:00');
    expect(message.durationMinutes).toBe(60);
  });

  it('one moment written in two zones is one time, not two options', async () => {
    const message = await read(
      `From: Femke Janssen <femke@datavaart.io>
Subject: Re: Gesprek Senior Data Analyst
Date: Thu, 19 Mar 2026 09:00:00 -0400

Top, dan plannen we dinsdag 24 maart een videocall: om 10.00 uur New Yorkse tijd, bij jou 15.00 uur.`,
      'Europe/Amsterdam',
    );
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-03-24T15:00:00+01:00');
  });

  it('a start time over a list of dates offers that many options', async () => {
    const message = await read(
      `From: Castellmoore Graduate Recruitment <graduates@castellmoore.co.uk>
Subject: Assessment Centre invitation
Date: Tue, 17 Nov 2026 09:00:00 +0000

We would like to invite you to one of our virtual Assessment Centres, including a final interview with a Director.

We have spaces available on the following dates (all sessions start at 9:00am UK time):

  • Wednesday 2 December 2026
  • Friday 4 December 2026
  • Thursday 10 December 2026`,
      'Europe/London',
    );
    expect(message.kind).toBe('response');
  });

  it('"a las 16 hs", "10:15 horas" and "Comptez environ 1h30" are read as clocks and a length', async () => {
    const spanish = await read(
      `From: Paula Quiroga <paula@tres-cerros.com.ar>
Subject: Entrevista
Date: Thu, 26 Feb 2026 10:00:00 -0300

Te propongo coordinar una entrevista presencial el martes 3 a las 16 hs, con Gustavo Ibarra y conmigo.`,
      'America/Argentina/Buenos_Aires',
    );
    expect(spanish.kind).toBe('interview');
    expect(spanish.at).toBe('2026-03-03T16:00:00-03:00');
    const town = await read(
      `From: Recursos Humanos <rrhh@valdecenia.es>
Subject: Convocatoria a entrevista
Date: Thu, 5 Mar 2026 10:00:00 +0100

Le comunicamos que ha sido convocada a la fase de entrevista personal.

  Día: jueves, 19 de marzo de 2026
  Hora: 10:15 horas`,
      'Europe/Madrid',
    );
    expect(town.at).toBe('2026-03-19T10:15:00+01:00');
    const french = await read(
      `From: Pierre Néel <pa.neel@atelier-brisant.fr>
Subject: Deuxième entretien
Date: Tue, 31 Mar 2026 09:00:00 +0200

Je vous propose donc de nous rencontrer dans nos locaux le mardi 14 avril à 10h30. Comptez environ 1h30.`,
      'Europe/Paris',
    );
    expect(french.kind).toBe('interview');
    expect(french.at).toBe('2026-04-14T10:30:00+02:00');
    expect(french.durationMinutes).toBe(90);
  });
  it('one time asked as a question but held unless the candidate objects is the interview; a bare "at 3" after a day is 3pm', async () => {
    const builders = await read(
      `From: Janine Halden <janine@haldenbuilding.co.uk>
Subject: Site Administrator
Date: Mon, 13 Apr 2026 12:19:44 +0100

Hi Tom,

Thanks for your CV for the site admin job. Gary would like to meet you - can you come in Thursday at half 2? We're at the yard on Canal Road.

Let me know if that's no good.

Thanks
Janine`,
      'Europe/London',
    );
    expect(builders.kind).toBe('interview');
    expect(builders.at).toBe('2026-04-16T14:30:00+01:00');
    const physio = await read(
      `From: Sophie Kaplan <sophie@bayside-physio.com.au>
Subject: Re: Clinic Coordinator role
Date: Wed, 4 Nov 2026 13:07:51 +1100

Hi Jess, I'd love for you to come in and meet myself and Andrew properly.

How does Monday the 9th at 3 sound? We'll be at the Brighton clinic.

If that doesn't work just let me know, otherwise see you then!

Sophie`,
      'Australia/Melbourne',
    );
    expect(physio.kind).toBe('interview');
    expect(physio.at).toBe('2026-11-09T15:00:00+11:00');
    const asking = await read(
      `From: Sophie Kaplan <sophie@bayside-physio.com.au>
Subject: Re: Clinic Coordinator role
Date: Wed, 4 Nov 2026 13:07:51 +1100

Hi Jess, I'd love for you to come in and meet us. How does Monday the 9th at 3 sound? Let me know what times suit you.`,
      'Australia/Melbourne',
    );
    expect(asking.kind).toBe('response');
  });
});

describe('agencies speak for a client', () => {
  it('the client is the employer, read from how the recruiter names it; the agency never is', async () => {
    const message = await read(
      `From: Hollie Marsh <hollie.marsh@pennantrecruitment.co.uk>
Subject: Great news!!
Date: Thu, 9 Apr 2026 17:40:00 +0100

I've just come off the phone with Matt at Halcyon Robotics and they'd like to offer you the Embedded Software Engineer position!

Hollie Marsh
Senior Consultant
Pennant Recruitment`,
      'Europe/London',
    );
    expect(message.kind).toBe('offer');
    expect(message.company).toBe('Halcyon Robotics');
  });

  it('gives no employer when the client goes unnamed, rather than the agency', async () => {
    const message = await read(
      `From: Tom Bright <tom@brightwaterrecruitment.co.uk>
Subject: Feedback
Date: Thu, 9 Apr 2026 17:40:00 +0100

Unfortunately my client, a leading Leeds law firm, has decided not to progress your application.

Tom Bright
Brightwater Recruitment`,
      'Europe/London',
    );
    expect(message.kind).toBe('rejection');
    expect(message.company).toBeNull();
  });
});

describe('offers stated through their terms', () => {
  it('reads "ce qu\'on te propose" with the pay and the contract as an offer', async () => {
    const message = await read(
      `From: Léa Favre <lea@alpvia.ch>
Subject: La suite
Date: Fri, 5 Jun 2026 17:00:00 +0200

Je ne vais pas faire durer le suspense : on aimerait vraiment que tu nous rejoignes comme Lead Backend Engineer.

Concrètement, ce qu'on te propose :
- CHF 132'000.- brut par an, versés en 13 mensualités
- début idéalement le 1er juillet

Le contrat formel part chez toi lundi.`,
      'Europe/Zurich',
    );
    expect(message.kind).toBe('offer');
  });

  it('a job ad with a salary is no offer: nobody is asked to join', async () => {
    const message = await read(
      `From: Jobs at Quarrylight <jobs@quarrylight.ai>
Subject: We're hiring a Staff Backend Engineer
Date: Fri, 5 Jun 2026 17:00:00 -0400

We're hiring our first Staff Backend Engineer. $210k-$250k base + equity, full-time contract, start date flexible. Apply on our careers page.`,
      'America/New_York',
    );
    expect(message.kind).not.toBe('offer');
  });
});

describe('who the employer is not', () => {
  it('an assessment tool sending for an employer is the tool, and a rule for others is no decision', async () => {
    const message = await read(
      `From: Kingsmoor Engineering Graduate Recruitment <donotreply@shl.com>
Subject: Kingsmoor Engineering 2026 Graduate Programme - Online Assessment Invitation
Date: Mon, 23 Mar 2026 09:00:00 +0000

We are pleased to invite you to the next stage of our recruitment process, which involves completing the following online assessments.

Please complete all assessments by 23:59 BST on Sunday 5 April 2026. Applications with incomplete assessments after this time will not be progressed.`,
      'Europe/London',
    );
    expect(message.kind).toBe('response');
    expect(message.company).toBe('Kingsmoor Engineering');
  });

  it('desks, titles and references sign messages but are never the employer', async () => {
    const message = await read(
      `From: NHS Jobs <no-reply@jobs.nhs.uk>
Subject: Interview invitation for Staff Nurse (C9211-26-0394)
Date: Mon, 30 Mar 2026 09:00:00 +0100

Job reference: C9211-26-0394
Employer: Southmoor Teaching Hospitals NHS Trust

Congratulations, you've been shortlisted for an interview for this role.`,
      'Europe/London',
    );
    expect(message.company).toBe('Southmoor Teaching Hospitals NHS Trust');
  });
});
