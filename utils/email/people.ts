import { parseAddress } from './address';
import type { Invite, ParsedMessage } from './message';
import { looksLikePerson } from './name-shapes';
import { type Sender, isPersonalDomain, isPlatformDomain, registrableDomain } from './senders';
import { signatureOf } from './signature';
import { fold, ROLE_WORDS } from './text-patterns';

export interface Person {
  name: string;
  email: string | null;
  role: string | null;
}

const NAME = String.raw`[\p{Lu}][\p{Ll}'’-]+(?:[ -](?:de |van |von |der |da |le |la )?[\p{Lu}][\p{L}'’-]+){1,2}`;
const EMAIL = String.raw`[^\s@<>(),;]+@[^\s@<>(),;]+\.[a-z]{2,}`;

// Where a message introduces who the candidate will meet.
const MEET_LEAD = /\b(?:with|meet(?:ing)?(?: with)?|speak(?:ing)? with|interviewers?|panel|you will meet|you'll meet|you'll be meeting|you will be speaking|participants?|attendees|teilnehmer(?:innen)?|teilnehmende|deelnemers|participantes|(?:who|guests|invités|qui|wer|gäste|quién|invitados|wie|gasten)(?=\s*:)|conducted by|led by|hosted by|interviewed by|men[ée]e? par|anim[ée]e? par|(?:am|an dem) (?:gespräch|termin|interview) (?:nehmen|nimmt)|gef[üu]hrt von|gevoerd door|afgenomen door|realizada por|dirigida por|avec|rencontrer(?:ez)?|interlocuteurs?|intervenants?|mit|Gesprächspartner(?:in)?|con|entrevistador(?:es)?|met|gesprekspartners?)\b\s*:?/i;

/** Interviewers named in the text: "with Dana Lee (Engineering Manager) and Sam Ortiz", or one per line after "You'll meet:". */
export function interviewersInText(body: string): Person[] {
  const people: Person[] = [];
  const add = (name: string, role: string | null, email: string | null) => {
    const clean = name.trim();
    if (!looksLikePerson(clean) || ROLE_WORDS.test(clean) || CALENDAR_WORD.test(clean) || people.some((p) => p.name === clean)) return;
    // "notre lead développeur" → "lead développeur": the possessive belongs to the sentence, not the job.
    const job = role?.trim().replace(/[.,;]$/, '').replace(/^(?:our|your|notre|votre|nuestr[oa]|su|unser(?:e[rmns]?)?|onze|ons)\s+/iu, '');
    people.push({ name: clean, email: email?.toLowerCase() ?? null, role: job || null });
  };
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // Every lead on the line counts: "meet with you this Friday… You will meet with our Director, Carl Jensen".
    for (const lead of line.matchAll(new RegExp(MEET_LEAD.source, 'giu'))) {
    const rest = line.slice(lead.index + lead[0].length).replace(/^\s*(?:with|avec|mit|con|met)?\s*:?\s*/i, '').trim();
    // A list under a heading line: "You'll meet with:" then "- Dana Lee, Engineering Manager"
    // A list under a heading line ("You'll be meeting with:", "Interviewers:"): the heading ends with a colon.
    if (rest === '' && (/:\s*$/.test(line) || LIST_HEADING.test(line))) {
      // A calendar's guest list marks who booked it ("Hannah Reid - organizer"): a scheduler, unless alone.
      let organizer: Person | null = null;
      const before = people.length;
      for (let next = index + 1; next < lines.length && next <= index + 8; next += 1) {
        const item = lines[next].replace(/^\s*(?:[-*•·–]|\d+[.)])\s*/, '').trim();
        if (!item) {
          if (people.length) break;
          continue;
        }
        if (/^[^\s@]+@[^\s@]+$/.test(item)) continue;
        const marked = ORGANIZER_MARK.exec(item);
        const person = personOnLine(marked ? item.slice(0, marked.index) : item);
        if (!person) break;
        if (marked) organizer = person;
        else add(person.name, person.role, person.email);
      }
      if (organizer && people.length === before) add(organizer.name, organizer.role, organizer.email);
      continue;
    }
    for (const piece of splitPeople(rest.replace(/^(?:are|is|will be|sind|ist|seront|sera|son|es|zijn|is)\s+/i, ''))) {
      const person = personOnLine(piece.replace(/^(?:with|avec|mit|con|met)\s+/i, ''));
      if (person) add(person.name, person.role, person.email);
    }
    }
  }
  // "Ben Alvarez from our Solutions team will call you", "Dana Lee (Engineering Manager) will interview you".
  for (const match of body.matchAll(INTRODUCED)) {
    // "Our Nursing Director, Kim Nguyen, will join us": the job came first, the name second.
    if (ROLE_WORDS.test(match[1]) && match[3] && looksLikePerson(match[3].trim())) add(match[3], match[1].replace(/^(?:Our|Your)\s+/, ''), null);
    else add(match[1], match[2] ?? match[3] ?? null, null);
  }
  return people;
}

