import { describe, expect, it } from 'vitest';
import { readMessage } from '../../utils/email';

// Replies written by people on top of the thread they answer: what the reply itself says is the news, and
// the thread below fills in what the reply leaves out.
const read = (text: string, timeZone: string) => readMessage({ kind: 'text', text }, { now: new Date('2026-03-02T12:00:00Z'), timeZone });

describe('a reply that agrees to a time the thread proposed', () => {
  it('"Thursday at 2 works" over a proposal of Thursday (3/5) at 2:00 is the interview, at that time', async () => {
    const message = await read(
      `From: Dana Whitfield <dana@lakeshorepeds.com>
Subject: Re: Front Desk Coordinator
Date: Tue, 3 Mar 2026 16:41:08 -0600

Perfect, Thursday at 2 works, see you then! Park in the back lot.

Dana

On Tue, Mar 3, 2026 at 9:14 AM Dana Whitfield <dana@lakeshorepeds.com> wrote:
> Hi Kayla,
> I looked over your resume and would love to have you come in and meet with me. Would this Thursday (3/5)
> at 2:00 or Friday at 10:00 work for you? It should take about 30 min.
>
> Dana Whitfield
> Practice Administrator
> Lakeshore Pediatrics, S.C.`,
      'America/Chicago',
    );
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-03-05T14:00:00-06:00');
    expect(message.company).toBe('Lakeshore Pediatrics');
  });

  it('"nos vemos el jueves" takes the day and hour from the quoted proposal', async () => {
    const message = await read(
      `From: Marta Ferrán <marta@gestoriaferran.es>
Subject: RE: Candidatura administrativa contable
Date: Mon, 9 Mar 2026 18:05:47 +0100

Perfecto Lucía, pues nos vemos el jueves entonces. Cuando llegues pregunta por mí en recepción.

Un saludo,
Marta

-----Mensaje original-----
De: Lucía Moreno <luciamoreno@gmail.com>
Enviado el: lunes, 9 de marzo de 2026 17:32
Asunto: Re: Candidatura administrativa contable

> ¿Te vendría bien pasarte por la oficina el jueves 12 a las 10:30? Sería una entrevista de unos 45 minutos.`,
      'Europe/Madrid',
    );
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-03-12T10:30:00+01:00');
    expect(message.durationMinutes).toBe(45);
  });

  it('offering slots to choose from agrees to nothing, even with "work" and "passt" in it', async () => {
    const english = await read(
      `From: Bec Lawton <bec@gumleafenergy.com.au>
Subject: Data Analyst
Date: Mon, 23 Nov 2026 09:00:00 +1100

We'd love to have a 45 min video chat with you. Would any of these work for you?
• Thursday 26 Nov – 10:00am or 1:30pm
• Friday 27 Nov – 11:00am`,
      'Australia/Melbourne',
    );
    expect(english.kind).toBe('response');
    const german = await read(
      `From: Andrea Reiter <a.reiter@holzbau-reiter.de>
Subject: Ihre Bewerbung
Date: Mon, 5 Oct 2026 09:00:00 +0200

Wir könnten Ihnen folgende Termine für ein Gespräch anbieten:
- Dienstag, 13.10., 16:00 Uhr
- Donnerstag, 15.10., 8:00 Uhr
Geben Sie mir bitte kurz Bescheid, welcher Termin Ihnen passt.`,
      'Europe/Berlin',
    );
    expect(german.kind).toBe('response');
  });

  it('an Outlook "From: / Sent:" block is history: its request for availability does not outweigh the confirmation above it', async () => {
    const message = await read(
      `From: Linda Barrows <lbarrows@cedarridgeacademy.org>
Subject: RE: 6th Grade Math - Interview
Date: Wed, 18 Mar 2026 08:52:37 -0600

I'm confirming your interview with our hiring committee for Monday, March 23 at 3:45 PM in the main office.

From: Linda Barrows <lbarrows@cedarridgeacademy.org>
Sent: Tuesday, March 17, 2026 1:15 PM
To: jpierce.teach@outlook.com
Subject: 6th Grade Math - Interview

Please let me know your availability next week. Would Friday at 9:00 suit you?`,
      'America/Denver',
    );
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-03-23T15:45:00-06:00');
  });
});

describe('an owner answering from a personal address', () => {
  it('takes the employer from the candidate\'s mail quoted below when the reply names none', async () => {
    const message = await read(
      `From: Dave Kessler <dkessler.evergreen@outlook.com>
Subject: RE: Crew lead ad
Date: Thu, 16 Apr 2026 06:58:22 -0400

Sorry bud position has been filled. Good luck

> On Apr 15, 2026, at 9:12 PM, Carlos Mejia <cmejia.landscape@gmail.com> wrote:
>
> Hello, I saw your ad for the Landscape Crew Lead position with Evergreen Edge Landscaping. I can start right away.
>
> Carlos`,
      'America/New_York',
    );
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe('Evergreen Edge Landscaping');
  });

  it('never takes a lone first name from the thread for the employer', async () => {
    const message = await read(
      `From: Daan Visser <daan.visser@gmail.com>
Subject: Re: Kok
Date: Thu, 16 Apr 2026 06:58:22 +0200

Heb je nog interesse? Laat maar weten.

> Op 14 apr 2026, om 10:00 schreef Eva <eva@gmail.com>:
>
> Hoi Daan, bedankt voor het gesprek.`,
      'Europe/Amsterdam',
    );
    expect(message.company).toBeNull();
  });
});

