import { getDomain, getDomainWithoutSuffix, parse } from 'tldts';
import type { Application } from '../model/application';
import { CLOSED_STAGES } from '../model/application';
import type { ReadMessage } from './index';

/** Why an application was proposed for a message, strongest evidence first. */
export type MatchReason = 'domain' | 'company' | 'ats-company' | 'mentioned' | 'title';

export interface MatchCandidate {
  application: Application;
  reasons: MatchReason[];
}

// Senders that write on an employer's behalf (applicant-tracking systems, job boards) or that anyone
// can use: their domain says nothing about which company wrote, so the company must come from the text.
const SHARED_SENDER_DOMAINS = new Set([
  'greenhouse.io', 'greenhouse-mail.io', 'lever.co', 'hire.lever.co', 'myworkday.com', 'workday.com', 'myworkdayjobs.com',
  'ashbyhq.com', 'icims.com', 'smartrecruiters.com', 'smartrecruiters-mail.com', 'workable.com', 'workablemail.com',
  'recruitee.com', 'jobvite.com', 'bamboohr.com', 'teamtailor.com', 'teamtailor-mail.com', 'personio.de', 'personio.com',
  'successfactors.com', 'successfactors.eu', 'taleo.net', 'oraclecloud.com', 'breezy.hr', 'jazzhr.com', 'applytojob.com',
  'pinpointhq.com', 'comeet.co', 'welcometothejungle.com', 'join.com', 'rippling.com', 'dover.com', 'gem.com',
  'linkedin.com', 'indeed.com', 'indeedemail.com', 'glassdoor.com', 'ziprecruiter.com', 'monster.com', 'seek.com.au',
  'wellfound.com', 'angel.co', 'otta.com', 'hired.com', 'dice.com', 'stepstone.de', 'xing.com', 'jobindex.dk',
  'calendly.com', 'goodtime.io', 'google.com', 'microsoft.com', 'zoom.us',
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'me.com',
  'proton.me', 'protonmail.com', 'fastmail.com', 'gmx.de', 'gmx.net', 'web.de', 'orange.fr', 'free.fr', 'laposte.net',
]);

/** True when a sender's domain belongs to a service many employers share, not to one employer. */
export function isSharedSenderDomain(domain: string | null | undefined): boolean {
  const registrable = domain ? getDomain(domain.toLowerCase()) ?? domain.toLowerCase() : null;
  return !!registrable && SHARED_SENDER_DOMAINS.has(registrable);
}

const LEGAL_FORMS = [
  'incorporated', 'inc', 'llc', 'l l c', 'ltd', 'limited', 'gmbh', 'ag', 'se', 'sa', 'sas', 'sarl', 'sàrl', 'srl', 'spa', 'bv', 'nv',
  'plc', 'corp', 'corporation', 'co', 'company', 'pty', 'pte', 'oy', 'ab', 'as', 'a s', 'aps', 'kg', 'ug', 'lp', 'llp', 'group', 'holdings',
];
const LEGAL_TAIL = new RegExp(`(?:\\s+(?:${LEGAL_FORMS.map((form) => form.replace(/ /g, '\\s')).join('|')}))+$`);

/** "Acme, Inc." and "ACME GmbH" and "The Acme Company" are the same employer: "acme". */
export function normaliseCompany(name: string | null | undefined): string {
  const folded = (name ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '');
  // Legal forms only at the end, and never the whole name ("Company" is not a company).
  const stripped = folded.replace(LEGAL_TAIL, '').trim();
  return stripped || folded;
}

const compact = (text: string) => text.replace(/\s+/g, '');

function normaliseTitle(title: string | null | undefined): string[] {
  return (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\((?:m|f|w|d|x|h)(?:\s*\/\s*(?:m|f|w|d|x|h))+\)/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);
}

/** How alike two roles read: 2 the same words, 1 most of the shorter one's words, 0 otherwise. */
function titleLikeness(a: string | null | undefined, b: string | null | undefined): number {
  const left = normaliseTitle(a);
  const right = normaliseTitle(b);
  if (left.length === 0 || right.length === 0) return 0;
  if (left.join(' ') === right.join(' ')) return 2;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  const shared = shorter.filter((word) => longer.includes(word)).length;
  return shared / shorter.length >= 0.6 ? 1 : 0;
}

// Where an ATS keeps the employer in a posting's address: boards.greenhouse.io/acme, acme.wd5.myworkdayjobs.com…
const ATS_SLUG_IN_PATH = new Set(['greenhouse.io', 'lever.co', 'ashbyhq.com', 'workable.com', 'smartrecruiters.com', 'jobvite.com', 'breezy.hr', 'pinpointhq.com', 'teamtailor.com', 'recruitee.com', 'welcometothejungle.com', 'join.com', 'comeet.co', 'linkedin.com', 'indeed.com', 'glassdoor.com', 'wellfound.com', 'dover.com', 'rippling.com']);
const ATS_SLUG_IN_SUBDOMAIN = new Set(['myworkdayjobs.com', 'myworkday.com', 'icims.com', 'recruitee.com', 'teamtailor.com', 'bamboohr.com', 'applytojob.com', 'breezy.hr', 'pinpointhq.com', 'personio.de', 'personio.com']);