// "Wednesday March" reads like a name: a weekday or a month never starts one.
const CALENDAR_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag)\b/i;
// A heading alone on its line, without a colon ("Interviewers" over one name per line).
const LIST_HEADING = /^\s*(?:your |the )?(?:interviewers?|panel|participants|teilnehmer(?:innen)?|gesprächspartner(?:innen)?|intervenants|interlocuteurs|entrevistadores|gesprekspartners)\s*$/i;
const ORGANIZER_MARK = /\s*[-–(,]\s*(?:organi[sz]er|organisateur|organisatrice|organisator|organizador(?:a)?|veranstalter)\)?\s*$/i;
const INTRODUCED = new RegExp(String.raw`(${NAME})(?:\s*\(([^)]{2,50})\)|,\s*(?:our\s+|your\s+)?([^,.]{2,50}),)?\s+(?:from\s+[^.\n]{2,40}?\s+)?,?\s*(?:will|'ll|is going to)\s+(?:call|interview|meet|speak with|talk with|chat with|join (?:us|you|the (?:call|interview|conversation|meeting))|be (?:interviewing|calling|joining|speaking with|meeting))\b`, 'gu');

/** "Dana Lee (Engineering Manager)", "Dana Lee, Engineering Manager <dana@acme.com>", "Dana Lee – Staff Engineer". */
function personOnLine(text: string): Person | null {
  // "our Executive Director Carl Jensen", "unserer CTO Julia Hartmann", "notre lead développeur Antoine Roux".
  const titled = new RegExp(String.raw`^(?:our|your|notre|votre|nuestr[oa]|unser(?:e[rmns]?)?|onze|ons)\s+([^,()]{2,40}?),?\s+(${NAME})\s*$`, 'u').exec(text.trim().replace(/[.;:!]+$/, ''));
  if (titled && !new RegExp(`^${NAME}$`, 'u').test(titled[1])) return { name: titled[2], email: null, role: titled[1] };
  const match = new RegExp(String.raw`^(?:(?:Mr|Mrs|Ms|Dr|M|Mme)\.?\s+)?(${NAME})(.*)$`, 'u').exec(text.trim());
  if (!match) return null;
  let rest = match[2];
  const email = new RegExp(EMAIL, 'i').exec(rest)?.[0] ?? null;
  if (email) rest = rest.replace(email, '');
  rest = rest.replace(/[<>[\]]|mailto:/g, '').trim();
  let role: string | null = null;
  const paren = /^\(([^)]+)\)/.exec(rest);
  if (paren && ROLE_WORDS.test(paren[1])) role = paren[1];
  else if (paren && /\b(?:recruit|talent|hiring|rh|hr|people|ceo|cto|cfo|coo|founder|fondat|vp)\b/i.test(paren[1])) role = paren[1];
  else {
    const tail = /^(?:,|–|—|-|\||:|·)\s*([^,(\n]+?)(?:\s*\(|,|$)/.exec(rest);
    if (tail && (ROLE_WORDS.test(tail[1]) || /\b(?:recruit|talent|hiring|ceo|cto|cfo|founder|fondat|vp|rh|hr)\b/i.test(tail[1]))) role = tail[1];
  }
  if (role) role = role.replace(/\s+(?:at|chez|bei|bij|en)\s+.+$/i, '').trim();
  if (role && !paren) role = role.replace(/\s*[|,]\s*.+$/, '').trim();
  return { name: match[1], email, role };
}

/** "Dana Lee (Engineering Manager) and Sam Ortiz, Senior Engineer" → one piece per person. */
function splitPeople(text: string): string[] {
  // Commas inside "(Director, Solutions Engineering)" belong to the role.
  const guarded = text.replace(/\(([^)]*)\)/g, (whole) => whole.replace(/,/g, '\uE000'));
  const sentence = guarded.split(/(?<=[a-z)])\.\s|\s(?:on|le|am|el|op|at|à|for|pour|to|about|sur)\s+(?=\p{Lu}?\p{Ll}*\s*\d|(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|the|la)\w*\b)/iu)[0];
  const pieces = sentence.split(/\s*(?:;|,\s*(?:and|et|und|y|en)\s+|\s+(?:and|et|und|y|en|&)\s+)/u).flatMap((part) => part.split(/\s*,\s*/));
  // "Thomas Leroy, Directeur Data": a comma piece that is not a person is the previous person's role.
  const people: string[] = [];
  for (const piece of pieces.map((p) => p.trim()).filter(Boolean)) {
    // "… and me": the writer, added by the caller; not a role of the person before.
    if (/^(?:me|myself|moi|moi-même|mir|mí|mij|ich|yo|ik|I)\b/u.test(piece)) continue;
    const isPerson = new RegExp(String.raw`^(?:(?:Mr|Mrs|Ms|Dr|M|Mme)\.?\s+)?${NAME}`, 'u').test(piece) && !ROLE_WORDS.test(piece.split(/[(<]/)[0]);
    if (isPerson || people.length === 0) people.push(piece);
    else people[people.length - 1] += `, ${piece}`;
  }
  return people.map((piece) => piece.replace(/\uE000/g, ','));
}

