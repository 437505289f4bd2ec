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
const PLATFORM_NAMES = /^(?:linkedin|indeed|glassdoor|greenhouse|lever|workday|ashby|icims|smartrecruiters|workable|jobvite|bamboohr|recruitee|teamtailor|jazzhr|breezy|taleo|successfactors|personio|welcome to the jungle|handshake|naukri|seek|hellowork|apec|france travail|p[oô]le emploi|stepstone|xing|infojobs|ziprecruiter|monster|otta|wellfound|usajobs|harri|applitrack|frontline|interfolio|sonru|dayforce|cv-library|computrabajo|bumeran|civil service jobs|nhs jobs|trac|peopleadmin|neogov|fountain|workstream|hirevue|paradox|olivia|taleez|jobup|hiringroom|hiring room|hackerrank|hackerrank for work|codingame|codility|codesignal|kpnmail|calendly|goodtime|zoom|google meet|adobe|adobe sign|adobe acrobat sign|docusign|hellosign|dropbox sign|microsoft teams|teams|hackerrank|codility|codesignal|hirevue|gmail|outlook)$/i;
const NOT_A_NAME = /^(?:the|our|we|this|that|your|you|thank|thanks|hi|hello|dear|unfortunately|please|best|regards|kind|mr|mrs|ms|dr|it|i|a|an|as|if|at|in|on|for|with|and|but|or|so|all|any|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|bonjour|merci|madame|monsieur|nous|vous|votre|notre|le|la|les|un|une|cher|chère|hallo|sehr|liebe|lieber|vielen|wir|ihre|ihr|hola|gracias|estimad[oa]|beste|bedankt|wij|uw|je|re|fw|fwd|tr|aw|wg|application|candidature|interview|entretien|update|team|équipe|recruiting|talent|hiring|careers|jobs|job|position|role|poste|offer|congratulations|félicitations|regarding|concernant|acquisition|new|your|reminder|rappel|ihnen|uns|dir|sie|usted|aoda|eeo|band|grade|level|remote|hybrid|onsite|on-site|full-time|marketing|st|duitstalig|react|java|python|typescript|mid-market|early|nights|weekend|weekends|part-time|tenure-track|example|invalid|invalidemail|india|service|warehouse|summer|winter|spring|autumn|fall)$/i;
const TRAILING_WORDS = /(?:[\s,]+(?:recruiting|recruitment|talent acquisition|talent|hiring|careers?|jobs|people|hr|team|teams|recrutement|rh|ressources humaines|early careers?|early|campus(?: recruiting)?|university (?:recruiting|relations)|graduate recruitment|scheduling|coordination|calendar|personalabteilung|reclutamiento|werving|alerts?|notifications?|job alerts?|pte\.?(?: ltd\.?)?|s\.a\.s\.?|e\.s\.p\.?|llp|talent (?:community|network|pool)|careers? site|human resources(?: division| department)?|hr department|personnel department|people (?:&|and) culture|talento humano|recursos humanos|ressources humaines|dotation|personalabteilung|(?:[-–|]\s*)(?:dotation|talento humano|talento|recursos humanos|rh|hr|recrutement|recruiting|recruitment|people|talent|careers|karriere|werving)|nv|n\.v\.?|karriere|carrières|carrieres|empleo|empleos|vacatures|werken bij|inc|llc|llp|ltd|limited|gmbh|ag|sas|sarl|sa|s\.a\.|bv|b\.v\.|pty|pvt|plc|corp|corporation|co|via .+))+\.?$/i;
const LEADING_WORDS = /^(?:(?:soci[ée]t[ée]|entreprise|empresa|company|employer|unternehmen|werkgever)\s*:\s*|carri[èe]res|careers|karriere|the|l['’]équipe|team|das|el|het|de|werken bij|careers at|jobs at|karriere bei|carrières chez|carrieres chez|trabaja en|work at|working at)\s+/i;

interface Candidate {
  name: string;
  weight: number;
}

// Phrases that put a company name right after them, weighted by how rarely they name anything else.
const COMPANY_AFTER: Array<[string, number]> = [
  [String.raw`(?:verstuurd|verzonden|gestuurd)\s+naar|(?:erfolgreich|wurde|ist)\s+an|(?:enviada|enviado|envoy[ée]e?s?|sent|submitted)\s+(?:a|à|to)`, 5],
  // A label on its own line: "Entreprise : SOFRADIS INGÉNIERIE", "Employer: …", "Hiring agency: …".
  [String.raw`(?:^|\n)\s*(?:company|employer|organi[sz]ation|hiring (?:agency|organi[sz]ation|department|company)|agency|department|entreprise|soci[ée]t[ée]|employeur|recruteur|empresa|unternehmen|arbeitgeber|firma|werkgever|bedrijf|organisatie)\s*:`, 8],
  // An agency names its client: "Client: Marlowe & Finch", "feedback from Calderbrook Foods", "submitted your profile to Orchard Lane".
  [String.raw`(?:client|cliente|klant|kunde|entreprise cliente)\s*(?::|,|-)?`, 6],
  [String.raw`(?:feedback|news|an update|a decision)\s+from`, 4],
  [String.raw`(?:submitted|sent|forwarded|presented|put)\s+(?:your\s+)?(?:profile|cv|resume|application|details)?\s*(?:forward\s+)?to`, 4],
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
  [String.raw`[ ]+(?:will|is going to|wird|va|revisar[áa]|zal)[ ]+(?:review|prüfen|pr[üu]fen|étudier|etudier|revisar|bekijken)`, 4],
  [String.raw`[ ]+(?:Recruiting|Recruitment|Talent Acquisition|Talent|Hiring|People|HR|Careers)(?:[ ]+Team)?\b`, 4],
  [String.raw`[ ]+(?:is|are)[ ]+(?:hiring|pleased|delighted|excited|happy|reviewing|unable)`, 2],
  [String.raw`[ ]+(?:has|have)[ ]+(?:reviewed|received|decided|viewed)`, 3],
  [String.raw`[ ]+(?:has[ ]+|have[ ]+)?invited[ ]+you`, 3],
  [String.raw`[ ]+(?:invites you|lädt (?:Sie|dich)|vous invite|te invita|le invita|nodigt (?:je|u))`, 3],
  [String.raw`[ ]+Team\b`, 2],
];

/** `people`: names of the people in the message (sender, signature, interviewers): never the company. */
/** `aboutOneJob`: the message is news about one application (not a digest listing many employers). */
export function findCompanyAndRole(message: ParsedMessage, sender: Sender, people: string[] = [], aboutOneJob = true): CompanyAndRole {
  const title = findTitle(message);
  return { company: findCompany(message, sender, people, aboutOneJob ? title : null), title };
}

/**
 * Boards lay a job out as lines: the title, then the employer, then the place ("Accounts Assistant" /
 * "Pemberton & Crane Ltd" / "Leeds"). The line under the title is the employer.
 */
function employerUnderTitle(body: string, title: string | null): string | null {
  if (!title) return null;
  const lines = body.split('\n').map((line) => line.trim()).filter(Boolean);
  const at = lines.findIndex((line) => fold(line).startsWith(fold(title)) && line.length <= title.length + 30);
  if (at < 0 || at + 1 >= lines.length) return null;
  const next = lines[at + 1].split(/\s+[-–—·|•]\s+|\s{2,}/)[0];
  return ROLE_WORDS.test(next) || /\d{3,}|https?:|@/.test(next) ? null : next;
}

function findCompany(message: ParsedMessage, sender: Sender, peopleNames: string[], title: string | null = null): string | null {
  const people = new Set(peopleNames.map(fold));
  const candidates: Candidate[] = [];
  const subject = message.subject ?? '';
  const body = ownText(message.body);
  // The people writing are never the employer, nor are their first names ("Brooke" signing off).
  const viaName = /^(.+?)\s+(?:via|par|über|a través de|por medio de)\s+.+$/i.exec(sender.name ?? '')?.[1];
  const viaPerson = viaName && looksLikePerson(viaName) && !looksLikeOrganisation(viaName) && signsAs(viaName, `${subject}\n${body}`) ? viaName : null;
  // A tenant's robot (northlinerail@myworkday.com) spells the company, not a person.
  const senderIsPerson = !!sender.name && !tenantOf(sender) && looksLikePerson(sender.name) && spellsPerson(sender.name, [sender.email, message.replyTo?.email]);
  const signedBy = signatureOf(body).name;
  // A robot signing with the employer's name ("Zephyr Payments", "Sonnenfeld Energie") is no person.
  const signedByPerson = signedBy && !sender.automated && !looksLikeOrganisation(signedBy) && (!sender.name || fold(signedBy) !== fold(sender.name)) ? signedBy : null;
  const writers = [senderIsPerson ? sender.name : null, viaPerson, signedByPerson].filter((name): name is string => !!name);
  for (const name of writers) people.add(fold(name));
  const firstNames = new Set(writers.map((name) => fold(name.split(/\s+/)[0])));
  const add = (raw: string | null | undefined, weight: number) => {
    const name = cleanCompany(raw);
    if (name && !people.has(fold(name)) && !(firstNames.has(fold(name)) && !name.includes(' '))) candidates.push({ name, weight });
  };

  // The display name of a robot sender is the employer's ("Acme Recruiting <no-reply@greenhouse.io>").
  const displayName = sender.name ? senderCompanyPart(sender.name) : null;
  // "Whitney Adebayo <no-reply@greenhouse-mail.io>" (Reply-To whitney.adebayo@…): a person writing through a tool.
  const personWriting = !!displayName && looksLikePerson(displayName) && spellsPerson(displayName, [sender.email, message.replyTo?.email]);
  if (sender.name && displayName && !personWriting && (sender.kind === 'ats' || sender.kind === 'board' || sender.automated || sender.kind === 'employer')) {
    if (viaName) {
      // "Corinne Mathis via LinkedIn" is a person; "Orchard Lane Property Management via Indeed" is the employer.
      if (viaName !== viaPerson) add(viaName, 6);
    } else if (displayName !== sender.name) add(displayName, 6);
    else if (sender.kind === 'board') { /* a board's own name is never the employer */ }
    else if (!looksLikePerson(sender.name) || TRAILING_WORDS.test(sender.name)) add(sender.name, sender.kind === 'ats' ? 5 : 3);
    // An ATS robot's display name is the employer even when it reads like a person's ("Pinecone Outfitters").
    else if (sender.kind === 'ats' && sender.automated) add(sender.name, 5);
  }

  for (const [text, scale] of [[subject, 2], [body, 1]] as const) {
    for (const [before, weight] of COMPANY_AFTER) {
      // The lead phrase is read case-insensitively, the name after it is not: a name starts with a capital.
      for (const match of text.matchAll(new RegExp(String.raw`(?:^|[^\p{L}])${before}\s+(?:the\s+)?`, 'giu'))) {
        const name = nameAt(text, match.index + match[0].length);
        // "Technical Interview with Oleg Marchetti": a person, not the employer.
        if (name && sender.kind === 'scheduler' && looksLikePerson(name) && !looksLikeOrganisation(name) && /(?:with|avec|mit|con|met|from)\)?$/i.test(before)) continue;
        add(name, weight * scale);
      }
    }
    for (const [after, weight] of COMPANY_BEFORE) {
      for (const match of text.matchAll(new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${NAME_RUN})${after}`, 'gu'))) add(match[1], weight * scale);
    }
    for (const match of text.matchAll(new RegExp(String.raw`\bat\s+(${NAME_RUN})`, 'gu'))) add(match[1], scale);
  }
  // "New message from Kavi Raman (Driftwood Labs)": a person and, in brackets, where they work.
  for (const text of [subject, body]) {
    for (const match of text.matchAll(new RegExp(String.raw`(\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2}) \((${NAME_RUN})\)`, 'gu'))) {
      if (looksLikePerson(match[1])) add(match[2], 4);
    }
  }
  // "Acme | Senior Engineer" or "Interview: Acme – Data Analyst": subject parts that are not a title.
  for (const part of subject.split(/\s+(?:[|–—/-]|<>|x)\s+|:\s+|\s*\(/)) {
    if (!ROLE_WORDS.test(part) && part.split(/\s+/).length <= 4) add(part, 1);
  }
  const signature = signatureOf(body);
  if (signature.company) add(signature.company, 4);
  if (sender.kind === 'board' || sender.kind === 'ats' || sender.automated) add(employerUnderTitle(body, title), 5);

  const tenant = tenantOf(sender);
  const domainLabel = sender.kind === 'employer' ? sender.domain?.split('.')[0] ?? null : null;
  const anchor = tenant ?? domainLabel;
  if (anchor) {
    const spelled = spellingOf(anchor, `${sender.name ?? ''}\n${subject}\n${message.body}`, !!tenant);
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
  // A recruitment agency writes for its client: the agency's own name gives way to any other name found.
  for (const entry of totals.values()) if (AGENCY.test(entry.name) || (agencyDomain(sender) && fold(entry.name) === fold(sender.domain?.split('.')[0] ?? ''))) entry.weight = entry.weight / 4;
  const ranked = [...totals.values()].sort((a, b) => b.weight - a.weight || a.first - b.first);
  const best = ranked[0];
  if (!best || best.weight < 2) return null;
  // The domain says "tidewater", the text says "Tidewater Energy": the fuller name the text uses wins.
  const fuller = ranked.find((entry) => entry.name.startsWith(`${best.name} `) && entry.weight >= 3);
  return fullerInText(fuller?.name ?? best.name, `${sender.name ?? ''}\n${subject}\n${body}`);
}

// Words an organisation's name ends with: "Prairie Wind" is signed "Prairie Wind Credit Union".
const ORGANISATION_WORD = /^(?:Group|Groupe|Gruppe|Grupo|Groep|Insurance|Assurances?|Versicherungen?|Seguros|Credit Union|Partners|Technologies|Technology|Tech|Bank|Banque|Bancorp|Holdings?|Health|Healthcare|Systems|Labs?|Software|Solutions|Services|Consulting|Capital|Media|Foods?|Energy|Énergie|Logistics|Logistik|Analytics|Hospitality|Housing|Homes|Manufacturing|Industries|Academy|Trust|University|College|Schools?|District|Council|Hospital|Clinic|Studios?|Design|Digital|Financial|Finance|Ventures|Robotics|Therapeutics|Pharma|Pharmaceuticals|Bio|Motors|Airlines|Retail|Networks?|Communications|Entertainment|Games|Institute|Foundation|Association|Agency|Company|Cooperative|Coopérative|Heating|Plumbing|Construction|Engineering|Legal|Law|Hotels?|Resorts?|Restaurants?|Brewing|Payments|Mobility|Security|Realty|Properties|Property Management|Healthtech|HealthTech|Produce|Biosciences|Bioscience|Biotech|Logiciels|Games|Ledger|Grid|Robotics|Center|Centre|Medical Center|Distribution|Trust|NHS Trust|Foundation Trust|Hospitals|Pumps & Valves|Valves|Armaturen|Energies|Énergies|Conseil|Process)$/;

// Words an organisation's name starts with: "Lisheen" is "University College Lisheen", "Orséa" is "Groupe Orséa".
const LEADING_ORGANISATION = String.raw`(?:Groupe|Group|Grupo|Gruppe|Assurances|University(?: College)?(?: of)?|Université(?: de| d')?|Universität|Universidad(?: de)?|Universiteit(?: van)?|Zorggroep|Brouwerij(?: De)?|Stichting|Gemeente|Fondation|Banque|Caisse|Coopérative|Hôpital|Hospital|Clinique|Ville de|City of|County of|State of|Mairie de|Conseil départemental (?:de|du|des)|Transports|Boulangeries?|Fiduciaire|Hanseatische)`;

/** The longest way the text writes the name with organisation words around it ("Cobalt Ridge" → "Cobalt Ridge Insurance"). */
function fullerInText(name: string, text: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let best = name;
  const led = new RegExp(String.raw`(?<![\p{L}\p{N}])(${LEADING_ORGANISATION} )${escaped}(?![\p{L}\p{N}])`, 'u').exec(text);
  if (led) best = `${led[1]}${name}`;
  const base = best;
  // "Tidewater Payments University Recruiting" is the company's campus team, not a longer name.
  for (const match of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}((?: (?:and |& |of |et |en |y |del |de |d['’])?\p{Lu}[\p{L}’'.-]+){1,3})(?! (?:Recruiting|Recruitment|Hiring|Relations|Programs?|Talent|Careers|Team|Jobs))`, 'gu'))) {
    const words = match[1].trim().split(' ');
    const last = words[words.length - 1];
    const extended = `${base}${match[1]}`;
    // "Roussel & Fils", "Sambre & Meuse": what follows an ampersand is the rest of the name. A line of its own
    // ("Vardhan Technologies Pvt. Ltd." under the signature) is the full name as the company writes it.
    const ampersand = /^ (?:&|and|et|en|y|und) /.test(match[1]);
    const ownLine = new RegExp(String.raw`(?:^|\n)[ \t]*${escaped}${match[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:,?[ \t]+[\p{L}.]{1,12}(?:[ \t]+[\p{L}.]{1,6})?)?[ \t]*(?:\n|$)`, 'u').test(text);
    const organisation = ORGANISATION_WORD.test(last) || ORGANISATION_WORD.test(words.slice(-2).join(' '));
    if ((organisation || ampersand || ownLine) && !ROLE_WORDS.test(match[1]) && extended.length > best.length && cleanCompany(extended) === extended) best = extended;
  }
  return best;
}

/** The way the text spells a domain's or tenant's name: "Loam & Ledger" for loamandledger.com, "Tidepool" for tidepoolsoftware.io. */
function spellingOf(anchor: string, text: string, isTenant: boolean): string | null {
  // werkenbijlindehof.nl, joinacme.com, acmecareers.com: the employer's name without the careers words around it.
  const key = fold(anchor).replace(/^(?:werkenbij|werkenbijde|jobsat|careersat|join|work(?:at|for|with)|karrierebei|travaillerchez|trabajaen)(?=\w{4})/, '').replace(/(?<=\w{4})(?:careers|jobs|karriere|recrutement|talent|hiring|werkenbij)$/, '');
  const runs = [...text.matchAll(new RegExp(NAME_RUN, 'gu'))].map((match) => match[0]);
  // Every run of capitalised words and its parts, compared as written ("The Muse", "Brückenbau AG") and returned cleaned.
  const names = [...new Set(runs.flatMap((run) => prefixes(run)))].filter((name) => !!cleanCompany(name));
  // German domains write ü as ue ("brueckenbau-ag.de" is "Brückenbau AG"); "&" is "and" in an address.
  const spellings = (name: string) => [fold(name), fold(name.replace(/ä/gi, 'ae').replace(/ö/gi, 'oe').replace(/ü/gi, 'ue').replace(/ß/g, 'ss')), fold(name.replace(/&/g, ' and ')), fold(name.replace(/\s(?:and|&)\s/gi, ' '))];
  const exact = names.filter((name) => spellings(name).includes(key)).sort((a, b) => b.length - a.length)[0];
  if (exact) return cleanCompany(exact);
  // The domain adds a word the name goes without: tidepool + software, acme + hq.
  const shorter = names
    .filter((name) => fold(name).length >= 4 && key.startsWith(fold(name)) && (key.length - fold(name).length <= 5 || ORGANISATION_WORD.test(capitalise(key.slice(fold(name).length))) || /^(?:hq|app|careers|jobs|hr|team|corp|inc|group|online|global|usa|us|uk)$/.test(key.slice(fold(name).length))))
    .sort((a, b) => b.length - a.length)[0];
  if (shorter) return cleanCompany(shorter);
  // The name adds words the domain leaves out: "Benedetti & Sons Plumbing and Heating" for benedettiandsonsplumbing.
  const longer = names
    .filter((name) => key.length >= 5 && name.includes(' ') && spellings(name).some((spelling) => spelling.startsWith(key)) && (isTenant ? fold(name).length - key.length <= 6 : true))
    .sort((a, b) => (isTenant ? a.length - b.length : b.length - a.length))[0];
  if (longer) return cleanCompany(longer);
  // The first word, then a clipped second: "Wattlegrove Local Health District" for wattlegrovehealth, "Thornbury Academy Trust" for thornburyacademies.
  const clipped = names.filter((name) => {
    const [first, ...rest] = name.split(' ');
    if (rest.length === 0 || fold(first).length < 5 || !key.startsWith(fold(first))) return false;
    const remainder = key.slice(fold(first).length);
    return remainder.length >= 4 && rest.some((word) => commonPrefix(fold(word), remainder) >= 4);
  }).sort((a, b) => b.length - a.length)[0];
  if (clipped) return cleanCompany(clipped);
  // Initials and a last word: "Groupe Financier Laurentide" for gflaurentide.
  const initials = names.find((name) => {
    const words = name.split(' ').filter((word) => !/^(?:of|de|du|des|la|le|and|&|et|y|van|der)$/i.test(word));
    if (words.length < 2) return false;
    const letters = words.map((word) => fold(word)[0]).join('');
    // gflaurentide (Groupe Financier Laurentide), gasm (Grupo Alimentario Sierra Madre), coopborealis (Coopérative Boréalis).
    return `${letters.slice(0, -1)}${fold(words[words.length - 1])}` === key || (words.length >= 3 && letters === key) || (key.endsWith(fold(words[words.length - 1])) && key.length - fold(words[words.length - 1]).length >= 3 && fold(words.slice(0, -1).join('')).startsWith(key.slice(0, key.length - fold(words[words.length - 1]).length)));
  });
  return initials ? cleanCompany(initials) : null;
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "Olivia from Larkspur Hotels & Resorts", "Carmen Villalobos (Brisamar Seguros)": the company part of a display name. */
function senderCompanyPart(displayName: string): string {
  const inBrackets = /^[^()]+\(([^()]+)\)\s*$/.exec(displayName)?.[1];
  if (inBrackets && looksLikePerson(displayName.replace(/\s*\(.*$/, ''))) return inBrackets.trim();
  const barred = /^(.+?)\s+[|]\s+(.+)$/.exec(displayName);
  if (barred && looksLikePerson(barred[1])) return barred[2].trim();
  const from = /^\p{Lu}\p{Ll}+ (?:from|de|von|at|@) (.+)$/u.exec(displayName)?.[1];
  return from?.trim() ?? displayName;
}

/** Whether the message is signed by, or says it comes from, this name ("Corinne" alone on a line, "a message from Corinne Mathis"). */
function signsAs(name: string, text: string): boolean {
  const first = name.split(/\s+/)[0];
  const escaped = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`^\s*(?:-\s*)?(?:${escaped(first)}|${escaped(name)})\s*$`, 'mu').test(text) || new RegExp(String.raw`\b(?:message|messaged|note|reply) from ${escaped(name)}|${escaped(first)} (?:just )?(?:messaged|wrote|sent)\b`, 'iu').test(text);
}

/** Whether an address spells the person's name (brooke.vandermeer@…, wadebayo@…). */
function spellsPerson(name: string, addresses: Array<string | null | undefined>): boolean {
  const words = name.split(/\s+/).map(fold).filter((word) => word.length >= 2);
  return addresses.some((address) => {
    const local = fold(address?.split('@')[0] ?? '');
    if (words.length < 2 || words.some((word) => TEAM_WORDS.test(word))) return false;
    const [first, last] = [words[0], words[words.length - 1]];
    // brooke.vandermeer, wadebayo, brooke: the ways people's addresses spell them; harborfreight is a tenant.
    return local === first || (last.length >= 3 && local.includes(last) && (local.includes(first) || local.startsWith(first[0])));
  });
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

const AGENCY = /\b(?:recruitment|recruiting|staffing|search|resourcing|talent partners|personnel|uitzendbureau|interim|intérim|cabinet|conseil|consulting group|hays|adecco|randstad|manpower|robert half|michael page|page personnel|kelly services|hudson|tempo-team|synergie|proman|expectra|talentbridge|headhunt\w*)\b/i;

function agencyDomain(sender: Sender): boolean {
  return !!sender.domain && /(?:recruit|staffing|search|resourcing|talent|personnel|uitzend|interim|hays|adecco|randstad|manpower|roberthalf|michaelpage|pagepersonnel|kellyservices)/.test(sender.domain);
}

/** "Brightwater Analytics" is shaped like "Corinne Mathis", but its last word names an organisation. */
function looksLikeOrganisation(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return ORGANISATION_WORD.test(words[words.length - 1]) || ORGANISATION_WORD.test(words.slice(-2).join(' '));
}

export function cleanCompany(raw: string | null | undefined): string | null {
  let name = (raw ?? '').trim().replace(/^["'“«\s]+|["'”»\s.,:;!?|–—-]+$/g, '');
  // "Mutualité Sambre &" is a name cut short: a joiner never ends one.
  name = name.replace(/(?:\s+(?:&|and|of|de|du|des|et|und|y|en|van|der|la|le))+$/iu, '');
  // "Pinecrest Systems' 2027 internship": the possessive and what follows it are not the name.
  name = name.replace(/(?:['’]s?|\s+\d{4})(?:\s.*)?$/u, '').trim();
  // "Ridgeline Media and I": the name ends where the writer joins the sentence.
  name = name.replace(/\s+(?:and|&|et|und|y|en)\s+(?:I|Je|Ich|Yo|Ik)$/u, '');
  for (let pass = 0; pass < 3; pass += 1) name = name.replace(TRAILING_WORDS, '').replace(LEADING_WORDS, '').trim().replace(/[,.\s]+$/, '');
  if (!name || name.length < 2 || name.length > 60) return null;
  if (PLATFORM_NAMES.test(name) || NOT_A_NAME.test(name.split(' ')[0]) || NOT_A_NAME.test(name)) return null;
  if (ROLE_WORDS.test(name)) return null;
  if (/@|https?:|www\./i.test(name)) return null;
  return name;
}

const TEAM_WORDS = /\b(?:recruit\w*|talent\w*|team|teams|hiring|careers?|jobs?|hr|rh|people|équipe|equipe|recrutement|personal|werving|selección|seleccion|notifications?|alerts?|support|service|no-?reply|karriere|carrières?|carrieres?|empleo|empleos|vacatures|werken|stellen|bewerbung|candidatures?|emplois?)\b/i;

export function looksLikePerson(name: string): boolean {
  return !TEAM_WORDS.test(name) && name.split(/\s+/).every((word) => /\p{Ll}/u.test(word) || word.length <= 2 && /^[\p{Lu}]\.?$/u.test(word)) && /^[\p{Lu}][\p{Ll}'’-]+(?:\s+(?:(?:de|van|von|der|da|di|le|la|ter|ten|den|del|van der|van den|de la)\s+)?[\p{Lu}][\p{L}'’.-]+){1,2}$/u.test(name.trim()) && !TRAILING_WORDS.test(name);
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
