import type { Application, Contact, ContactRole, EventType } from '../model/application';
import type { MessageKind, MessagePerson, ReadMessage } from './index';
import { matchApplications, normaliseCompany } from './match';

/** What a message can log; `none` (alerts, newsletters, account mail) never proposes anything. */
export type LogKind = Exclude<MessageKind, 'none'>;
export const LOG_KINDS: readonly LogKind[] = ['rejection', 'interview', 'received', 'offer', 'response'];

/** The timeline event each kind becomes; the stage and the prompts follow from it. */
export const EVENT_OF_KIND: Record<LogKind, EventType> = {
  rejection: 'rejected',
  interview: 'interview',
  received: 'applied',
  offer: 'offer',
  response: 'response',
};

export const KIND_LABELS: Record<LogKind, string> = {
  rejection: 'Rejection',
  interview: 'Interview',
  received: 'Application received',
  offer: 'Offer',
  response: 'They wrote back',
};

export interface ProposedPerson {
  name: string;
  email: string;
  /** Their job as the message gives it ("Engineering Manager"); kept in the contact's notes. */
  jobTitle: string;
  role: ContactRole;
  /** An existing contact this is (same address, or same name at this application); null adds a new one. */
  contactId: string | null;
  /** Unticked people are left out of the log. */
  include: boolean;
}

export interface Proposal {
  kind: LogKind;
  /** The tracked application it is logged on; null creates `newApplication` first. */
  applicationId: string | null;
  /** Every tracked application the message could be about, best first. */
  candidateIds: string[];
  /** What a new application would be called (the message's company and role). */
  newApplication: { company: string; title: string };
  /** ISO instant: the interview's start, or when it happened. */
  at: string;
  /** Logged for an interview only. */
  durationMinutes: number | null;
  people: ProposedPerson[];
}

export interface ProposeContext {
  applications: readonly Application[];
  contacts: readonly Contact[];
  now: Date;
  interviewLengthMinutes: number;
  /** The message's text, which helps find the employer in a mail an ATS sent. */
  text?: string | null;
  /** The user's own name (Settings): an invite lists its candidate among the attendees. */
  selfName?: string | null;
  /** The application the user started from (its page's "Log from an email"): it wins when it matches at all. */
  preferApplicationId?: string | null;
}

/** Ajar's proposal for one message, or null when there is nothing to log (a job alert, a newsletter). */
export function proposeFromMessage(message: ReadMessage, context: ProposeContext): Proposal | null {
  if (message.kind === 'none') return null;
  const kind = message.kind;
  const candidates = matchApplications(message, context.applications, { text: context.text }).map((candidate) => candidate.application);
  const preferred = candidates.find((application) => application.id === context.preferApplicationId)
    ?? (candidates.length === 0 ? context.applications.find((application) => application.id === context.preferApplicationId) : undefined);
  const ordered = preferred ? [preferred, ...candidates.filter((application) => application.id !== preferred.id)] : candidates;
  const chosen = ordered[0] ?? null;
  const at = kind === 'interview' && message.at && !Number.isNaN(Date.parse(message.at)) ? new Date(message.at).toISOString() : whenSent(message, context.now);
  return {
    kind,
    applicationId: chosen?.id ?? null,
    candidateIds: ordered.map((application) => application.id),
    newApplication: { company: message.company?.trim() || chosen?.company || '', title: message.title?.trim() || chosen?.title || '' },
    at,
    // Kept for every kind: the user may turn a reply that names a time into the interview it is.
    durationMinutes: message.durationMinutes ?? context.interviewLengthMinutes,
    people: proposedPeople(message.people, kind, chosen?.id ?? null, context.contacts, context.selfName ?? null),
  };
}

/**
 * A rejection or reply happened when it was sent, not when the user got round to logging it; a message
 * with no date, or one dated in the future by a sender's wrong clock, is dated now.
 */
function whenSent(message: ReadMessage, now: Date): string {
  const sent = message.sentAt ? Date.parse(message.sentAt) : Number.NaN;
  return Number.isNaN(sent) || sent > now.getTime() ? now.toISOString() : new Date(sent).toISOString();
}

// Mailboxes and team names, not people one could thank or ask for feedback.
const NOT_A_PERSON = /\b(?:no-?reply|do-?not-?reply|notifications?|team|careers|jobs|recruiting|talent acquisition|hiring|hr|people ops|support|info|calendar|the)\b/i;

const UNATTENDED_MAILBOX = /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|mailer-daemon|bounces?|jobs-noreply|jobalerts-noreply|invitations?|calendar-notification)[^@]*@/i;

function proposedPeople(people: readonly MessagePerson[], kind: LogKind, applicationId: string | null, contacts: readonly Contact[], selfName: string | null): ProposedPerson[] {
  const seen = new Set<string>();
  const self = selfName ? foldName(selfName) : '';
  const result: ProposedPerson[] = [];
  for (const person of people) {
    const name = person.name.trim();
    if (!name || NOT_A_PERSON.test(name) || /@/.test(name) || (self && foldName(name) === self)) continue;
    // An unattended mailbox signs with the company's name ("Umbrella Health <noreply@…>"): nobody to write back to.
    if (person.email && UNATTENDED_MAILBOX.test(person.email)) continue;
    const key = (person.email ?? name).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const role = roleFromTitle(person.role, kind);
    result.push({
      name,
      email: person.email?.trim() ?? '',
      jobTitle: person.role?.trim() ?? '',
      role,
      contactId: existingContactFor({ name, email: person.email }, applicationId, contacts)?.id ?? null,
      include: true,
    });
  }
  return result;
}

