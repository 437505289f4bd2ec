// What the learned choice of the employer looks at, for each name the message offers: where the phrase rules found
// it and how much they gave it, how it is shaped, how often and where the message writes it, how it stands to the
// sender's domain and to the other names, and its own words ("DRH", "Secrétariat", "Payments" alone are no firm).
import { AGENCY, TEMP_AGENCY } from './agencies';
import { TRAILING_WORDS, looksLikeOrganisation, looksLikePerson, startsLikeOrganisation } from './name-shapes';
import { ROLE_WORDS, escapeRegExp, fold } from './text-patterns';

/** A name the message offers, with what the rules gave it: their weight in total, and every place they found it. */
export interface CompanyCandidate {
  name: string;
  weight: number;
  /** Where it came first among the names found: the rules break ties by it. */
  first: number;
  sources: string[];
}

/** What is known of the message as a whole, the same for every candidate. */
export interface CompanyContext {
  subject: string;
  body: string;
  senderName: string | null;
  senderKind: string;
  automated: boolean;
  /** The sender's domain label or ATS tenant ("tidewater" of careers.tidewater.com). */
  anchor: string | null;
  /** An agency writes: its own name is not the employer. */
  agencyWrites: boolean;
  isAgency: (name: string) => boolean;
  /** The name the hand-ordered rules settle on (null when they give none). */
  byRules: string | null;
}

/** The choice of naming no employer, offered beside the names. */
export const NO_EMPLOYER = '';


function timesWritten(name: string, text: string): number {
  return text.match(new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name)}(?![\p{L}\p{N}])`, 'gu'))?.length ?? 0;
}

const bucketed = (count: number, top: number) => Math.min(count, top);
const magnitude = (value: number) => Math.sign(value) * Math.min(Math.round(Math.log2(1 + Math.abs(value))), 6);

/** The features of one candidate among all the message offers. */
export function companyFeatures(candidate: CompanyCandidate, all: CompanyCandidate[], context: CompanyContext): string[] {
  const found = new Set<string>(['bias']);
  const key = fold(candidate.name);
  const others = all.filter((other) => other !== candidate);
  const byWeight = [...all].sort((a, b) => b.weight - a.weight || a.first - b.first);
  const rank = byWeight.indexOf(candidate);
  const runnerUp = byWeight.find((other) => other !== candidate);
  found.add(`rank:${bucketed(rank, 4)}`);
  found.add(`weight:${magnitude(candidate.weight)}`);
  found.add(`lead:${magnitude(candidate.weight - (runnerUp?.weight ?? 0))}`);
  if (context.byRules) {
    const chosen = fold(context.byRules);
    if (chosen === key) found.add('rules-choice');
    else if (chosen.startsWith(key)) found.add('rules-choice-is-longer');
    else if (key.startsWith(chosen)) found.add('rules-choice-is-shorter');
  } else found.add('rules-none');

  const sourceCounts = new Map<string, number>();
  for (const source of candidate.sources) sourceCounts.set(source, (sourceCounts.get(source) ?? 0) + 1);
  for (const [source, count] of sourceCounts) {
    found.add(`from:${source}`);
    found.add(`from:${source}:${bucketed(count, 3)}`);
    found.add(`from:${source}|sender:${context.senderKind}`);
  }
  found.add(`sources:${bucketed(sourceCounts.size, 5)}`);

  const words = candidate.name.split(/\s+/);
  found.add(`words:${bucketed(words.length, 6)}`);
  for (const word of words) found.add(`word:${fold(word)}`);
  found.add(`first-word:${fold(words[0])}`);
  found.add(`last-word:${fold(words.at(-1) ?? '')}`);
  if (words.length === 1) found.add(`alone:${fold(words[0])}`);
  const letters = candidate.name.replace(/[^\p{L}]/gu, '');
  if (letters && letters === letters.toUpperCase()) found.add(letters.length <= 6 ? 'initials' : 'capitals');
  if (/\p{N}/u.test(candidate.name)) found.add('digits');
  if (/[&+]/.test(candidate.name)) found.add('ampersand');
  if (/[,;:|·]/.test(candidate.name)) found.add('punctuated');
  if (looksLikeOrganisation(candidate.name)) found.add('organisation-shaped');
  if (startsLikeOrganisation(candidate.name)) found.add('starts-like-organisation');
  if (looksLikePerson(candidate.name) && !looksLikeOrganisation(candidate.name)) found.add('person-shaped');
  if (ROLE_WORDS.test(candidate.name)) found.add('role-words');
  if (TRAILING_WORDS.test(candidate.name)) found.add('department-words');
  if (context.isAgency(candidate.name)) found.add(context.agencyWrites ? 'the-agency' : 'agency-shaped');
  if (AGENCY.test(candidate.name)) found.add('agency-words');
  if (TEMP_AGENCY.test(candidate.name)) found.add('temp-agency');
  if (context.agencyWrites) found.add('agency-writes');
  found.add(`sender:${context.senderKind}${context.automated ? ':automated' : ''}`);

  if (others.some((other) => fold(other.name).startsWith(key) && fold(other.name) !== key)) found.add('a-longer-name-starts-so');
  if (others.some((other) => key.startsWith(fold(other.name)))) found.add('starts-with-a-shorter-name');
  if (others.some((other) => fold(other.name).includes(key) && !fold(other.name).startsWith(key))) found.add('inside-a-longer-name');

  if (context.anchor) {
    const anchor = fold(context.anchor);
    if (anchor === key) found.add('domain:same');
    else if (anchor.startsWith(key)) found.add('domain:starts-with-it');
    else if (key.startsWith(anchor)) found.add('domain:starts-it');
    else if (key.includes(anchor) || anchor.includes(key)) found.add('domain:overlaps');
    else if (words.length > 1 && words.map((word) => fold(word)[0] ?? '').join('') === anchor) found.add('domain:initials');
    else found.add('domain:unrelated');
  } else found.add('domain:none');

  const inSubject = timesWritten(candidate.name, context.subject);
  const inBody = timesWritten(candidate.name, context.body);
  found.add(`in-subject:${bucketed(inSubject, 2)}`);
  // "a role at Brightlough" over and over, "Brightlough Software Ltd" once under the signature: the name in use.
  const alone = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(candidate.name)}(?![\p{L}\p{N}]| \p{Lu})`, 'gu');
  const writtenAlone = bucketed(`${context.subject}\n${context.body}`.match(alone)?.length ?? 0, 3);
  found.add(`written-alone:${writtenAlone}`);
  if (others.some((other) => fold(other.name).startsWith(key) && fold(other.name) !== key)) {
    found.add(`a-longer-name-starts-so|written-alone:${writtenAlone}`);
    // The rules keep a brand the text uses alone over the signature's legal entity ("Brightlough", not "Brightlough Software").
    if (found.has('rules-choice')) found.add(`rules-choice|a-longer-name-starts-so|written-alone:${writtenAlone}`);
  }
  found.add(`in-body:${bucketed(inBody, 4)}`);
  if (context.senderName && fold(context.senderName).includes(key)) found.add('in-sender-name');
  const lastLines = context.body.trim().split('\n').slice(-12).join('\n');
  if (timesWritten(candidate.name, lastLines) > 0) found.add('in-sign-off');
  const firstLines = context.body.trim().split('\n').slice(0, 4).join('\n');
  if (timesWritten(candidate.name, firstLines) > 0) found.add('in-opening');
  return [...found];
}

