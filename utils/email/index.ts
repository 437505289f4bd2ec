// Reads one e-mail or calendar invite and says what happened: the kind of news, the company and role,
// and for an interview its start, length and interviewers. Pure: no browser, no network, no storage.
import { type KindSignals, type MessageKind, classify } from './classify';
import { findCompanyAndRole } from './company-and-role';
import { type CompanyScorer, trainedCompanyScorer } from './company-model';
import { spellsPerson } from './company-names';
import { looksLikeOrganisation, looksLikePerson } from './name-shapes';
import { signatureOf } from './signature';
import { findInterviewTime } from './interview-time';
import { agreesToAMeeting, sameWeekdayAndClock, timeAgreedInThread } from './thread-confirmation';
import type { Invite, ParsedMessage } from './message';
import { writtenByTheCandidate } from './own-message';
import { parseText, unwrapForward } from './parse-text';
import { type Person, interviewersInInvite, interviewersInText, writer } from './people';
import { type Sender, describeSender, isPersonalDomain, isPlatformDomain, namesTheDomain, registrableDomain, tenantOf } from './senders';
import { fold, ownText, withoutHeaderBlocks } from './text-patterns';
import { instantOf, isoInZone } from './zones';

export type { MessageKind } from './classify';

export interface MessagePerson {
  name: string;
  email: string | null;
  role: string | null;
}

export interface ReadMessage {
  kind: MessageKind;
  company: string | null;
  title: string | null;
  /** ISO 8601 with the user's offset, for an interview. */
  at: string | null;
  durationMinutes: number | null;
  people: MessagePerson[];
  /** The sender's registrable domain (an employer's own, or its ATS's); not printed by the CLI. */
  senderDomain: string | null;
  /** When the message was sent (its Date header), ISO 8601 with the user's offset; not printed by the CLI. */
  sentAt: string | null;
}

export interface ReadOptions {
  /** Stands in for the message's date when it has none (dates without a year are read against it). */
  now: Date;
  /** The user's IANA zone: times written without a zone are read in it, and `at` is printed in it. */
  timeZone: string;
}

export type MessageSource = { kind: 'text'; text: string } | { kind: 'eml'; raw: string | ArrayBuffer } | { kind: 'ics'; text: string };

/** Which reader a file needs, by its extension and, failing that, by its first lines. */
export function sourceFromFile(name: string, content: string | ArrayBuffer): MessageSource {
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'ics' || extension === 'ical' || extension === 'ifb' || /^\s*BEGIN:VCALENDAR/i.test(text)) return { kind: 'ics', text };
  if (extension === 'eml' || extension === 'mht' || looksLikeRfc822(text)) return { kind: 'eml', raw: content };
  return { kind: 'text', text };
}

function looksLikeRfc822(text: string): boolean {
  const head = text.slice(0, 4000).split(/\r?\n\r?\n/)[0];
  return /^(?:Received|Return-Path|Delivered-To|MIME-Version|Message-ID|DKIM-Signature|X-[\w-]+):/im.test(head) && /^Content-Type:/im.test(head);
}

// postal-mime and ical.js are loaded only for the files that need them: a pasted or webmail message
// (plain text, the usual case) does not pay for parsing MIME or calendars.
async function parse(source: MessageSource, timeZone: string, now: Date): Promise<ParsedMessage> {
  if (source.kind === 'eml') {
    const { parseEml } = await import('./parse-eml');
    return unwrapForward(await parseEml(source.raw));
  }
  if (source.kind === 'ics') {
    const { parseIcs } = await import('./parse-ics');
    return parseIcs(source.text);
  }
  return unwrapForward(parseText(await withHeadersDecoded(source.text), timeZone, now));
}

// "Subject: =?UTF-8?Q?On_a_bien_re=C3=A7u?=": headers saved as they travel. postal-mime's decoder is loaded only then.
const ENCODED_WORD = /=\?[\w-]+\?[BQ]\?[^?\s]*\?=/i;
async function withHeadersDecoded(text: string): Promise<string> {
  const headerEnd = text.search(/\r?\n\s*\r?\n/);
  const head = headerEnd < 0 ? text : text.slice(0, headerEnd);
  if (!ENCODED_WORD.test(head)) return text;
  const { decodeWords } = await import('postal-mime');
  return `${head.split(/\r?\n/).map((line) => (ENCODED_WORD.test(line) ? decodeWords(line) : line)).join('\n')}${headerEnd < 0 ? '' : text.slice(headerEnd)}`;
}

/** A message read as far as its kind's inputs: what `classify` weighs, and the training script reads the same way. */
export interface KindInputs {
  message: ParsedMessage;
  sender: Sender;
  body: string;
  invite: Invite | null;
  spoken: ReturnType<typeof findInterviewTime>;
  signals: KindSignals;
}