/** A job title as the message gives it, folded into one of Ajar's contact roles. */
export function roleFromTitle(title: string | null | undefined, kind: LogKind): ContactRole {
  const text = (title ?? '').toLowerCase();
  if (/recruit|talent|sourc|people partner|\bhr\b|human resources|coordinator|recrut|personal/.test(text)) return 'recruiter';
  if (kind === 'interview') return 'interviewer';
  if (/manager|head of|director|lead\b|\bvp\b|chief|founder|\bcto\b|\bceo\b|responsable|directeur|directrice/.test(text)) return 'hiring-manager';
  // Whoever writes a rejection, a reply or an offer is, most of the time, the recruiter.
  return 'recruiter';
}

/** The contact a person from a message already is: the same address anywhere, or the same name on this application. */
export function existingContactFor(person: { name: string; email?: string | null }, applicationId: string | null, contacts: readonly Contact[]): Contact | null {
  const email = person.email?.trim().toLowerCase();
  if (email) {
    const byEmail = contacts.find((contact) => contact.email?.trim().toLowerCase() === email);
    if (byEmail) return byEmail;
  }
  const name = foldName(person.name);
  if (!name) return null;
  const sameName = contacts.filter((contact) => foldName(contact.name) === name);
  // A name alone is enough only where it cannot be someone else: at this application, or with no address that disagrees.
  return sameName.find((contact) => applicationId && contact.applicationIds.includes(applicationId))
    ?? sameName.find((contact) => !email || !contact.email)
    ?? null;
}

function foldName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Contacts a person from a message could be, for the card's "same person as…" choice: the one already
 * linked, the same address or name, then people at the same email domain or on the same application.
 */
export function contactSuggestions(person: { name: string; email: string; contactId: string | null }, applicationId: string | null, contacts: readonly Contact[], limit = 8): Contact[] {
  const name = foldName(person.name);
  const email = person.email.trim().toLowerCase();
  const domain = email.includes('@') ? email.split('@')[1] : '';
  const rank = (contact: Contact): number => {
    if (contact.id === person.contactId) return 0;
    const theirs = contact.email?.trim().toLowerCase() ?? '';
    if (email && theirs === email) return 1;
    if (name && foldName(contact.name) === name) return 2;
    if (domain && theirs.endsWith(`@${domain}`)) return 3;
    if (applicationId && contact.applicationIds.includes(applicationId)) return 4;
    return 5;
  };
  return contacts.map((contact) => ({ contact, rank: rank(contact) })).filter((entry) => entry.rank < 5)
    .sort((a, b) => a.rank - b.rank || a.contact.name.localeCompare(b.contact.name)).slice(0, limit).map((entry) => entry.contact);
}

/** Re-links people to existing contacts after the user chose another application. */
export function relinkPeople(people: readonly ProposedPerson[], applicationId: string | null, contacts: readonly Contact[]): ProposedPerson[] {
  return people.map((person) => ({ ...person, contactId: existingContactFor(person, applicationId, contacts)?.id ?? null }));
}

/**
 * A sentence when logging would repeat what the timeline already says (a receipt for an application
 * already past "saved"); the card says so instead of offering to log it again.
 */
export function alreadyLogged(proposal: Proposal, application: Application | null): string | null {
  if (!application) return null;
  if (proposal.kind === 'received' && application.stage !== 'saved') return `${application.company} already shows as applied. Nothing new to log.`;
  return null;
}

export interface SummaryOptions {
  timeZone: string;
  /** The date's language; the browser's by default. */
  locale?: string;
}

/**
 * The one line the card leads with: "Rejected — Acme, Engineer", "Interview — Tue 3 Dec, 14:00–15:00,
 * with Dana Lee (Engineering Manager) and Sam Ortiz", "Acme wrote back".
 */
export function proposalSummary(proposal: Proposal, application: { company: string; title: string } | null, options: SummaryOptions): string {
  const company = application?.company || proposal.newApplication.company || 'The employer';
  const title = application?.title || proposal.newApplication.title;
  const job = title ? `${company}, ${title}` : company;
  switch (proposal.kind) {
    case 'rejection':
      return `Rejected — ${job}`;
    case 'received':
      return `Applied — ${job}`;
    case 'offer':
      return `Offer — ${job}`;
    case 'response':
      return `${company} wrote back`;
    default: {
      const people = proposal.people.filter((person) => person.include && person.name.trim());
      const who = people.length > 0 ? `, with ${listOf(people.map((person) => (person.jobTitle.trim() ? `${person.name.trim()} (${person.jobTitle.trim()})` : person.name.trim())))}` : '';
      return `Interview — ${interviewWhen(proposal, options)}${who}`;
    }
  }
}

function interviewWhen(proposal: Proposal, { timeZone, locale }: SummaryOptions): string {
  const start = new Date(proposal.at);
  if (Number.isNaN(start.getTime())) return 'time to confirm';
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(start).replace(/,/g, '');
  // "2:00 PM", not "02:00 PM": the hour as people write it in their own locale.
  const clock = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone });
  const end = proposal.durationMinutes ? new Date(start.getTime() + proposal.durationMinutes * 60_000) : null;
  return `${day}, ${clock.format(start)}${end ? `–${clock.format(end)}` : ''}`;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Whether a tracked application's company is the one the message names (the card says so when it is not sure). */
export function sameCompany(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && normaliseCompany(a) === normaliseCompany(b);
}