interface PostingOrigin {
  /** The employer's own registrable domain ("acme.com"), when the posting lives on its site. */
  domain: string | null;
  /** The employer's name as the address spells it ("acme" from acme.com or boards.greenhouse.io/acme). */
  slug: string | null;
}

function postingOrigin(application: Application): PostingOrigin {
  for (const address of [application.url, application.applyUrl, application.canonicalUrl]) {
    if (!address) continue;
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      continue;
    }
    const parsed = parse(url.hostname);
    const domain = parsed.domain;
    if (!domain) continue;
    if (ATS_SLUG_IN_SUBDOMAIN.has(domain) && parsed.subdomain) {
      const label = parsed.subdomain.split('.')[0]!.replace(/^(?:careers|jobs)-/, '');
      if (label && !['www', 'jobs', 'careers', 'apply', 'app'].includes(label)) return { domain: null, slug: label.toLowerCase() };
    }
    if (ATS_SLUG_IN_PATH.has(domain)) {
      const segments = url.pathname.split('/').filter(Boolean).filter((segment) => !/^(?:jobs?|embed|job_app|company|companies|cmp|o|en|fr|de|[a-z]{2}-[a-z]{2})$/i.test(segment));
      const first = segments[0];
      return { domain: null, slug: first && !/^\d+$/.test(first) ? decodeURIComponent(first).toLowerCase() : null };
    }
    if (SHARED_SENDER_DOMAINS.has(domain)) return { domain: null, slug: null };
    return { domain, slug: parsed.domainWithoutSuffix?.toLowerCase() ?? null };
  }
  return { domain: null, slug: null };
}

const slugKey = (slug: string) => slug.replace(/[^a-z0-9]+/g, '');

export interface MatchInput {
  /** The message's whole text, where it is at hand: an ATS sender's mail names the employer somewhere in it. */
  text?: string | null;
}

/**
 * The tracked applications a message is about, best first. Company evidence is required (the same
 * domain, the same company, the employer named in a mail an ATS sent); the role and then recency order
 * the rest, so of several applications at one company the most recent active one comes first.
 */
export function matchApplications(message: ReadMessage, applications: readonly Application[], input: MatchInput = {}): MatchCandidate[] {
  const company = normaliseCompany(message.company);
  const senderDomain = message.senderDomain ? getDomain(message.senderDomain.toLowerCase()) ?? message.senderDomain.toLowerCase() : null;
  const employerDomain = senderDomain && !SHARED_SENDER_DOMAINS.has(senderDomain) ? senderDomain : null;
  const employerLabel = employerDomain ? getDomainWithoutSuffix(employerDomain) ?? null : null;
  const text = input.text ? ` ${normaliseCompany(input.text.slice(0, 20_000)).replace(/\s+/g, ' ')} ` : '';

  const scored: { candidate: MatchCandidate; strength: number; title: number }[] = [];
  for (const application of applications) {
    const reasons: MatchReason[] = [];
    let strength = 0;
    const theirs = normaliseCompany(application.company);
    const origin = postingOrigin(application);
    if (employerDomain && origin.domain === employerDomain) {
      reasons.push('domain');
      strength += 3;
    } else if (employerLabel && theirs && (slugKey(employerLabel) === compact(theirs) || (origin.slug && slugKey(origin.slug) === slugKey(employerLabel)))) {
      reasons.push('domain');
      strength += 2;
    }
    if (company && theirs) {
      if (company === theirs || compact(company) === compact(theirs)) {
        reasons.push(employerDomain ? 'company' : 'ats-company');
        strength += 3;
      } else if (containsWords(company, theirs) || containsWords(theirs, company)) {
        reasons.push(employerDomain ? 'company' : 'ats-company');
        strength += 1;
      } else if (origin.slug && slugKey(origin.slug) === compact(company)) {
        reasons.push('ats-company');
        strength += 2;
      }
    }
    if (strength === 0 && theirs.length >= 3 && text.includes(` ${theirs} `)) {
      reasons.push('mentioned');
      strength += 1;
    }
    if (strength === 0) continue;
    const title = titleLikeness(message.title, application.title);
    if (title > 0) reasons.push('title');
    scored.push({ candidate: { application, reasons }, strength, title });
  }

  // A message that names its company exactly is not about another company the text merely mentions.
  const best = Math.max(0, ...scored.map((entry) => entry.strength));
  const kept = best >= 2 ? scored.filter((entry) => entry.strength >= 2) : scored;
  kept.sort((a, b) =>
    b.title - a.title
    || Number(isActive(b.candidate.application)) - Number(isActive(a.candidate.application))
    || b.strength - a.strength
    || lastTouched(b.candidate.application).localeCompare(lastTouched(a.candidate.application)));
  return kept.map((entry) => entry.candidate);
}

/** Still in play: saved (a receipt is often for one not yet marked applied), applied, interviewing, offer. */
function isActive(application: Application): boolean {
  return !CLOSED_STAGES.includes(application.stage);
}

function lastTouched(application: Application): string {
  return application.updatedAt || application.createdAt || '';
}

function containsWords(haystack: string, needle: string): boolean {
  return needle.length >= 3 && ` ${haystack} `.includes(` ${needle} `);
}
