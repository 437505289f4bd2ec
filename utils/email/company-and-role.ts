import type { ParsedMessage } from './message';
import { type Sender, tenantOf } from './senders';
import { fold, NAME_RUN, ownText, ROLE_WORDS } from './text-patterns';
import { signatureOf } from './signature';

export interface CompanyAndRole {
  company: string | null;
  title: string | null;
}

// Names that are never the employer: the tools and boards that carry messages for it, and words that
// start sentences in capitals.
const PLATFORM_NAMES = /^(?:linkedin|indeed|glassdoor|greenhouse|lever|workday|ashby|icims|smartrecruiters|workable|jobvite|bamboohr|recruitee|teamtailor|jazzhr|breezy|taleo|successfactors|personio|welcome to the jungle|hellowork|apec|france travail|p[oô]le emploi|stepstone|xing|infojobs|ziprecruiter|monster|otta|wellfound|calendly|goodtime|zoom|google meet|microsoft teams|teams|hackerrank|codility|codesignal|hirevue|gmail|outlook)$/i;
const NOT_A_NAME = /^(?:the|our|we|this|that|your|you|thank|thanks|hi|hello|dear|unfortunately|please|best|regards|kind|mr|mrs|ms|dr|it|i|a|an|as|if|at|in|on|for|with|and|but|or|so|all|any|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|bonjour|merci|madame|monsieur|nous|vous|votre|notre|le|la|les|un|une|cher|chère|hallo|sehr|liebe|lieber|vielen|wir|ihre|ihr|hola|gracias|estimad[oa]|beste|bedankt|wij|uw|je|re|fw|fwd|tr|aw|wg|application|candidature|interview|entretien|update|team|équipe|recruiting|talent|hiring|careers|jobs|job|position|role|poste|offer|congratulations|félicitations|regarding|concernant)$/i;
const TRAILING_WORDS = /(?:[\s,]+(?:recruiting|recruitment|talent acquisition|talent|hiring|careers?|jobs|people|hr|team|teams|recrutement|rh|ressources humaines|early careers?|early|campus(?: recruiting)?|university (?:recruiting|relations)|graduate recruitment|scheduling|coordination|calendar|personalabteilung|reclutamiento|werving|alerts?|notifications?|job alerts?|inc|llc|ltd|limited|gmbh|ag|sas|sarl|sa|s\.a\.|bv|b\.v\.|plc|corp|corporation|co|group|via .+))+\.?$/i;
const LEADING_WORDS = /^(?:the|l['’]équipe|team|das|el|het|de)\s+/i;

interface Candidate {
  name: string;
  weight: number;
}

// Phrases that put a company name right after them, weighted by how rarely they name anything else.
const COMPANY_AFTER: Array<[string, number]> = [
  [String.raw`(?:applying|applied|application|apply|candidacy)\s+(?:to|at|with)`, 4],
  [String.raw`(?:interest|interested)\s+in\s+(?:joining\s+|working\s+(?:at|for|with)\s+)?`, 4],
  [String.raw`(?:position|role|opportunity|opening|job|career|careers|opportunities|team|process|here|everyone)\s+(?:at|with)`, 3],
  [String.raw`(?:interview|interviewing|entretien|gespräch|entrevista|gesprek)\s+(?:at|chez|bei|en|bij)`, 3],
  // "Your interview with Summit Parcel": a person just as often, so it counts for less (people are excluded).
  [String.raw`(?:interview|interviewing|entretien|gespräch|entrevista|gesprek)\s+(?:with|avec|mit|con|met)`, 2],
  [String.raw`(?:join|joining)(?:\s+us\s+at)?`, 3],
  [String.raw`on\s+behalf\s+of`, 3],
  [String.raw`(?:envoy[ée]e|transmise?|adress[ée]e)\s+(?:à|a)`, 3],
  [String.raw`(?:la empresa|l['’]entreprise|la soci[ée]t[ée]|das unternehmen|het bedrijf|the company)`, 3],
  // A signature or host line: "Priya Nair, Senior Recruiter at Fernway".
  [String.raw`(?:recruiter|recruiting coordinator|talent partner|talent acquisition partner|sourcer|recruteu(?:r|se)|chargée? de recrutement)\s+(?:at|@|chez|bei|bij)`, 3],
  [String.raw`(?:sent\s+to|viewed\s+by|application\s+from|update\s+from|message\s+from|news\s+from)`, 3],
  [String.raw`(?:intérêt|interet)\s+(?:pour|envers|porté à)\s+(?:la société\s+|l['’]entreprise\s+)?`, 4],
  [String.raw`(?:chez|rejoindre|au sein de|au sein d['’]|auprès de|de la part de)`, 3],
  [String.raw`l['’](?:é|e)quipe\s+(?:de\s+)?(?:recrutement\s+|RH\s+|talents?\s+)?(?:de\s+|d['’])?`, 3],
  [String.raw`(?:Interesse\s+an|Bewerbung\s+bei|bei\s+der|bei)`, 3],
  [String.raw`(?:interés\s+en|equipo\s+de|solicitud\s+(?:en|para))`, 3],
  [String.raw`(?:interesse\s+in|sollicitatie\s+bij|bij)`, 3],
];

// Phrases that put a company name right before them.
const COMPANY_BEFORE: Array<[string, number]> = [
  [String.raw`[ ]+(?:Recruiting|Recruitment|Talent Acquisition|Talent|Hiring|People|HR|Careers)(?:[ ]+Team)?\b`, 4],
  [String.raw`[ ]+(?:is|are)[ ]+(?:hiring|pleased|delighted|excited|happy|reviewing|unable)`, 2],
  [String.raw`[ ]+(?:has|have)[ ]+(?:reviewed|received|decided|viewed)`, 3],
  [String.raw`[ ]+(?:has[ ]+|have[ ]+)?invited[ ]+you`, 3],
  [String.raw`[ ]+(?:invites you|lädt (?:Sie|dich)|vous invite|te invita|le invita|nodigt (?:je|u))`, 3],
  [String.raw`[ ]+Team\b`, 2],
];

/** `people`: names of the people in the message (sender, signature, interviewers): never the company. */
export function findCompanyAndRole(message: ParsedMessage, sender: Sender, people: string[] = []): CompanyAndRole {
  return { company: findCompany(message, sender, new Set(people.map(fold))), title: findTitle(message) };
}

function findCompany(message: ParsedMessage, sender: Sender, people: Set<string>): string | null {
  const candidates: Candidate[] = [];
  const subject = message.subject ?? '';
  const body = ownText(message.body);
  const add = (raw: string | null | undefined, weight: number) => {
    const name = cleanCompany(raw);
    if (name && !people.has(fold(name))) candidates.push({ name, weight });
  };

  // The display name of a robot sender is the employer's ("Acme Recruiting <no-reply@greenhouse.io>").
  if (sender.name && (sender.kind === 'ats' || sender.automated || sender.kind === 'employer')) {
    const viaName = /^(.+?)\s+(?:via|par|über)\s+.+$/i.exec(sender.name)?.[1];
    if (viaName) add(viaName, 6);
    else if (!looksLikePerson(sender.name) || TRAILING_WORDS.test(sender.name)) add(sender.name, sender.kind === 'ats' ? 5 : 3);
    // An ATS robot's display name is the employer even when it reads like a person's ("Pinecone Outfitters").
    else if (sender.kind === 'ats' && sender.automated) add(sender.name, 5);
  }

  for (const [text, scale] of [[subject, 2], [body, 1]] as const) {
    for (const [before, weight] of COMPANY_AFTER) {
      // The lead phrase is read case-insensitively, the name after it is not: a name starts with a capital.
      for (const match of text.matchAll(new RegExp(String.raw`(?:^|[^\p{L}])${before}\s+(?:the\s+)?`, 'giu'))) add(nameAt(text, match.index + match[0].length), weight * scale);
    }
    for (const [after, weight] of COMPANY_BEFORE) {
      for (const match of text.matchAll(new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${NAME_RUN})${after}`, 'gu'))) add(match[1], weight * scale);
    }
    for (const match of text.matchAll(new RegExp(String.raw`\bat\s+(${NAME_RUN})`, 'gu'))) add(match[1], scale);
  }
  // "Acme | Senior Engineer" or "Interview: Acme – Data Analyst": subject parts that are not a title.
  for (const part of subject.split(/\s+(?:[|–—/-]|<>|x)\s+|:\s+|\s*\(/)) {
    if (!ROLE_WORDS.test(part) && part.split(/\s+/).length <= 4) add(part, 1);
  }
  const signature = signatureOf(body);
  if (signature.company) add(signature.company, 4);

  const tenant = tenantOf(sender);
  const domainLabel = sender.kind === 'employer' ? sender.domain?.split('.')[0] ?? null : null;
  const anchor = tenant ?? domainLabel;
  if (anchor) {
    const key = fold(anchor);
    // The way the text spells the domain's name ("Northwind Traders" for northwindtraders.com) is the best name.
    const names = [...`${sender.name ?? ''}\n${subject}\n${message.body}`.matchAll(new RegExp(NAME_RUN, 'gu'))].flatMap((match) => prefixes(match[0]));
    // German domains write ü as ue: "brueckenbau-ag.de" is "Brückenbau AG".
    const spelledAs = (name: string) => [fold(name), fold(name.replace(/ä/gi, 'ae').replace(/ö/gi, 'oe').replace(/ü/gi, 'ue').replace(/ß/g, 'ss'))];
    const spelled =
      names.find((name) => spelledAs(name).includes(key)) ??
      names
        .filter((name) => fold(name).length >= 4 && key.startsWith(fold(name)) && key.length - fold(name).length <= 5)
        .sort((a, b) => b.length - a.length)[0] ??
      // A tenant cut short ("harborfreight" for "Harbor Freightways"): the shortest name that starts with it.
      names
        .filter((name) => key.length >= 5 && fold(name).startsWith(key) && fold(name).length - key.length <= 6 && name.includes(' '))
        .sort((a, b) => a.length - b.length)[0];
    add(spelled ?? anchor.replace(/[-_]+/g, ' ').replace(/\b\p{L}/gu, (c) => c.toUpperCase()), spelled ? 12 : 5);
  }

  const totals = new Map<string, { name: string; weight: number; first: number }>();
  candidates.forEach((candidate, order) => {
    const key = fold(candidate.name);
    const entry = totals.get(key) ?? { name: candidate.name, weight: 0, first: order };
    entry.weight += candidate.weight;
    if (anchor && key === fold(anchor)) entry.weight += 2;
    totals.set(key, entry);
  });
  const ranked = [...totals.values()].sort((a, b) => b.weight - a.weight || a.first - b.first);
  const best = ranked[0];
  if (!best || best.weight < 2) return null;
  // The domain says "tidewater", the text says "Tidewater Energy": the fuller name the text uses wins.
  const fuller = ranked.find((entry) => entry.name.startsWith(`${best.name} `) && entry.weight >= 3);
  return fuller?.name ?? best.name;
}

function nameAt(text: string, index: number): string | null {
  const sticky = new RegExp(NAME_RUN, 'uy');
  sticky.lastIndex = index;
  return sticky.exec(text)?.[0] ?? null;
}

/** "Entretien Maison Verdier" yields "Entretien", "Entretien Maison", "Maison Verdier", …: one of them may be the company. */
function prefixes(run: string): string[] {
  const words = run.split(' ');
  return words.flatMap((_, start) => words.slice(start).map((__, length) => words.slice(start, start + length + 1).join(' ')));
}

export function cleanCompany(raw: string | null | undefined): string | null {
  let name = (raw ?? '').trim().replace(/^["'“«\s]+|["'”»\s.,:;!?]+$/g, '');
  // "Ridgeline Media and I": the name ends where the writer joins the sentence.
  name = name.replace(/\s+(?:and|&|et|und|y|en)\s+(?:I|Je|Ich|Yo|Ik)$/u, '');
  for (let pass = 0; pass < 3; pass += 1) name = name.replace(TRAILING_WORDS, '').replace(LEADING_WORDS, '').trim().replace(/[,.\s]+$/, '');
  if (!name || name.length < 2 || name.length > 60) return null;
  if (PLATFORM_NAMES.test(name) || NOT_A_NAME.test(name.split(' ')[0]) || NOT_A_NAME.test(name)) return null;
  if (ROLE_WORDS.test(name)) return null;
  if (/@|https?:|www\./i.test(name)) return null;
  return name;
}

const TEAM_WORDS = /\b(?:recruit\w*|talent\w*|team|teams|hiring|careers?|jobs?|hr|rh|people|équipe|equipe|recrutement|personal|werving|selección|seleccion|notifications?|alerts?|support|service|no-?reply)\b/i;

export function looksLikePerson(name: string): boolean {
  return !TEAM_WORDS.test(name) && name.split(/\s+/).every((word) => /\p{Ll}/u.test(word) || word.length <= 2 && /^[\p{Lu}]\.?$/u.test(word)) && /^[\p{Lu}][\p{Ll}'’-]+(?:\s+(?:de|van|von|der|da|di|le|la)?\s*[\p{Lu}][\p{L}'’.-]+){1,2}$/u.test(name.trim()) && !TRAILING_WORDS.test(name);
}

// ---- Title ----

const TITLE_BODY = String.raw`((?:[^\n.,;:!?()"“”«»]|,(?=\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:at|chez|bei|bij)\s)){2,80}?)`;
const TITLE_END = String.raw`(?=\s+(?:at|with|chez|à|au sein|bei|en|bij|in|for|pour|within|on|dans|le|starting|from|am|el|op|has|have|is|was|will|you|that|which|avec|mit|con|met|est|a été|qui|que|ist|wurde|die|der|es|fue|is|werd)\s|\s*(?:[\n.;:!?()"“”«»]|,(?!\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:at|chez|bei|bij)\s))|\s+[-–|]\s|\s+(?:et|and|und|y|en)\s+(?:nous|vous|we|i|wir|ich|nos|we|wij)\b|$)`;
const TITLE_PATTERNS: RegExp[] = [
  new RegExp(String.raw`(?:position|role|post|job)\s+of\s+(?:an?\s+)?${TITLE_BODY}${TITLE_END}`, 'giu'),
  new RegExp(String.raw`(?:for|to|in|about|regarding|re)\s+(?:the|our|this|your)\s+${TITLE_BODY}\s+(?:position|role|opening|job|vacancy|opportunity|application|req)\b`, 'giu'),
  new RegExp(String.raw`(?:application|applying|applied|apply|candidacy)\s+(?:for|to)\s+(?:the\s+|our\s+|an?\s+)?${TITLE_BODY}${TITLE_END}`, 'giu'),
  new RegExp(String.raw`\bas\s+(?:an?|our)\s+${TITLE_BODY}${TITLE_END}`, 'giu'),
  new RegExp(String.raw`(?:interview|entretien|Gespräch|entrevista|gesprek)\s+(?:for|pour|für|para|voor)\s+(?:the\s+|our\s+|an?\s+|le\s+poste\s+(?:de\s+|d['’])?)?${TITLE_BODY}${TITLE_END}`, 'giu'),
  new RegExp(String.raw`(?:poste|offre|emploi)\s*(?:de\s+|d['’]|:\s*|«\s*)?${TITLE_BODY}${TITLE_END}`, 'giu'),
  new RegExp(String.raw`(?:candidature|postuler|postulé)\s+(?:au|pour le|à l['’]offre)\s+(?:poste\s+)?(?:de\s+|d['’])?${TITLE_BODY}${TITLE_END}`, 'giu'),
  new RegExp(String.raw`(?:Stelle|Position|Bewerbung|Tätigkeit)\s+als\s+${TITLE_BODY}${TITLE_END}`, 'giu'),
  new RegExp(String.raw`(?:puesto|vacante|posición)\s+(?:de\s+)?${TITLE_BODY}${TITLE_END}`, 'giu'),
  new RegExp(String.raw`(?:vacature|functie)\s+(?:van\s+|als\s+|voor\s+)?(?:de\s+)?${TITLE_BODY}${TITLE_END}`, 'giu'),
];

function findTitle(message: ParsedMessage): string | null {
  const subject = message.subject ?? '';
  const body = ownText(message.body);
  for (const text of [subject, body]) {
    for (const pattern of TITLE_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const title = cleanTitle(match[1]);
        if (title) return title;
      }
    }
  }
  // "Acme | Senior Engineer | Interview" and "Senior Engineer (Remote) - Acme": the part that reads as a title.
  for (const part of subject.split(/\s+(?:[|–—/-]|<>|x)\s+|:\s+|\s*[()]\s*/)) {
    const title = cleanTitle(part.replace(/^(?:re|fw|fwd|tr|aw)\s*:\s*/i, '').replace(INVITATION_WORDS, '').replace(APPLICATION_WORDS, ''));
    if (title && title.split(/\s+/).length <= 8 && !/\b(?:your|votre|ihre|tu|uw|interview|entretien|application|candidature)\b/i.test(title)) return title;
  }
  return null;
}

// "Uitnodiging sollicitatiegesprek Data Engineer", "Invitation to interview for …": the words before the title.
const INVITATION_WORDS = /^(?:(?:uitnodiging|einladung|invitation|convocation|confirmation|bevestiging|reminder|rappel|invitación|confirmación)\s+(?:(?:to|for|voor|zum|zu|à|a|de|d'|an?|un|une|een|het|la|el)\s+)*)?(?:(?:phone|video|technical|final|first|second)\s+)?(?:interview|entretien|sollicitatiegesprek|gesprek|vorstellungsgespräch|gespräch|entrevista)\s*(?:(?:for|pour|für|voor|para|:)\s+)?/i;

const APPLICATION_WORDS = /^(?:your|je|uw|votre|ihre|tu|su)\s+(?:application|sollicitatie|candidature|bewerbung|solicitud|candidatura)\s+(?:for|to|voor|pour|au poste de|als|para|a)\s+(?:the\s+)?/i;

function cleanTitle(raw: string | undefined): string | null {
  // "our conversation about the Product Manager" → "Product Manager"
  const lead = /^.*\b(?:about|for|to|of|in|into|regarding|on|with|concernant|pour|sur)\s+(?:the|our|this|your|an?|le|la|l['’]|votre|notre)\s+/i;
  const title = (raw ?? '')
    .replace(lead, '')
    .replace(/^(?:el|la|le|die|de|the)?\s*(?:puesto|cargo|posición|poste|stelle|functie|vacature|role|position|job)\s+(?:de\s+|d['’]|als\s+|van\s+|of\s+)?/i, '')
    .replace(/\s*\((?:[a-z]{1,2}\s*\/\s*)+[a-z]{1,2}\)\s*/gi, ' ').trim().replace(/^(?:the|our|a|an|le|la|l['’]|de|d['’])\s+/i, '').replace(/\s+(?:position|role|job|opening|poste)$/i, '').replace(/^["'“«\s]+|["'”»\s]+$/g, '');
  if (!title || title.length < 2 || !ROLE_WORDS.test(title) || title.split(/\s+/).length > 8) return null;
  if (/^(?:we|you|our|your|this|that|it|they|nous|vous)\b|^\d/i.test(title)) return null;
  // "12 nouvelles offres : …", "Exciting opportunity": a list or a pitch, not one job.
  if (/\b(?:jobs|offres|vacatures|stellenangebote|ofertas|new|nouvelles|neue|exciting|opportunity|opportunities)\b/i.test(title)) return null;
  return title;
}