export async function readKindInputs(source: MessageSource, options: ReadOptions): Promise<KindInputs> {
  const message = await parse(source, options.timeZone, options.now);
  const sender = describeSender(message.from);
  const body = ownText(message.body);
  const reference = message.date ?? options.now;
  const invite = message.invite && message.invite.start ? message.invite : null;

  // A reply that agrees to a time ("Thursday at 2 works") may leave the date to the thread quoted under it.
  const own = findInterviewTime(`${message.subject ?? ''}\n\n${withoutHeaderBlocks(body)}`, reference, options.timeZone, message.date ? message.dateOffset : null);
  const agreed = timeAgreedInThread(body, message.body, reference, options.timeZone, message.date ? message.dateOffset : null);
  // "Quedamos el martes a las 12:30" read alone is the coming Tuesday; the thread it answers says which Tuesday.
  // The reply's own zone ("2pm PT") still holds over a thread that wrote the time without one.
  const spoken = own && agreed && sameWeekdayAndClock(own.start, agreed.start) ? { ...agreed, start: { ...agreed.start, zone: own.start.zone ?? agreed.start.zone }, durationMinutes: own.durationMinutes ?? agreed.durationMinutes } : own ?? agreed;
  const signals: KindSignals = {
    fixedTime: !!spoken,
    timeOptions: !!spoken && spoken.alternatives > 1,
    timeSentence: spoken?.sentence ?? null,
    agreedInThread: agreesToAMeeting(body, message.body),
    hasInvite: !!invite,
    inviteCancelled: !!invite && (invite.method === 'CANCEL' || invite.status === 'CANCELLED'),
  };
  return { message, sender, body, invite, spoken, signals };
}

/** `scoreCompanies`: weighs the names a message offers for its employer; the training script passes its own. */
export async function readMessage(source: MessageSource, options: ReadOptions, scoreCompanies: CompanyScorer = trainedCompanyScorer): Promise<ReadMessage> {
  const { message, sender, body, invite, spoken, signals } = await readKindInputs(source, options);
  const kind = classify(message, body, sender, signals);

  let at: string | null = null;
  let durationMinutes: number | null = null;
  let people: Person[] = [];
  if (kind === 'interview') {
    if (invite?.start) {
      at = isoInZone(instantOf(invite.start, options.timeZone), options.timeZone);
      durationMinutes = invite.durationMinutes;
    } else if (spoken) {
      at = isoInZone(instantOf(spoken.start, options.timeZone), options.timeZone);
      durationMinutes = spoken.durationMinutes;
    }
    const employerDomain = sender.kind === 'employer' && !isPersonalDomain(sender.domain) && !isPlatformDomain(sender.domain) ? sender.domain : null;
    const named = interviewersInText(invite?.description ?? body);
    people = invite ? withoutSchedulingOrganizer(mergePeople(interviewersInInvite(invite, employerDomain), named), invite, named) : named;
    const who = writer(message, sender);
    if (!invite && who && WRITER_TOO.test(body) && !people.some((person) => person.name === who.name)) people.push(who);
  }
  // The writer named among the interviewers: their address is the sender's (or Reply-To's).
  for (const address of [message.from, message.replyTo]) {
    if (!address?.name || !address.email || sender.automated) continue;
    for (const person of people) if (!person.email && fold(person.name) === fold(address.name)) person.email = address.email;
  }
  if (people.length === 0 && kind !== 'none') {
    const who = writer(message, sender);
    if (who) people = [who];
  }
  // People the message surely names (never the company): who signed, a human sender, the invite's guests.
  // A Reply-To named as its domain spells ("Rijnstad Verzekeringen" <werkenbij@rijnstad-verzekeringen.nl>) is the firm.
  const signed = signatureOf(body).name;
  // A robot's message signed with the employer's own name ("Zephyr Payments") is no person.
  // A robot's message signed with a bare name and no job under it ("Sonnenfeld Energie" from notifications@personio) is signed by the company.
  const signedByCompany = !!signed && ((!!sender.name && fold(signed) === fold(sender.name) && (sender.automated || sender.kind === 'ats')) || (sender.automated && (sender.kind === 'ats' || sender.kind === 'board') && !signatureOf(body).role));
  // A tool's reply box ("Copperlane Kitchens" <reply+c7f1…@reply.teamtailor.com>) is named after the employer, not a person.
  const replyBox = message.replyTo?.email ?? null;
  const replyToMayBePerson = !isPlatformDomain(registrableDomain(replyBox ?? '')) || spellsPerson(message.replyTo?.name ?? '', [replyBox]);
  const known = [signedByCompany ? null : signed, looksLikePerson(sender.name ?? '') && !looksLikeOrganisation(sender.name ?? '') && !sender.automated && !tenantOf(sender) && !namesTheDomain(sender) && (sender.kind !== 'ats' || spellsPerson(sender.name ?? '', [sender.email, message.replyTo?.email])) ? sender.name : null, looksLikePerson(message.replyTo?.name ?? '') && !looksLikeOrganisation(message.replyTo?.name ?? '') && !(message.replyTo && namesTheDomain(describeSender(message.replyTo))) && replyToMayBePerson ? message.replyTo?.name : null, ...(invite?.attendees ?? []).map((a) => a.name)];
  // An invite sent by a scheduling tool: the interviewers' own addresses say who the employer is.
  const employerAddress = sender.kind === 'employer' ? null : people.find((person) => person.email && !isPersonalDomain(registrableDomain(person.email)) && !isPlatformDomain(registrableDomain(person.email)))?.email;
  // The candidate's own follow-up or thank-you: never logged, but about one job, at the organisation it is written to.
  const ownMessage = kind === 'none' && !!message.to && writtenByTheCandidate(message, sender, body);
  const companySender = ownMessage && message.to ? { ...describeSender(message.to), automated: false } : invite && employerAddress ? { ...describeSender({ name: sender.name, email: employerAddress }), automated: sender.automated } : sender;
  // The candidate's own message: their name, and the first name they sign with ("Best,\nSara"), are nobody's employer.
  if (ownMessage) known.push(sender.name, sender.name?.split(/\s+/)[0] ?? null);
  const { company, title } = findCompanyAndRole(message, companySender, known.filter((name): name is string => !!name), kind !== 'none' || ownMessage || VIEWED.test(`${message.subject ?? ''}\n${body}`), scoreCompanies);
  // "Your interview with Summit Parcel is tomorrow": a company read as an interviewer is dropped.
  if (company) people = people.filter((person) => !fold(person.name).startsWith(fold(company)));
  const sentAt = message.date && !Number.isNaN(message.date.getTime()) ? isoInZone(message.date.getTime(), options.timeZone) : null;
  return { kind, company, title, at, durationMinutes, people, senderDomain: sender.domain, sentAt };
}