/** The features of naming no employer: how strong the names on offer are, and who wrote. */
export function noEmployerFeatures(all: CompanyCandidate[], context: CompanyContext): string[] {
  const top = [...all].sort((a, b) => b.weight - a.weight || a.first - b.first)[0];
  const rules = context.byRules ? 'rules-some' : 'rules-none';
  const sender = `sender:${context.senderKind}${context.automated ? ':automated' : ''}`;
  const found = ['no-employer', `no-employer|${rules}`, `no-employer|${sender}`, `no-employer|${rules}|${sender}`];
  found.push(`no-employer|names:${bucketed(all.length, 5)}`, `no-employer|${rules}|top-weight:${magnitude(top?.weight ?? 0)}`);
  found.push(`no-employer|domain:${context.anchor ? 'some' : 'none'}`);
  if (context.agencyWrites) found.push('no-employer|agency-writes', `no-employer|${rules}|agency-writes`);
  if (top && looksLikeOrganisation(top.name)) found.push(`no-employer|${rules}|top-organisation-shaped`);
  if (top && looksLikePerson(top.name) && !looksLikeOrganisation(top.name)) found.push(`no-employer|${rules}|top-person-shaped`);
  for (const source of new Set(top?.sources ?? [])) found.push(`no-employer|top-from:${source}`);
  if (top) {
    // A lone word the subject alone gives ("Re: Kok") is as likely a role or a topic as a firm.
    found.push(`no-employer|top-words:${bucketed(top.name.split(/\s+/).length, 3)}`, `no-employer|top-sources:${bucketed(new Set(top.sources).size, 3)}`);
    found.push(`no-employer|top-in-body:${bucketed(timesWritten(top.name, context.body), 2)}`);
  }
  return found;
}
