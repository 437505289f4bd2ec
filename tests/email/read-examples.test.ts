import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageKind } from '../../utils/email';
import { MESSAGES, readExample } from './messages';

interface Expected {
  why: string;
  kind: MessageKind;
  company: string | null;
  title?: string | null;
  at?: string;
  durationMinutes?: number | null;
  /** Names, and roles/addresses where the message gives them. */
  people?: Array<{ name: string; role?: string | null; email?: string | null }>;
  /** The user's zone when not New York: a European employer's mail read by a user in Europe. */
  timeZone?: string;
}

// Every synthetic message and what a careful reader takes from it (read with now 2026-03-02, user in New York).
const EXPECTED: Record<string, Expected> = {
  'synthetic-greenhouse-received.eml': { why: 'a Greenhouse receipt that says "unfortunately" about replies', kind: 'received', company: 'Northwind Traders', title: 'Senior Backend Engineer' },
  'synthetic-lever-received-if-not-selected.eml': { why: 'a Lever receipt (HTML only) that says "if you are not selected"', kind: 'received', company: 'Brightwave', title: 'Product Designer' },
  'synthetic-workday-received.eml': { why: 'a Workday receipt whose sender is tenant@myworkday.com', kind: 'received', company: 'Bluepeak Health', title: 'Data Analyst II' },
  'synthetic-icims-received.eml': { why: 'an iCIMS receipt: "only those selected for interviews will be contacted"', kind: 'received', company: 'Cobalt Bank', title: 'Risk Analyst' },
  'synthetic-ashby-received.eml': { why: 'an Ashby receipt that mentions an interview and "not the right fit"', kind: 'received', company: 'Vireo Analytics', title: 'Machine Learning Engineer' },
  'synthetic-linkedin-easy-apply-received.eml': { why: 'LinkedIn confirming an Easy Apply', kind: 'received', company: 'Ferncrest' },
  'synthetic-indeed-apply-received.eml': { why: 'Indeed confirming an application, with "next steps"', kind: 'received', company: 'Sunfield Logistics', title: 'Operations Analyst' },
  'synthetic-welcome-kit-fr-received.eml': { why: 'a French receipt through Welcome to the Jungle ("X via …")', kind: 'received', company: 'Papeterie Orsay', title: 'Responsable marketing produit' },
  'synthetic-fr-accuse-reception-si-pas-retenue.txt': { why: 'a French receipt: "malheureusement, si votre candidature n\'est pas retenue"', kind: 'received', company: 'Atelier Lumen', title: 'Développeur Full Stack' },
  'synthetic-de-eingangsbestaetigung.eml': { why: 'a German receipt from Personio', kind: 'received', company: 'Kranichwerk', title: 'Backend-Entwickler' },
  'synthetic-es-recibida.txt': { why: 'a Spanish receipt', kind: 'received', company: 'Sierra Azul', title: 'Ingeniera de Software' },

  'synthetic-warm-rejection-after-interview.txt': {
    why: 'a rejection that thanks warmly first, above a quoted message that names an interview time',
    kind: 'rejection', company: 'Ferncrest', title: 'Senior Frontend Engineer',
    people: [{ name: 'Maya Patel', role: 'Senior Technical Recruiter', email: 'maya.patel@ferncrest.io' }],
  },
  'synthetic-greenhouse-rejection.eml': { why: 'a Greenhouse rejection that first thanks for applying', kind: 'rejection', company: 'Quillpoint', title: 'Data Engineer' },
  'synthetic-smartrecruiters-rejection.eml': { why: 'a SmartRecruiters rejection after an assessment', kind: 'rejection', company: 'Quillpoint', title: 'Backend Engineer' },
  'synthetic-linkedin-rejection-relayed.eml': { why: 'a rejection LinkedIn sends on the employer\'s behalf, with job ads under it', kind: 'rejection', company: 'Halcyon Robotics', title: 'Software Engineer, Platform' },
  'synthetic-indeed-rejection-relayed.eml': { why: 'a rejection Indeed relays for the employer, with an unsubscribe footer', kind: 'rejection', company: 'Sunfield Logistics', title: 'Operations Analyst' },
  'synthetic-position-filled.txt': { why: '"this position has now been filled"', kind: 'rejection', company: 'Tidewater Energy', title: 'Field Operations Engineer' },
  'synthetic-fr-refus-chaleureux.eml': {
    why: 'a warm French rejection (quoted-printable): "ne pouvons pas y donner une suite favorable"',
    kind: 'rejection', company: 'Maison Verdier', title: 'Chef de projet digital',
    people: [{ name: 'Claire Dubois', role: 'Responsable recrutement', email: 'claire.dubois@maisonverdier.fr' }],
  },
  'synthetic-fr-pas-retenue-entretien.txt': { why: 'a French rejection after an interview, dated in the text', kind: 'rejection', company: 'Café Lumière', title: 'Analyste de données' },
  'synthetic-de-absage.txt': { why: 'a German rejection ("Leider müssen wir Ihnen mitteilen")', kind: 'rejection', company: 'Kranichwerk', title: 'Softwareentwickler', people: [{ name: 'Jonas Becker', role: 'Personalreferent' }] },
  'synthetic-nl-afwijzing.txt': { why: 'a Dutch rejection ("Helaas")', kind: 'rejection', company: 'Tulpdata', title: 'Data Engineer' },
  'synthetic-es-rechazo.txt': { why: 'a Spanish rejection ("Lamentamos informarte")', kind: 'rejection', company: 'Sierra Azul', title: 'Analista de Datos' },

  'synthetic-interview-pst-summer.txt': {
    why: '"July 14 from 10 to 11:30AM PST": PST written in summer is Pacific daylight time',
    kind: 'interview', company: 'Halcyon Robotics', title: 'Senior Software Engineer', at: '2026-07-14T13:00:00-04:00', durationMinutes: 90,
    people: [
      { name: 'Dana Lee', role: 'Engineering Manager', email: 'dana.lee@halcyonrobotics.com' },
      { name: 'Sam Ortiz', role: 'Staff Engineer' },
      { name: 'Priya Raman', role: 'Product Manager' },
    ],
  },
  'synthetic-fr-entretien-montreal.txt': {
    why: '"jeudi 12 mars à 14h00 (heure de Montréal)", 45 minutes, with Marc Gagnon and the writer herself',
    kind: 'interview', company: 'Café Lumière', title: 'Analyste de données', at: '2026-03-12T14:00:00-04:00', durationMinutes: 45,
    people: [{ name: 'Marc Gagnon', role: 'Directeur des données' }, { name: 'Julie Tremblay', email: 'julie.tremblay@cafelumiere.ca' }],
  },
  'synthetic-fr-entretien-paris.eml': {
    why: 'a Paris interview the day after Europe moves its clocks, lasting "1h30"',
    kind: 'interview', company: 'Boréal Conseil', title: 'Consultant Data', at: '2026-03-30T03:30:00-04:00', durationMinutes: 90,
    people: [{ name: 'Thomas Leroy', role: 'Directeur Data' }],
  },
  'synthetic-de-einladung-gespraech.txt': {
    why: 'a German invitation, "Dienstag, 24. März um 10:30 Uhr" in Hamburg, with "und ich"',
    kind: 'interview', company: 'Kranichwerk', title: 'Backend-Entwickler', at: '2026-03-24T05:30:00-04:00', durationMinutes: 60,
    people: [{ name: 'Lukas Wagner', role: 'Teamleiter Backend' }, { name: 'Anna Schneider', role: 'Recruiterin' }],
  },
  'synthetic-interview-separate-date-time-lines.eml': {
    why: 'an Ashby confirmation with "Date:" and "Time: … Central Time" on separate lines and an interviewer list',
    kind: 'interview', company: 'Lumen Health', title: 'Staff Data Scientist', at: '2026-03-11T14:30:00-04:00', durationMinutes: 45,
    people: [{ name: 'Jordan Kim', role: 'Head of Data Science' }, { name: 'Elena Rossi', role: 'Senior Data Scientist' }],
  },
  'synthetic-interview-body-only.txt': {
    why: 'a body with no headers still names its company and its time',
    kind: 'interview', company: 'Pinecone Outfitters', title: 'Ecommerce Manager', at: '2026-03-19T15:00:00-04:00', durationMinutes: 45,
    people: [{ name: 'Grace Liu', role: 'VP of Digital' }, { name: 'Ben Carter', role: 'Talent Partner' }],
  },
  'synthetic-interview-eml-with-invite.eml': {
    why: 'an .eml carrying a GoodTime invite: the invite gives the time, the text gives the roles',
    kind: 'interview', company: 'Cobalt Bank', title: 'Risk Analyst', at: '2026-03-23T06:00:00-04:00', durationMinutes: 120,
    people: [
      { name: 'Oliver Grant', role: 'Head of Credit Risk', email: 'oliver.grant@cobaltbank.co.uk' },
      { name: 'Amara Okafor', role: 'Senior Risk Analyst', email: 'amara.okafor@cobaltbank.co.uk' },
    ],
  },
  'synthetic-google-calendar-invite.ics': {
    why: 'a Google Calendar invite: the candidate among the attendees is left out',
    kind: 'interview', company: 'Oakmont Labs', title: 'Product Manager', at: '2026-03-17T14:00:00-04:00', durationMinutes: 60,
    people: [
      { name: 'Riley Chen', role: 'Director of Product', email: 'riley.chen@oakmontlabs.com' },
      { name: 'Morgan Blake', role: 'Senior Product Manager', email: 'morgan.blake@oakmontlabs.com' },
    ],
  },
  'synthetic-goodtime-organizer.ics': {
    why: 'an invite organized by a scheduling system, in London time, candidate on gmail',
    kind: 'interview', company: 'Vireo Analytics', title: 'Machine Learning Engineer', at: '2026-04-01T10:00:00-04:00', durationMinutes: 45,
    people: [
      { name: 'Hannah Schultz', role: 'ML Lead', email: 'hannah.schultz@vireoanalytics.com' },
      { name: 'Tom Baker', role: 'Senior Machine Learning Engineer', email: 'tom.baker@vireoanalytics.com' },
    ],
  },
  'synthetic-outlook-invite-windows-zone.ics': {
    why: 'an Outlook invite with a Windows zone name and a meeting room attendee',
    kind: 'interview', company: 'Redwood Software', title: 'Solutions Architect', at: '2026-06-09T12:30:00-04:00', durationMinutes: 60,
    people: [
      { name: 'Priya Shah', role: 'Director, Solutions Engineering', email: 'priya.shah@redwoodsoftware.com' },
      { name: "Kevin O'Brien", email: 'kevin.obrien@redwoodsoftware.com' },
    ],
  },

  'synthetic-offer-letter.eml': { why: 'an offer that also proposes a call at a set time', kind: 'offer', company: 'Halcyon Robotics', title: 'Senior Software Engineer', people: [{ name: 'Dana Lee', role: 'Engineering Manager' }] },
  'synthetic-offer-verbal-ashby.eml': { why: '"thrilled to extend you an offer"', kind: 'offer', company: 'Lumen Health', title: 'Staff Data Scientist' },
  'synthetic-fr-promesse-embauche.txt': { why: 'a French offer ("promesse d\'embauche")', kind: 'offer', company: 'Maison Verdier', title: 'Chef de projet digital' },

  'synthetic-availability-request.txt': { why: 'asks for availability, offering two possible times', kind: 'response', company: 'Oakmont Labs', title: 'Product Manager', people: [{ name: 'Riley Chen', role: 'Director of Product' }] },
  'synthetic-calendly-link.eml': { why: 'a scheduling link', kind: 'response', company: 'Tidewater Energy', title: 'Field Operations Engineer', people: [{ name: 'Marcus Webb', role: 'Talent Acquisition Specialist' }] },
  'synthetic-hackerrank-assessment.eml': { why: 'an online assessment with a deadline', kind: 'response', company: 'Quillpoint', title: 'Backend Engineer' },
  'synthetic-fr-disponibilites.txt': { why: 'French: "vos disponibilités"', kind: 'response', company: 'Boréal Conseil', title: 'Consultant Data' },
  'synthetic-recruiter-reply-passed-on.txt': { why: 'a recruiter\'s personal reply with no decision', kind: 'response', company: 'Ferncrest', title: 'Senior Frontend Engineer', people: [{ name: 'Maya Patel', role: 'Senior Technical Recruiter' }] },
  'synthetic-interview-invite-no-time.eml': { why: 'an interview invitation without a fixed time (pick a slot)', kind: 'response', company: 'Pinecone Outfitters', title: 'Ecommerce Manager', people: [{ name: 'Ben Carter', email: 'ben.carter@pineconeoutfitters.com' }] },
  'synthetic-time-options.txt': { why: 'three interview times to choose from', kind: 'response', company: 'Lumen Health', title: 'Staff Data Scientist' },

  'synthetic-linkedin-job-alert-interview.eml': { why: 'a LinkedIn job alert whose listings say "Interview"', kind: 'none', company: null },
  'synthetic-indeed-job-alert.eml': { why: 'an Indeed alert that says "schedules an interview"', kind: 'none', company: null },
  'synthetic-newsletter-interview-tips.eml': { why: 'a newsletter about interviews', kind: 'none', company: null },
  'synthetic-account-verification.eml': { why: 'an ATS account e-mail', kind: 'none', company: 'Bluepeak Health' },
  'synthetic-recruiter-cold-outreach.txt': { why: 'recruiter marketing that says "Interviews are moving fast"', kind: 'none', company: 'Apex Staffing Partners' },
  'synthetic-fr-alerte-emploi.eml': { why: 'a French job alert mentioning "Entretien d\'embauche"', kind: 'none', company: null },
  'synthetic-workable-rejection-taking-further.txt': { why: 'a Workable rejection: "we won\'t be taking your application further", company with an ampersand', kind: 'rejection', company: 'Harbor & Pine', title: 'UX Researcher' },
  'synthetic-rejection-move-forward-with-candidates.txt': { why: '"move forward with candidates whose qualifications better meet our needs"', kind: 'rejection', company: 'Orbital Foods', title: 'Brand Manager' },
  'synthetic-workday-rejection.eml': { why: 'a Workday rejection signed by the company\'s talent team', kind: 'rejection', company: 'Acme Industries', title: 'Financial Analyst' },
  'synthetic-interview-schedule-lines.txt': {
    why: 'an interview schedule: a date line, then "11:00 AM - 12:00 PM EDT: Technical interview with …"',
    kind: 'interview', company: 'Greenleaf Bio', title: 'Lab Automation Engineer', at: '2026-04-02T11:00:00-04:00', durationMinutes: 60,
    people: [{ name: 'Raj Mehta', role: 'Automation Lead' }],
  },
  'synthetic-lever-interview-confirmed-pdt.txt': {
    why: 'a Lever confirmation, "Tue, Apr 7 at 1:30pm - 2:15pm (PDT)"',
    kind: 'interview', company: 'Summit Parcel', title: 'Logistics Planner', at: '2026-04-07T16:30:00-04:00', durationMinutes: 45,
    people: [{ name: 'Kevin Park', role: null }],
  },
  'synthetic-interview-reminder-tomorrow-late-evening.txt': {
    why: '"tomorrow at 1:30 PM (Pacific Time)" sent at 18:30 Pacific, already the next day in UTC; the company is not an interviewer, "Kevin Park, Operations Director, will call you" is',
    kind: 'interview', company: 'Summit Parcel', at: '2026-04-07T16:30:00-04:00', durationMinutes: null, people: [{ name: 'Kevin Park', role: 'Operations Director' }],
  },
  'synthetic-fr-accusons-reception.txt': { why: 'a French receipt: "Nous accusons réception de votre candidature"', kind: 'received', company: 'Groupe Marlin', title: 'Contrôleur de gestion' },
  // One time put as a question is the invitation: people who write these log them as the interview.
  'synthetic-phone-call-question.txt': { why: 'thanks for applying, then asks "Would you be available … on Thursday at 2pm ET?": one time put as a question', kind: 'interview', at: '2026-04-09T14:00:00-04:00', durationMinutes: 30, company: 'QuantaView', title: 'Backend Engineer', people: [{ name: 'Eli Brown', role: 'Engineering Manager', email: 'eli.brown@quantaview.com' }] },
  'synthetic-de-videointerview-zeit.txt': { why: 'German: an interview invitation that asks when the candidate has time', kind: 'response', company: 'Nordlicht Software' },
  'synthetic-reschedule-options.txt': { why: 'an interview moved, with two new times to choose from, opening with "Unfortunately"', kind: 'response', company: 'Greenleaf Bio' },
  'synthetic-offer-congratulations.txt': { why: '"Congratulations! We are excited to offer you the position"', kind: 'offer', company: 'Orbital Foods', title: 'Brand Manager', people: [{ name: 'Jessica Tan', role: 'Director of People' }] },
  'synthetic-glassdoor-jobs-for-you.txt': { why: 'a Glassdoor digest that mentions an interview process', kind: 'none', company: null },
  'synthetic-forwarded-greenhouse-rejection.txt': { why: 'a rejection forwarded from Gmail: the forwarded headers and body are the message', kind: 'rejection', company: 'Quillpoint', title: 'Analytics Engineer' },
  'synthetic-we-filled-the-position.txt': { why: '"we have now filled the position"', kind: 'rejection', company: 'Tidewater Energy', title: 'Reservoir Analyst' },
  'synthetic-fr-au-regret-flatchr.txt': { why: 'French: "Nous sommes au regret de vous informer"', kind: 'rejection', company: 'Banque Alizé', title: 'Analyste crédit' },
  'synthetic-interview-html-table.eml': {
    why: 'an HTML-only confirmation with the date and "(GMT-04:00) Eastern Time" in table cells',
    kind: 'interview', company: 'Ridgeline Media', title: 'Content Strategist', at: '2026-04-10T09:00:00-04:00', durationMinutes: 45,
    people: [{ name: 'Laura Chen', role: 'Editorial Director' }],
  },
  'synthetic-teams-meeting-details.txt': {
    why: 'Outlook\'s Teams block between underscore lines: "When: … 2:00 PM-3:00 PM. (UTC-05:00) Eastern Time" in April is EDT',
    kind: 'interview', company: 'Brightpathlearning', title: 'Data Engineer', at: '2026-04-15T14:00:00-04:00', durationMinutes: 60,
    people: [{ name: 'Carlos Mendes', email: 'carlos.mendes@brightpathlearning.org' }],
  },
  'synthetic-es-entrevista-madrid.txt': {
    why: 'Spanish: "el martes 14 de abril a las 10:00 (hora de Madrid)"',
    kind: 'interview', company: 'Sierra Azul', title: 'Analista de Datos', at: '2026-04-14T04:00:00-04:00', durationMinutes: 45,
    people: [{ name: 'Lucía Fernández', role: 'Responsable de Selección' }],
  },
  'synthetic-nl-uitnodiging-gesprek.txt': {
    why: 'Dutch: "donderdag 16 april om 14:00 uur" in Amsterdam, "met Pieter Jansen (Teamlead Data) en mij"',
    kind: 'interview', company: 'Tulpdata', title: 'Data Engineer', at: '2026-04-16T08:00:00-04:00', durationMinutes: null,
    people: [{ name: 'Pieter Jansen', role: 'Teamlead Data' }, { name: 'Sanne de Vries', role: 'Recruiter' }],
  },
  'synthetic-received-mentions-interview-week.txt': { why: 'a receipt that says interviews "will take place the week of May 4"', kind: 'received', company: 'Brightpath Learning', title: 'Instructional Designer' },
  'synthetic-still-reviewing-reply.txt': { why: 'a hiring manager\'s short reply: still reviewing', kind: 'response', company: 'Quantaview', people: [{ name: 'Eli Brown', email: 'eli.brown@quantaview.com' }] },
  'synthetic-linkedin-inmail-recruiter.txt': { why: 'a recruiter\'s InMail pitch through LinkedIn', kind: 'none', company: 'Ridgeline Media' },
  'synthetic-rejection-fill-the-position.txt': { why: '"decided to fill the position with a candidate whose experience more closely matches"', kind: 'rejection', company: 'Maple & Stone Architects', title: 'Junior Architect', people: [{ name: 'Olivia Stone', role: 'Partner' }] },
  'synthetic-unable-to-offer-position.txt': { why: '"we are unable to offer you a position at this time"', kind: 'rejection', company: 'Nordlicht Software', title: 'Data Scientist' },
  'synthetic-fr-ne-donnerons-pas-suite.txt': { why: 'French: "Nous ne donnerons cependant pas suite à votre candidature"', kind: 'rejection', company: 'Groupe Marlin', title: 'Contrôleur de gestion' },
  'synthetic-interview-bst-panel.txt': {
    why: '"Monday 20th April, 2:30pm BST" with a "Panel:" line',
    kind: 'interview', company: 'Vireo Analytics', at: '2026-04-20T09:30:00-04:00', durationMinutes: null,
    people: [{ name: 'Hannah Schultz', role: 'ML Lead' }, { name: 'Tom Baker', role: 'Senior ML Engineer' }],
  },
  'synthetic-confirmed-noon-pt.txt': {
    why: '"confirmed for Thursday at noon PT", "a one-hour conversation"',
    kind: 'interview', company: 'Redwood Software', title: 'Solutions Architect', at: '2026-04-16T15:00:00-04:00', durationMinutes: 60,
    people: [{ name: 'Mark Ellison' }],
  },
  'synthetic-greenhouse-all-set-cest.txt': { why: '"scheduled for April 21, 2026 at 3:00 PM CEST (45 minutes)"', kind: 'interview', company: 'Kranichwerk', title: 'Platform Engineer', at: '2026-04-21T09:00:00-04:00', durationMinutes: 45 },
  'synthetic-de-workday-bewerbung-erhalten.txt': { why: 'a German Workday receipt ("Wir haben Ihre Unterlagen erhalten")', kind: 'received', company: 'Nordlicht Software', title: 'Data Scientist' },
  'synthetic-nl-aanbod.txt': { why: 'Dutch: "We zijn blij je een aanbod te doen"', kind: 'offer', company: 'Tulpdata', title: 'Data Engineer' },
  'synthetic-hirevue-one-way-video.txt': { why: 'a one-way video interview to complete by a date: an assessment, not an appointment', kind: 'response', company: 'Cobalt Bank', title: 'Graduate Analyst' },
  'synthetic-indeed-complete-profile.txt': { why: 'Indeed marketing that mentions interviews', kind: 'none', company: null },
  'synthetic-greenhouse-received-next-steps.txt': { why: 'a receipt: "we\'ll reach out to you to discuss next steps"', kind: 'received', company: 'Zephyr Payments' },
  'synthetic-teamtailor-received.txt': { why: 'a Teamtailor receipt: "for the role Sales Development Representative at Kestrel"', kind: 'received', company: 'Kestrel', title: 'Sales Development Representative' },
  'synthetic-rejection-looking-for-someone.txt': { why: 'a rejection after an interview that compliments first: "we won\'t be continuing with your candidacy"', kind: 'rejection', company: 'Zephyr Payments', title: 'Account Executive', people: [{ name: 'Aaron Wells', role: 'Sales Director' }] },
  'synthetic-received-then-unfortunately.txt': { why: 'opens like a receipt, then "Unfortunately, we will not be moving forward"', kind: 'rejection', company: 'Zephyr Payments', title: 'Senior Product Manager' },
  'synthetic-calendly-confirmed.txt': { why: 'a Calendly confirmation: "10:00am (Central Time - US & Canada) on Friday, April 24, 2026", 30 min', kind: 'interview', company: null, at: '2026-04-24T11:00:00-04:00', durationMinutes: 30, people: [{ name: 'Marcus Webb' }] },
  'synthetic-fr-convocation-date-numerique.txt': {
    why: 'French: "le 04/05/2026 à 10h30" is the 4th of May, in Lyon',
    kind: 'interview', company: 'Banque Alizé', title: 'Analyste crédit', at: '2026-05-04T04:30:00-04:00', durationMinutes: null,
    people: [{ name: 'Camille Roux', role: 'Responsable des risques' }],
  },
  'synthetic-de-terminbestaetigung.txt': {
    why: 'German: "am 28.04.2026 um 14:00 Uhr" with no zone is read in the user\'s zone; the writer is among the interviewers',
    kind: 'interview', company: 'Nordlicht Software', at: '2026-04-28T14:00:00-04:00', durationMinutes: null,
    people: [{ name: 'Jan Richter', role: 'CTO' }, { name: 'Lena Fischer', role: 'HR Business Partner', email: 'lena.fischer@nordlicht-software.de' }],
  },
  'synthetic-offer-extend.txt': { why: '"the team would like to extend an offer"', kind: 'offer', company: 'Kestrel', title: 'Sales Development Representative' },
  'synthetic-still-interested.txt': { why: '"Are you still interested in the position?"', kind: 'response', company: 'Maplestone', title: 'Junior Architect' },
  'synthetic-linkedin-weekly-summary.txt': { why: 'LinkedIn\'s weekly profile-views summary', kind: 'none', company: null },
  'synthetic-talent-community-openings.txt': { why: 'an employer\'s own talent-community mailing of openings', kind: 'none', company: 'Bluepeak Health' },
  'synthetic-unfinished-application.txt': { why: 'an ATS nudge to finish an application', kind: 'none', company: 'Zephyr Payments' },
  'synthetic-interview-moved.txt': { why: 'an interview moved to a new fixed time, "9am-10am ET"', kind: 'interview', company: 'Greenleaf Bio', at: '2026-05-01T09:00:00-04:00', durationMinutes: 60 },
  'synthetic-see-you-at-office.txt': {
    why: '"See you at our office on Thursday, April 30 at 9:30am for your interview with me and David Maple (Principal)"',
    kind: 'interview', company: 'Maple & Stone Architects', title: 'Junior Architect', at: '2026-04-30T09:30:00-04:00', durationMinutes: null,
    people: [{ name: 'David Maple', role: 'Principal' }, { name: 'Olivia Stone', role: 'Partner', email: 'olivia@maplestone.com' }],
  },
  'synthetic-fr-deuxieme-entretien-heure-est.txt': {
    why: 'French: "mercredi 6 mai à 10h (heure de l\'Est)", "environ une heure"',
    kind: 'interview', company: 'Café Lumière', title: 'Analyste de données', at: '2026-05-06T10:00:00-04:00', durationMinutes: 60,
    people: [{ name: 'Sophie Gagné' }],
  },
  'synthetic-offer-unfortunately-salary.txt': { why: 'an improved offer that opens with "Unfortunately we aren\'t able to move on the base salary"', kind: 'offer', company: 'Halcyon Robotics' },
  'synthetic-html-rejection-after-take-home.eml': { why: 'an HTML rejection after a take-home exercise: "decided to pursue other applicants"', kind: 'rejection', company: 'Kestrel', title: 'Customer Success Manager' },
  'synthetic-onsite-dates-to-come.txt': { why: 'an onsite is coming but no date is set yet', kind: 'response', company: 'Tidewater Energy' },
  'synthetic-received-with-timestamp.txt': { why: 'a receipt that gives the time the application arrived and "look forward to speaking with you"', kind: 'received', company: 'Acme Robotics', title: 'Robotics Engineer' },
  'synthetic-workable-interview-london.txt': {
    why: '"Wed, May 6, 2026 at 11:00 AM (GMT+01:00) London" with an "Interviewers:" line',
    kind: 'interview', company: 'Harbor & Pine', title: 'Product Designer', at: '2026-05-06T06:00:00-04:00', durationMinutes: null,
    people: [{ name: 'Ella Price', role: 'Head of Design' }],
  },
  'synthetic-de-videointerview-mesz.txt': { why: 'German: "am Dienstag, den 12. Mai 2026, um 9:30 Uhr (MESZ) zu einem Videointerview"', kind: 'interview', company: 'Kranichwerk', at: '2026-05-12T03:30:00-04:00', durationMinutes: 45 },
  'synthetic-position-you-applied-for-filled.txt': { why: '"The position of Warehouse Supervisor you applied for has been filled"', kind: 'rejection', company: 'Sunfield Logistics', title: 'Warehouse Supervisor' },
  'synthetic-focus-on-closer-match.txt': { why: '"decided to focus on candidates whose skills are a closer match"', kind: 'rejection', company: 'Quillpoint', title: 'Platform Engineer' },
  'synthetic-fr-retour-apres-echange.txt': { why: 'French: a thank-you for the call and a promise to come back', kind: 'response', company: 'Banque Alizé', people: [{ name: 'Camille Roux', role: 'Responsable des risques' }] },
  'synthetic-take-home-exercise.txt': { why: 'a take-home exercise sent by the hiring manager', kind: 'response', company: 'Quantaview', title: 'Backend Engineer' },
  'synthetic-offer-its-official.txt': { why: '"Attached is your offer letter"', kind: 'offer', company: 'Lumen Health', title: 'Staff Data Scientist' },
  'synthetic-es-oferta.txt': { why: 'Spanish: "Nos complace ofrecerte el puesto"', kind: 'offer', company: 'Sierra Azul', title: 'Analista de Datos' },
  'synthetic-ziprecruiter-apply-nudge.txt': { why: 'ZipRecruiter: "a hiring manager wants you to apply"', kind: 'none', company: null },
  'synthetic-glassdoor-verify-email.txt': { why: 'an account verification', kind: 'none', company: null },
  'synthetic-lever-rejection-after-chat.txt': { why: '"move ahead with a candidate whose portfolio is more aligned"', kind: 'rejection', company: 'Brightwave', title: 'Product Designer' },
  'synthetic-final-round-range-et.txt': {
    why: '"Tuesday, May 19, 1:00–4:00 PM ET", three interviewers including the writer',
    kind: 'interview', company: 'Ferncrest', at: '2026-05-19T13:00:00-04:00', durationMinutes: 180,
    people: [{ name: 'Chris Young', role: 'VP Engineering' }, { name: 'Ana Lopez', role: 'Staff Engineer' }, { name: 'Maya Patel', role: 'Recruiter', email: 'maya.patel@ferncrest.io' }],
  },
  'synthetic-fr-seriez-vous-disponible.txt': { why: 'French: "Seriez-vous disponible pour un appel"', kind: 'response', company: 'Boréal Conseil', title: 'Consultant Data' },
  'synthetic-indeed-application-viewed.txt': { why: 'Indeed: the employer viewed the application (no word from the employer)', kind: 'none', company: 'Buckeye Mutual' },
  'synthetic-ashby-received-high-volume.txt': { why: 'an Ashby receipt: "we aren\'t able to respond to everyone individually"', kind: 'received', company: 'Kestrel', title: 'Solutions Engineer' },
  'synthetic-nl-recruitee-ontvangen.txt': { why: 'a Dutch Recruitee receipt', kind: 'received', company: 'Tulpdata', title: 'Data Engineer' },
  'synthetic-offer-of-employment-uk.txt': { why: '"delighted to confirm our offer of employment"', kind: 'offer', company: 'Cobalt Bank', title: 'Risk Analyst' },
  'synthetic-few-times-next-week.txt': { why: '"Could you send me a few times that work next week?"', kind: 'response', company: 'Redwood Software' },
  'synthetic-fr-outlook-invite-romance-zone.ics': {
    why: 'a French Outlook invite in "Romance Standard Time", with "Hugo Lefèvre (Directeur marketing) et moi-même"',
    kind: 'interview', company: 'Maison Verdier', title: 'Chef de projet digital', at: '2026-03-24T06:00:00-04:00', durationMinutes: 60,
    people: [{ name: 'Claire Dubois', email: 'claire.dubois@maisonverdier.fr' }, { name: 'Hugo Lefèvre', role: 'Directeur marketing', email: 'hugo.lefevre@maisonverdier.fr' }],
  },
  'synthetic-zoom-scheduler-floating-time.ics': {
    why: 'a Zoom Scheduler invite: floating time (the user\'s zone), DURATION instead of DTEND, candidate told apart by the title naming the employer',
    kind: 'interview', company: 'Tidewater Energy', title: 'Field Operations Engineer', at: '2026-03-12T16:00:00-04:00', durationMinutes: 30,
    people: [{ name: 'Marcus Webb', role: 'Talent Acquisition Specialist', email: 'marcus.webb@tidewater.energy' }],
  },

  // Written blind (before the reader's phrase lists were read) in the shapes real senders use, to measure the reader on
  // messages it was not tuned on; each was then checked by hand against what a careful reader takes from it.
  'synthetic-blind-workable-receipt.txt': { why: "a Workable receipt from noreply, the company only in the display name, subject and body, with \"unfortunately\" and \"if you are not selected\"", kind: 'received', company: "Umbrella Health" },
  'synthetic-blind-greenhouse-interview-confirm.txt': { why: "a Greenhouse confirmation: date and time on separate lines in Pacific Time, an \"Interviewers:\" list, signed by the coordinator", kind: 'interview', company: "Lumen Payments", at: '2026-03-19T16:00:00-04:00', durationMinutes: 60, people: [{ name: "Rachel Kim", role: "Director of Engineering" }, { name: "Tom Becker", role: "Principal Engineer" }] },
  'synthetic-blind-lever-rejection.txt': { why: "a Lever rejection that thanks warmly first", kind: 'rejection', company: "Oakridge Labs" },
  'synthetic-blind-recruiter-reply-nokeyword.txt': { why: "a recruiter's reply asking which afternoon suits, above the candidate's quoted mail", kind: 'response', company: "Brightlane" },
  'synthetic-blind-calendly-confirm.txt': { why: "a Calendly confirmation: \"Your event has been scheduled\", time before date, host \"Senior Recruiter at Fernway\"", kind: 'interview', company: "Fernway", at: '2026-03-16T11:30:00-04:00', durationMinutes: 30, people: [{ name: "Priya Nair", role: null }] },
  'synthetic-blind-hackerrank.txt': { why: "a HackerRank invitation sent for the employer (\"Quantix via HackerRank\")", kind: 'response', company: "Quantix" },
  'synthetic-blind-linkedin-jobalert.txt': { why: "a LinkedIn job alert that pitches interview preparation", kind: 'none', company: null },
  'synthetic-blind-offer.txt': { why: "an offer letter from the head of talent", kind: 'offer', company: "Corvid Systems" },
  'synthetic-blind-fr-entretien.txt': { why: "a French confirmation \"le mardi 24 mars à 10h30\" at a Paris office", kind: 'interview', company: "Groupe Alizée", at: '2026-03-24T05:30:00-04:00', durationMinutes: 60, people: [{ name: "Marc Lefèvre", role: "Directeur technique" }] },
  'synthetic-blind-fr-refus.txt': { why: "a French rejection that thanks first (\"nous avons le regret\")", kind: 'rejection', company: "Boréal Énergie" },
  'synthetic-blind-fr-accuse.txt': { why: "a Welcome to the Jungle receipt naming an interview only as a possibility", kind: 'received', company: "Maison Clément" },
  'synthetic-blind-workday-rejection.txt': { why: "a Workday rejection whose tenant address (harborfreight@) is shorter than the company's name", kind: 'rejection', company: "Harbor Freightways" },
  'synthetic-blind-ashby-scheduling-link.txt': { why: "an Ashby mail with a link to pick an interview time: a reply, not an interview yet", kind: 'response', company: "Nimbus" },
  'synthetic-blind-goodtime-confirm.txt': { why: "a GoodTime onsite schedule with one interviewer per slot", kind: 'interview', company: "Tessellate", at: '2026-04-01T10:00:00-04:00', durationMinutes: 120, people: [{ name: "Aaron Fields", role: "Staff Engineer" }, { name: "Lisa Chen", role: "Engineering Manager" }] },
  'synthetic-blind-indeed-message.txt': { why: "an employer's message relayed by Indeed asking for times", kind: 'response', company: "Pinecrest Dental" },
  'synthetic-blind-newsletter.txt': { why: "a careers newsletter about interview questions", kind: 'none', company: "The Muse" },
  'synthetic-blind-smartrecruiters-interview.txt': { why: "a SmartRecruiters invitation \"When: … 14:00 - 14:45 (CEST)\"", kind: 'interview', company: "Veridian Foods", at: '2026-04-02T08:00:00-04:00', durationMinutes: 45, people: [{ name: "Anke de Vries", role: "Head of Planning" }] },
  'synthetic-blind-de-einladung.txt': { why: "a German invitation \"am Dienstag, den 7. April 2026 um 15:00 Uhr\"; \"Am Gespräch nehmen Thomas Weber und ich teil\"", kind: 'interview', company: "Nordlicht Software", timeZone: 'Europe/Berlin', at: '2026-04-07T15:00:00+02:00', durationMinutes: null, people: [{ name: "Thomas Weber", role: "Teamleiter Frontend" }, { name: "Laura Schmidt", role: "HR Business Partner" }] },
  'synthetic-blind-es-entrevista.txt': { why: "a Spanish confirmation \"a las 11:00 (hora de Madrid)\"", kind: 'interview', company: "Solaris Tech", at: '2026-04-09T05:00:00-04:00', durationMinutes: null, people: [{ name: "Javier Ruiz", role: "responsable del equipo de datos" }] },
  'synthetic-blind-nl-ontvangst.txt': { why: "a Dutch receipt through Recruitee", kind: 'received', company: "Polderwerk" },
  'synthetic-blind-icims-rejection-warm.txt': { why: "an iCIMS rejection after interviews, warm first", kind: 'rejection', company: "Sterling Mutual" },
  'synthetic-blind-recruiter-outreach.txt': { why: "an agency recruiter's pitch mentioning the interview process", kind: 'none', company: "TalentBridge Staffing" },
  'synthetic-blind-codility.txt': { why: "a Codility test invitation on the employer's behalf", kind: 'response', company: "Brightforge" },
  'synthetic-blind-linkedin-rejection.txt': { why: "a rejection LinkedIn relays for the employer, job ads under it", kind: 'rejection', company: "Pebblestone" },
  'synthetic-blind-reschedule-reply-nokw.txt': { why: "a reply proposing one time as a question (\"Does Friday at 2pm ET work for you?\")", kind: 'response', company: "Kestrel" },
  'synthetic-blind-modernloop-confirm.txt': { why: "a ModernLoop confirmation in CDT with a meeting list", kind: 'interview', company: "Ridgeback Security", at: '2026-04-14T10:30:00-04:00', durationMinutes: 45, people: [{ name: "Owen Patel", role: "Security Engineering Lead" }, { name: "Grace Ho", role: "Senior Security Engineer" }] },
  'synthetic-blind-fr-linkedin-alert.txt': { why: "a French LinkedIn alert mentioning \"entretien\"", kind: 'none', company: "LinkedIn Premium" },
  'synthetic-blind-fr-dispos.txt': { why: "a French recruiter asking for availability", kind: 'response', company: "Cartesia" },
  'synthetic-blind-de-absage.txt': { why: "a German rejection without \"leider\" (\"für andere Kandidatinnen und Kandidaten entschieden\")", kind: 'rejection', company: "Bergmann Logistik" },
  'synthetic-blind-es-rechazo.txt': { why: "a Spanish rejection (\"continuar con otros perfiles\")", kind: 'rejection', company: "Marea Digital" },
  'synthetic-blind-nl-uitnodiging.txt': { why: "a Dutch invitation \"om 13:30 uur\", \"gevoerd door Pieter Bakker (CTO) en mij\"", kind: 'interview', company: "Dijkstra IT", timeZone: 'Europe/Amsterdam', at: '2026-04-20T13:30:00+02:00', durationMinutes: 60, people: [{ name: "Pieter Bakker", role: "CTO" }, { name: "Sanne Jansen", role: "Recruiter" }] },
  'synthetic-blind-account.txt': { why: "a Greenhouse password reset", kind: 'none', company: null },
  'synthetic-blind-offer-fr.txt': { why: "a French offer (\"promesse d'embauche\")", kind: 'offer', company: "Lumière Studio" },
  'synthetic-blind-received-unfortunately-indeed.txt': { why: "an Indeed Apply receipt that says \"unfortunately\"", kind: 'received', company: "Cascade Supply" },
  'synthetic-blind-gcal-invite.ics': { why: "a Google Calendar invite organized by the recruiter (\"I'm your recruiter, Hannah\"): she is no interviewer to thank", kind: 'interview', company: "Quarry", at: '2026-04-22T17:00:00-04:00', durationMinutes: 60, people: [{ name: "Victor Lam", role: "Engineering Manager" }, { name: "Nora Feld", role: "Senior Engineer" }] },
  'synthetic-blind-workable-subject-only.txt': { why: "a Workable receipt from the generic Workable address: the company only in the subject and footer", kind: 'received', company: "Brightpath Learning" },
  'synthetic-blind-gcal-invite-email.txt': { why: "a Google Calendar invitation mail: \"Who:\" list whose organizer is the recruiter", kind: 'interview', company: "Quarry", at: '2026-05-12T14:30:00-04:00', durationMinutes: 45, people: [{ name: "Victor Lam", role: null }] },
  'synthetic-blind-reply-sure-thing.txt': { why: "an interviewer answering a thank-you, no keyword", kind: 'response', company: "Quarry" },
  'synthetic-blind-interview-tomorrow.txt': { why: "\"we're chatting tomorrow at 10am PT\" sent the evening before, signed \"Founder, Pinecone Outfitters\"", kind: 'interview', company: "Pinecone Outfitters", at: '2026-05-12T13:00:00-04:00', durationMinutes: 30, people: [{ name: "Sam Ortiz", role: "Founder" }] },
  'synthetic-blind-lever-interview-3-30.txt': { why: "a Lever phone screen \"booked for Wednesday, May 13 from 3:30pm to 4:15pm ET\"; \"Ben Alvarez … will call you\"", kind: 'interview', company: "Glasswing", at: '2026-05-13T15:30:00-04:00', durationMinutes: 45, people: [{ name: "Ben Alvarez", role: null }] },
  'synthetic-blind-fr-indeed-refus.txt': { why: "a French rejection relayed by Indeed (\"n'a pas été retenu\")", kind: 'rejection', company: "Transports Vallier" },
  'synthetic-blind-fr-entretien-14h.txt': { why: "\"je vous propose de nous retrouver jeudi 21 mai à 14 h 30\" with a lead developer", kind: 'interview', company: "Pixelforge", timeZone: 'Europe/Paris', at: '2026-05-21T14:30:00+02:00', durationMinutes: 60, people: [{ name: "Antoine Roux", role: "lead développeur" }] },
  'synthetic-blind-fr-recu-hellowork.txt': { why: "a HelloWork receipt: \"envoyée à Clinique Saint-Roch\", \"malheureusement pas de réponse\"", kind: 'received', company: "Clinique Saint-Roch" },
  'synthetic-blind-de-stepstone-eingang.txt': { why: "a German receipt through StepStone (\"über StepStone\")", kind: 'received', company: "Hanse Versicherung" },
  'synthetic-blind-de-termin.txt': { why: "\"bestätige ich Ihnen hiermit unseren Termin am Mittwoch, 20.05.2026, um 10:00 Uhr\" with \"unserer CTO Julia Hartmann und mir\"", kind: 'interview', company: "Alpenblick Tech", timeZone: 'Europe/Berlin', at: '2026-05-20T10:00:00+02:00', durationMinutes: null, people: [{ name: "Julia Hartmann", role: "CTO" }, { name: "Markus Vogel", role: "Head of Engineering" }] },
  'synthetic-blind-es-infojobs-descartado.txt': { why: "an InfoJobs update: \"ha decidido no continuar\", with job ads", kind: 'rejection', company: "Grupo Levante" },
  'synthetic-blind-es-entrevista-16h.txt': { why: "\"te esperamos el martes 26 de mayo a las 16:30 h\" with the CTO", kind: 'interview', company: "NubeVerde", timeZone: 'Europe/Madrid', at: '2026-05-26T16:30:00+02:00', durationMinutes: 45, people: [{ name: "Diego Martín", role: "CTO" }] },
  'synthetic-blind-nl-afwijzing-warm.txt': { why: "a warm Dutch rejection after an interview (\"een andere kandidaat\")", kind: 'rejection', company: "Zeeland Bank" },
  'synthetic-blind-nl-gesprek-10uur.txt': { why: "\"we zien je op dinsdag 26 mei om 10.00 uur\", \"je spreekt met mij en met Fleur Visser\"", kind: 'interview', company: "Kanaalsoft", timeZone: 'Europe/Amsterdam', at: '2026-05-26T10:00:00+02:00', durationMinutes: null, people: [{ name: "Fleur Visser", role: "Product Lead" }, { name: "Daan de Boer", role: "Engineering Manager" }] },
  'synthetic-blind-alert-indeed-interview.txt': { why: "an Indeed alert: \"Interviewing now\"", kind: 'none', company: null },
  'synthetic-blind-glassdoor-newsletter.txt': { why: "Glassdoor asking to review an interview", kind: 'none', company: "Acme" },
  'synthetic-blind-offer-verbal.txt': { why: "an offer in plain words (\"the team wants you to join\")", kind: 'offer', company: "Fernway" },
  'synthetic-blind-smartrecruiters-receipt.txt': { why: "a SmartRecruiters receipt: \"consider your application unsuccessful\" if no news", kind: 'received', company: "Altura Hotels" },
  'synthetic-blind-greenhouse-rejection-no-keyword.txt': { why: "a Greenhouse rejection: \"decided not to advance your candidacy\"", kind: 'rejection', company: "Mosaic Health" },
  'synthetic-blind-ashby-take-home.txt': { why: "a take-home exercise from Ashby", kind: 'response', company: "Driftwood" },
  'synthetic-blind-linkedin-inmail-reply.txt': { why: "a recruiter's LinkedIn message about the candidate's own application, asking availability", kind: 'response', company: "Cobaltline" },
  'synthetic-blind-reschedule-confirm.txt': { why: "a GoodTime reschedule: \"moved to Thursday, June 4, 2026 at 1:00 PM - 2:00 PM CDT\"", kind: 'interview', company: "Tessellate", at: '2026-06-04T14:00:00-04:00', durationMinutes: 60, people: [{ name: "Lisa Chen", role: "Engineering Manager" }] },
  'synthetic-blind-bamboohr-receipt.txt': { why: "a BambooHR receipt from \"Cedar & Pine Co.\"", kind: 'received', company: "Cedar & Pine" },
  'synthetic-blind-position-closed.txt': { why: "\"the position is no longer available\": a rejection", kind: 'rejection', company: "Halverson" },
  'synthetic-blind-interview-noon-mountain.txt': { why: "\"this Friday, June 5 at noon Mountain Time\", a receipt-like thank-you first; \"our Executive Director, Carl Jensen, and me\"", kind: 'interview', company: "Summit Ridge Foundation", at: '2026-06-05T14:00:00-04:00', durationMinutes: null, people: [{ name: "Carl Jensen", role: null }, { name: "Ruth Alder", role: "Operations Director" }] },
  'synthetic-blind-codesignal.txt': { why: "a CodeSignal assessment: \"Rivermark invited you\"", kind: 'response', company: "Rivermark" },
  'synthetic-blind-fr-relance-reponse.txt': { why: "a French reply to a follow-up, no keyword", kind: 'response', company: "Atelier Nord" },
  'synthetic-blind-de-absage-nach-gespraech.txt': { why: "a German rejection after an interview (\"für eine andere Kandidatin entschieden\")", kind: 'rejection', company: "Elbwerk" },
  'synthetic-blind-es-oferta.txt': { why: "a Spanish offer (\"carta oferta\")", kind: 'offer', company: "Acuarela" },
  'synthetic-blind-workday-receipt-unfortunately.txt': { why: "a Workday receipt with \"unfortunately\"", kind: 'received', company: "Northline Rail" },
  'synthetic-blind-calendly-invite-ics.ics': { why: "a Calendly .ics with the host as organizer and only guest: she is the interviewer", kind: 'interview', company: "Nimbus", at: '2026-06-16T11:00:00-04:00', durationMinutes: 30, people: [{ name: "Maria Alvarez", role: null }] },
  'synthetic-blind-outlook-invite-two-interviewers.ics': { why: "an Outlook invite from a recruiting mailbox with a two-person panel", kind: 'interview', company: "Kelp Systems", at: '2026-06-17T13:00:00-04:00', durationMinutes: 90, people: [{ name: "Mei Tanaka", role: "Staff Data Engineer" }, { name: "Luis Romero", role: "Engineering Manager" }] },
  'synthetic-blind-received-interview-word.txt': { why: "a receipt: \"if you are selected for an interview\", \"unfortunately … other applicants\" conditionally", kind: 'received', company: "Orion Freight" },
  'synthetic-blind-recruiter-reply-ok.txt': { why: "a two-line recruiter reply", kind: 'response', company: "Brightlane" },
  'synthetic-blind-goodtime-booking-link.txt': { why: "an invitation to book a 30-minute interview through a GoodTime link: a reply, no time yet", kind: 'response', company: "Fenwick Analytics" },
  'synthetic-blind-time-agreed-invite-sent.txt': { why: "\"Thursday 3/12 at 11:00am PT works great. I've sent a calendar invite … with me and Jessica Tran\"", kind: 'interview', company: "Tiderock", at: '2026-03-12T14:00:00-04:00', durationMinutes: 45, people: [{ name: "Jessica Tran", role: "Head of Design" }, { name: "Omar Haddad", role: "Recruiting Manager" }] },
  'synthetic-blind-jazzhr-rejection.txt': { why: "a JazzHR rejection from the employer's display name", kind: 'rejection', company: "Saltmarsh Brewing" },
  'synthetic-blind-fr-confirmation-rendez-vous.txt': { why: "\"je vous confirme notre rendez-vous le lundi 16 mars à 9h30\"", kind: 'interview', company: "Vertigo Games", timeZone: 'Europe/Paris', at: '2026-03-16T09:30:00+01:00', durationMinutes: null, people: [{ name: "Hugo Blanc", role: "directeur artistique" }] },
  'synthetic-blind-indeed-alert-interviews-via-phone.txt': { why: "an Indeed alert saying \"Interviews via phone\"", kind: 'none', company: null },
  'synthetic-blind-de-eingang-leider-geduld.txt': { why: "a German receipt with \"leider\" about the wait", kind: 'received', company: "Kranwerk" },
  'synthetic-blind-de-zusage-stelle-anbieten.txt': { why: "a German offer: \"die Stelle … anbieten möchten\"", kind: 'offer', company: "Kranwerk" },
  'synthetic-blind-hiring-paused.txt': { why: "hiring paused: \"won't be moving forward with any candidates\"", kind: 'rejection', company: "Loomly" },
  'synthetic-blind-es-llamada-rapida.txt': { why: "a Spanish recruiter asking which day suits for a call", kind: 'response', company: "Tramontana" },
  'synthetic-blind-nl-bevestiging-gesprek.txt': { why: "\"Hierbij bevestig ik ons gesprek op woensdag 18 maart om 14:00 uur\"", kind: 'interview', company: "Gracht Labs", timeZone: 'Europe/Amsterdam', at: '2026-03-18T14:00:00+01:00', durationMinutes: null, people: [{ name: "Eva Mulder", role: "Tech Lead" }] },
  'synthetic-blind-received-only-selected-unfortunately.txt': { why: "a receipt: \"only candidates selected for an interview will be contacted. Unfortunately…\"", kind: 'received', company: "Brightline" },
  'synthetic-blind-onsite-schedule-all-times-eastern.txt': { why: "an onsite schedule, \"all times Eastern\", one interviewer per slot, from the coordinator", kind: 'interview', company: "NimblePay", at: '2026-03-24T09:30:00-04:00', durationMinutes: 120, people: [{ name: "Raj Patel", role: null }, { name: "Emily Stone", role: null }, { name: "Noah Kim", role: null }] },
  'synthetic-blind-linkedin-application-sent.txt': { why: "LinkedIn: \"your application was sent to Brookfield Media\"", kind: 'received', company: "Brookfield Media" },
  'synthetic-blind-offer-to-another-candidate.txt': { why: "\"decided to extend an offer to another candidate\": a rejection", kind: 'rejection', company: "Kitehill" },
  'synthetic-blind-gcal-invite-manager-organizer.ics': { why: "a Google invite organized by the engineering manager, who interviews with a colleague", kind: 'interview', company: "Fjordtech", at: '2026-03-26T14:30:00-04:00', durationMinutes: 60, people: [{ name: "Oscar Lind", role: null }, { name: "Ingrid Berg", role: null }] },
  'synthetic-blind-teamtailor-received.txt': { why: "a Teamtailor receipt: \"We got your application!\", \"Thanks a lot for your interest in joining\"", kind: 'received', company: "Norrsken Studio" },
  'synthetic-blind-recruiter-phone-screen.txt': { why: "\"I've put us down for Monday, March 9th, 2:00-2:30pm Central\" with \"Karen Wu, our Director of Finance\"", kind: 'interview', company: "Ironbark", at: '2026-03-09T15:00:00-04:00', durationMinutes: 30, people: [{ name: "Karen Wu", role: "Director of Finance" }] },
  'synthetic-blind-no-longer-considered.txt': { why: "\"no longer under consideration\": a rejection", kind: 'rejection', company: "Meridian Bank" },
  'synthetic-blind-fr-entretien-visio.txt': { why: "\"un entretien en visio le mercredi 11 mars de 16h à 17h\": one time, not two", kind: 'interview', company: "Ondine", timeZone: 'Europe/Paris', at: '2026-03-11T16:00:00+01:00', durationMinutes: 60, people: [{ name: "Paul Girard", role: "Head of Product" }] },
  'synthetic-blind-es-recibida-workable.txt': { why: "a Spanish Workable receipt from the employer's display name", kind: 'received', company: "Cerámica Alba" },
  'synthetic-blind-assessment-hirevue.txt': { why: "a HireVue recorded video interview with a deadline: a reply, not an appointment", kind: 'response', company: "Pelican Insurance" },
  'synthetic-blind-thanks-for-interviewing-rejection.txt': { why: "a personal rejection: \"move ahead with someone whose background is closer\"", kind: 'rejection', company: "Blue Canyon" },
  'synthetic-blind-de-interview-einladung-teams.txt': { why: "a Personio invitation: \"Sonnenfeld Energie lädt Sie … ein\", signed by the company, \"Teilnehmer:\" with roles", kind: 'interview', company: "Sonnenfeld Energie", timeZone: 'Europe/Berlin', at: '2026-03-19T11:00:00+01:00', durationMinutes: 60, people: [{ name: "Katrin Lang", role: "Leiterin IT" }, { name: "Felix Braun", role: "Senior Developer" }] },
  'synthetic-blind-offer-congrats.txt': { why: "an offer: \"we'd love for you to join … offer details\"", kind: 'offer', company: "Harborview" },
  'synthetic-blind-job-newsletter-fr.txt': { why: "a French newsletter about job interviews", kind: 'none', company: null },
  'synthetic-blind-reply-thanks-received.txt': { why: "a recruiter's reply to a follow-up, no keyword", kind: 'response', company: "Quarry" },
  'synthetic-blind-confirmed-for-at.txt': { why: "an Ashby confirmation in GMT with an \"Interviewers\" heading without a colon and \"·\" between name and role", kind: 'interview', company: "Lattice Works", at: '2026-03-17T12:00:00-04:00', durationMinutes: 60, people: [{ name: "Chloe Martin", role: "Design Director" }, { name: "Sven Olsen", role: "Principal Designer" }] },
  'synthetic-blind-smartrecruiters-reject.txt': { why: "a SmartRecruiters rejection: \"regret that we are unable to offer you a position\"", kind: 'rejection', company: "Evergreen Clinics" },
  'synthetic-blind-zoom-invite-text.txt': { why: "\"Looking forward to our conversation on Thursday, March 19 at 2:00 PM ET\"; \"Our Nursing Director, Kim Nguyen, will join us\"", kind: 'interview', company: "Clearwater Health", at: '2026-03-19T14:00:00-04:00', durationMinutes: null, people: [{ name: "Kim Nguyen", role: "Nursing Director" }, { name: "Rosa Diaz", role: "HR Generalist" }] },
  'synthetic-blind-received-lever.txt': { why: "a Lever receipt: \"delighted\", \"if you are not selected\"", kind: 'received', company: "Arcadia Robotics" },
  'synthetic-blind-fr-refus-apres-entretien.txt': { why: "a French rejection after an interview: \"retenir une autre candidature\"", kind: 'rejection', company: "Maison Orfeo" },
  'synthetic-blind-de-termin-vorschlag.txt': { why: "two German time proposals as a question: a reply; the domain writes ü as ue", kind: 'response', company: "Brückenbau" },
  'synthetic-blind-es-alert.txt': { why: "a Spanish InfoJobs alert saying \"Entrevistas esta semana\"", kind: 'none', company: null },
  'synthetic-blind-offer-nl.txt': { why: "a Dutch offer: \"een aanbod willen doen\"", kind: 'offer', company: "Duinzicht" },
  'synthetic-blind-interview-reminder-ashby.txt': { why: "an Ashby reminder \"tomorrow, Wednesday March 25, 10:00 – 11:00 AM PDT\": the weekday is no interviewer", kind: 'interview', company: "Quillstone", at: '2026-03-25T13:00:00-04:00', durationMinutes: 60, people: [{ name: "Marcus Lee", role: "Software Engineer" }] },
  'synthetic-blind-reply-nokeyword-2.txt': { why: "a hiring manager's reply about headcount, no keyword", kind: 'response', company: "Loopline" },
  'synthetic-blind-icims-received.txt': { why: "an iCIMS confirmation from careers-<tenant>@icims.com", kind: 'received', company: "Stonebridge Partners" },
};

describe('reading the synthetic messages', () => {
  it('has an expectation for every example file, and there are at least 40', () => {
    const files = readdirSync(MESSAGES).filter((name) => name.startsWith('synthetic-'));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${expected.kind}: ${expected.why} (${file})`, async () => {
      const read = await readExample(file, { timeZone: expected.timeZone });
      expect(read.kind).toBe(expected.kind);
      expect(read.company).toBe(expected.company);
      if (expected.title !== undefined) expect(read.title).toBe(expected.title);
      if (expected.kind === 'interview') {
        expect(read.at).toBe(expected.at);
        expect(read.durationMinutes).toBe(expected.durationMinutes);
      } else {
        expect(read.at).toBeNull();
        expect(read.durationMinutes).toBeNull();
      }
      if (expected.people) {
        expect(read.people.map((person) => person.name)).toEqual(expected.people.map((person) => person.name));
        expected.people.forEach((person, index) => {
          if (person.role !== undefined) expect(read.people[index].role).toBe(person.role);
          if (person.email !== undefined) expect(read.people[index].email).toBe(person.email);
        });
      }
      if (expected.kind === 'none') expect(read.people).toEqual([]);
    });
  }
});