describe('where a board or an ATS names the employer', () => {
  it('reads "wurde erfolgreich an … versendet" (the phrase list is read as alternatives, each whole)', async () => {
    const message = await read(
      `From: StepStone <noreply@stepstone.de>
Subject: Ihre Bewerbung wurde erfolgreich versendet
Date: Tue, 17 Nov 2026 08:42:51 +0100

Ihre Bewerbung wurde erfolgreich an Hanseatische Logistik Kontor GmbH versendet.`,
      'Europe/Berlin',
    );
    expect(message.company).toBe('Hanseatische Logistik Kontor');
  });

  it('a Reply-To or a signature in the company\'s name is the company, not a person', async () => {
    const message = await read(
      `From: Maplecrest Credit Union Careers <maplecrest+autoreply@talent.icims.com>
Subject: Application Received - Member Service Representative
Date: Tue, 27 Oct 2026 19:44:03 -0400

This message confirms that we have received your application for the Member Service Representative position.

Sincerely,

Talent Acquisition
Maplecrest Credit Union`,
      'America/Toronto',
    );
    expect(message.company).toBe('Maplecrest Credit Union');
  });

  it('a saint\'s name keeps its abbreviation and its possessive', async () => {
    const message = await read(
      `From: Indeed Apply <indeedapply@indeed.com>
Subject: Indeed Application: Registered Nurse
Date: Tue, 10 Nov 2026 02:51:46 -0600

Application submitted

The following items were sent to St. Ambrose Regional Health. Good luck!`,
      'America/Chicago',
    );
    expect(message.company).toBe('St. Ambrose Regional Health');
  });

  it('a listing under "application viewed" names its employer when the text names it again; a digest\'s first listing does not', async () => {
    const viewed = await read(
      `From: Indeed <donotreply@match.indeed.com>
Subject: An employer viewed your application
Date: Tue, 17 Nov 2026 13:45:30 +0000

Warehouse Team Supervisor
Ashdown Cold Chain Ltd - Daventry NN11

Ashdown Cold Chain Ltd viewed your application on 17 November 2026.`,
      'Europe/London',
    );
    expect(viewed.kind).toBe('none');
    expect(viewed.company).toBe('Ashdown Cold Chain');
    const digest = await read(
      `From: Indeed <alert@indeed.com>
Subject: 3 new jobs for warehouse supervisor

Warehouse Team Supervisor
Ashdown Cold Chain Ltd - Daventry

Shift Manager
Boroughbridge Foods - Northampton`,
      'Europe/London',
    );
    expect(digest.company).toBeNull();
  });
});

describe('a forward under a long note', () => {
  it('the forwarded header\u2019s "Date: … at 14:05" is when a mail was sent, not the interview', async () => {
    const message = await readMessage(
      {
        kind: 'text',
        text: `From: Hamish Doyle <hamish@southernrecruit.co.nz>
Subject: Fwd: Interview confirmation - Kōwhai Grid - Network Planning Engineer
Date: Thu, 26 Nov 2026 16:22:08 +1300

Kia ora Mere,

Great news - Kōwhai Grid would like to meet you! See their confirmation below. Give me a bell if you have any questions before then, and I'll call you after for a debrief.

Hamish Doyle
Senior Consultant - Engineering & Infrastructure
Southern Recruit Ltd

---------- Forwarded message ---------
From: Jess Tane <jess.tane@kowhaigrid.co.nz>
Date: Thu, 26 Nov 2026 at 14:05
Subject: Interview confirmation - Kōwhai Grid - Network Planning Engineer
To: Hamish Doyle <hamish@southernrecruit.co.nz>

Hi Hamish,

We'd like to invite her to a first interview for the Network Planning Engineer role:

When: Wednesday 9 December, 2.30pm
Duration: 45 minutes`,
      },
      { now: new Date('2026-11-26T03:00:00Z'), timeZone: 'Pacific/Auckland' },
    );
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-12-09T14:30:00+13:00');
    expect(message.company).toBe('Kōwhai Grid');
  });
});

describe('a forward under a note of its own', () => {
  it('a recruiter\u2019s long note over "-----Original Message-----" is read with the mail it forwards: the interview is there', async () => {
    const message = await readMessage({ kind: 'text', text: `From: Tyler Brooks <tbrooks@summitpeaktalent.com>
Subject: FW: Interview confirmed - Cloud Security Engineer
Date: Fri, 24 Apr 2026 10:12:33 -0600

Hey Kai,

Great news - see below from Meredith. You're locked in with the Ironvale team for the panel. Heads up that their times are Pacific since they're HQ'd in Portland, so that's noon for you here in Denver.

Tyler

-----Original Message-----
From: Meredith Shaw <meredith.shaw@ironvale.io>
Sent: Friday, April 24, 2026 8:55 AM
To: Tyler Brooks <tbrooks@summitpeaktalent.com>
Subject: Interview confirmed - Cloud Security Engineer

Hi Tyler, we're confirmed for the virtual onsite on Thursday, April 30 at 11:00 AM PT (11:00 AM - 1:00 PM PT).` }, { now: new Date('2026-04-24T16:00:00Z'), timeZone: 'America/Denver' });
    expect(message.kind).toBe('interview');
    expect(message.at).toBe('2026-04-30T12:00:00-06:00');
  });
});
