import type { CompanyCandidate } from './company-features';
import { startsLikeOrganisation, looksLikeOrganisation } from './name-shapes';
import { fullerInText, aggloSpelledOut } from './company-names';
import { nameBehindInitials } from './initials';
import { escapeRegExp } from './text-patterns';
import { TEMP_AGENCY } from './agencies';

/** What the hand-ordered rules weigh: the names a message offers and what is known about who wrote it. */
export interface RulesInput {
  entries: CompanyCandidate[];
  /** A recruitment agency writes: the employer is its client, never the agency. */
  agency: boolean;
  isAgency: (name: string) => boolean;
  /** The group that owns the firm hiring, never the employer itself. */
  ownsTheFirm: (name: string) => boolean;
  aboutOneJob: boolean;
  /** The subject and the message's own text. */
  fullText: string;
  /** Where a name may be written in full: the sender, the subject, the message and the thread quoted below it. */
  everything: string;
  senderAndText: string;
  /** With the footer the message's own text leaves out. */
  senderAndWholeBody: string;
  /** The employer the thread quoted below names, read as a message of its own. */
  nameInThread: () => string | null;
}

/** The hand-ordered rules' choice: the heaviest name, an agency's client, a fuller spelling of it. */
export function chooseByRules({ entries, agency, isAgency, ownsTheFirm, aboutOneJob, fullText, everything, senderAndText, senderAndWholeBody, nameInThread }: RulesInput): string | null {
  const ranked = entries
    .filter((entry) => (!agency || !isAgency(entry.name)) && !ownsTheFirm(entry.name))
    .sort((a, b) => b.weight - a.weight || a.first - b.first);
  const best = ranked[0];
  // A client is often named only once or twice in passing: enough when the name reads as an organisation's, or the
  // agency says it is its client ("Je suis mandaté par Occitalis Systèmes").
  // A subject's part that comes back in the footer ("Reading") is a place, not a client named twice.
  const clientNamed = agency && !!best && best.weight >= 1 && (looksLikeOrganisation(best.name) || best.sources.includes('agency-client') || ((best.weight >= 2 || best.name.includes(' ')) && fullText.split(best.name).length >= 3));
  if (clientNamed) return fullerInText(best.name, everything);
  if (agency && aboutOneJob) {
    const named = nameInThread();
    if (named && (named.includes(' ') || looksLikeOrganisation(named)) && !isAgency(named)) return named;
  }
  // A recruiter's pitch (no application behind it) is the agency's own: it is who wrote, with no client to name.
  // A temp agency (ETT, uitzendbureau, Zeitarbeit) that keeps its client unnamed hires the candidate itself: it is the employer.
  const ownTempAgency = agency && !clientNamed ? entries.filter((entry) => TEMP_AGENCY.test(entry.name)).sort((a, b) => b.weight - a.weight || a.first - b.first)[0] : undefined;
  if (ownTempAgency && (!best || best.weight < 2)) return fullerInText(ownTempAgency.name, senderAndText);
  if (agency && !aboutOneJob) {
    const own = entries.filter((entry) => isAgency(entry.name)).sort((a, b) => b.weight - a.weight || a.first - b.first)[0];
    if (own) return fullerInText(own.name, senderAndText);
  }
  if (!best || best.weight < 2) {
    // "Sorry bud, position has been filled" from a personal address: the thread quoted below names the employer.
    const named = nameInThread();
    // A lone capitalised word there is as likely a first name ("Daan", "Thabo") as a firm.
    return named && (named.includes(' ') || looksLikeOrganisation(named)) ? named : null;
  }
  // The domain says "tidewater", the text says "Tidewater Energy": the fuller name the text uses wins.
  // A name the text keeps using alone ("a role at Brightlough") is the brand; the signature's longer one is the legal entity.
  const usedAlone = (longer: string) => {
    const escaped = escapeRegExp(best.name);
    const rest = escapeRegExp(longer.slice(best.name.length).trim().split(/\s+/)[0]);
    return (fullText.match(new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}(?![\p{L}\p{N}]| ${rest})`, 'gu'))?.length ?? 0) >= 2;
  };
  // "Calderbrook Council" from the sender and "Calderbrook Metropolitan Borough Council" from the text, as sure: the full name.
  const [firstWord, lastWord] = [best.name.split(' ')[0], best.name.split(' ').at(-1)];
  const spelledInFull = best.name.includes(' ') ? ranked.find((entry) => entry !== best && entry.weight >= Math.min(best.weight, 4) && entry.name.startsWith(`${firstWord} `) && entry.name.endsWith(` ${lastWord}`) && entry.name.split(' ').length > best.name.split(' ').length) : undefined;
  if (spelledInFull) return fullerInText(spelledInFull.name, everything);
  const fuller = ranked.find((entry) => entry.name.startsWith(`${best.name} `) && entry.weight >= 3 && !usedAlone(entry.name));
  // "Beaudry-Lachance" from the address, "Groupe Alimentaire Beaudry-Lachance" every time the text names it: the full name.
  const said = (name: string) => fullText.split(name).length - 1;
  const wider = fuller ? null : ranked.find((entry) => entry !== best && entry.weight >= 3 && entry.name.endsWith(` ${best.name}`) && startsLikeOrganisation(entry.name) && said(best.name) - said(entry.name) < 2);
  if (wider) return fullerInText(wider.name, everything);
  // "CFUSD" is the short form of "Cedar Falls Unified School District", written out somewhere in the message: the
  // whole body, since a footer the message's own text leaves out often spells it ("PSSA e-Recrutement").
  const spelledOut = nameBehindInitials(best.name, senderAndWholeBody);
  const aggloInFull = aggloSpelledOut(best.name, everything);
  // The thread quoted below may sign with it too ("Lakeshore Pediatrics, S.C." under the first message).
  return fullerInText(aggloInFull ?? spelledOut ?? fuller?.name ?? best.name, everything);
}