// "Your application was viewed", "L'employeur a consulté votre candidature": no news to log, but about one job the
// candidate applied to, whose employer the board names under its title.
const VIEWED = /\b(?:your application (?:was|has been) (?:viewed|seen|opened)|viewed your application|votre candidature a été (?:consultée|vue)|a consulté votre candidature|(?:ha|han) (?:leído|visto|abierto) tu (?:cv|hoja de vida|candidatura)|leyeron tu cv|tu (?:cv|hoja de vida|candidatura) (?:fue|ha sido) (?:leíd[oa]|vist[oa])|ihre bewerbung wurde (?:angesehen|geöffnet)|je sollicitatie is bekeken)/i;

// "You'll meet Sam Ortiz and me": the writer is an interviewer too.
const WRITER_TOO = /\b(?:and|et|und|y|en)\s+(?:me|myself|moi|moi-même|mir|mí|mij|ich|yo|ik)\b|\bmyself\b|\bmoi-même\b|\b(?:with me|avec moi|mit mir|conmigo|met mij)\b|\b(?:will|'ll) (?:also )?join us\b|\bnous rejoindra\b/i;

const SCHEDULER_ROLE = /recruit|talent|sourc|coordinat|scheduler|scheduling|people partner|\bhr\b|human resources|recrut|\brh\b|personal|reclut|werving/i;
// "I'm your recruiter, Hannah" / "je suis votre chargée de recrutement": the invite's author introduces themselves.
const SCHEDULER_SELF = /\b(?:i'm|i am|je suis|ich bin|soy|ik ben)\s+(?:your|votre|ihr|ihre|tu|su|je)\s+(?:[\p{L}-]+\s+){0,2}?(?:recruit|talent|coordinat|recrut|reclut|personal|point of contact|contact)/iu;

/**
 * The organizer of an interview invite is usually whoever booked it: a recruiter or coordinator is no
 * interviewer to thank. They stay only when nothing says so and the text names no one else to meet.
 */
function withoutSchedulingOrganizer(people: Person[], invite: Invite, named: Person[]): Person[] {
  const organizer = invite.organizer;
  if (!organizer?.email && !organizer?.name) return people;
  const isOrganizer = (person: Person) => (!!organizer.email && person.email?.toLowerCase() === organizer.email.toLowerCase()) || (!!organizer.name && fold(person.name) === fold(organizer.name));
  const them = people.find(isOrganizer);
  if (!them || people.length < 2) return people;
  const description = invite.description ?? '';
  if (WRITER_TOO.test(description)) return people;
  const signature = signatureOf(description);
  const role = them.role ?? (signature.name && fold(signature.name) === fold(them.name) ? signature.role : null);
  const schedules = (!!role && SCHEDULER_ROLE.test(role)) || SCHEDULER_SELF.test(description) || (named.length > 0 && !named.some(isOrganizer));
  return schedules ? people.filter((person) => !isOrganizer(person)) : people;
}

/** Invite attendees carry addresses, the text carries roles: one person each, with both. */
function mergePeople(fromInvite: Person[], fromText: Person[]): Person[] {
  const merged = fromInvite.map((person) => {
    const same = fromText.find((other) => other.name.toLowerCase() === person.name.toLowerCase() || (!!other.email && other.email === person.email));
    return same ? { name: person.name, email: person.email ?? same.email, role: same.role ?? person.role } : person;
  });
  return merged;
}