/**
 * The people an invite lists as interviewers: its attendees minus the candidate (an attendee at no
 * employer's address when others are at one) and minus a scheduling tool acting as organizer.
 */
export function interviewersInInvite(invite: Invite, employerDomain: string | null): Person[] {
  const everyone = [...invite.attendees];
  const organizer = invite.organizer;
  if (organizer?.email && !everyone.some((a) => a.email === organizer.email)) {
    const domain = registrableDomain(organizer.email);
    const robot = /no-?reply|calendar|scheduling|notifications?|invites?|bot/i.test(organizer.email.split('@')[0]) || isPlatformDomain(domain);
    if (!robot) everyone.unshift({ ...organizer, role: 'CHAIR' });
  }
  const domains = everyone.map((a) => registrableDomain(a.email)).filter((d): d is string => !!d && !isPersonalDomain(d) && !isPlatformDomain(d));
  // No employer from the sender: the one domain shared by several guests, or the one the invite's title names.
  const named = domains.filter((domain) => fold(invite.summary ?? '').includes(fold(domain.split('.')[0])));
  const employer = employerDomain && !isPlatformDomain(employerDomain) ? employerDomain : mostCommon(domains) ?? (new Set(named).size === 1 ? named[0] : null);
  return everyone
    .filter((attendee) => attendee.role !== 'NON-PARTICIPANT')
    .filter((attendee) => {
      const domain = registrableDomain(attendee.email);
      if (domain && isPlatformDomain(domain)) return false;
      if (/no-?reply|calendar|scheduling|room|resource/i.test(attendee.email ?? '')) return false;
      // The candidate: anyone not at the employer when the employer is known.
      if (employer && domain && domain !== employer) return false;
      return true;
    })
    .flatMap((attendee): Person[] => {
      const name = attendee.name ?? nameFromEmail(attendee.email);
      return name ? [{ name, email: attendee.email, role: null }] : [];
    });
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  // One domain shared by several attendees is the employer's; a lone address tells nothing.
  return top.length && (top[0][1] > 1 || top.length === 1) ? top[0][0] : null;
}

function nameFromEmail(email: string | null): string | null {
  const local = email?.split('@')[0];
  if (!local || !/^[a-z]+[._][a-z]+$/i.test(local)) return null;
  return local.split(/[._]/).map((part) => part[0].toUpperCase() + part.slice(1)).join(' ');
}

/** The person who wrote: a human sender, or the name signed under a robot's message. */
export function writer(message: ParsedMessage, sender: Sender): Person | null {
  const signature = signatureOf(message.body);
  const fromName = sender.name ? parseAddress(sender.name)?.name ?? null : null;
  if (fromName && looksLikePerson(fromName) && !sender.automated && sender.kind !== 'board') {
    const role = signature.name && signature.name === fromName ? signature.role : signature.role && !signature.name ? signature.role : null;
    return { name: fromName, email: sender.email, role };
  }
  if (signature.name) {
    const replyTo = message.replyTo?.name && message.replyTo.name.toLowerCase() === signature.name.toLowerCase() ? message.replyTo.email : null;
    return { name: signature.name, email: replyTo ?? (sender.kind === 'employer' && !sender.automated ? sender.email : null), role: signature.role };
  }
  if (message.replyTo?.name && looksLikePerson(message.replyTo.name)) return { name: message.replyTo.name, email: message.replyTo.email, role: null };
  return null;
}
