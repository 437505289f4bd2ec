import type { ParsedMessage } from './message';
import { type Sender, describeSender, isSharedPublicDomain, tenantOf } from './senders';
import { escapeRegExp, fold, NAME_RUN, ownText, quotedText, ROLE_WORDS, withoutHeaderBlocks, withoutSuggestions } from './text-patterns';
import { signatureOf } from './signature';
import { AGENCY, AGENCY_BY_FULL_NAME, AGENCY_FOOTER, AGENCY_ROLE, CLIENT_TALK, NAMED_AS_AN_AGENCY, agencyDomain } from './agencies';
import { findTitle } from './job-title';
import { type CompanyCandidate, type CompanyContext, NO_EMPLOYER, companyFeatures, noEmployerFeatures } from './company-features';
import { type CompanyScorer, trainedCompanyScorer } from './company-model';
import { ADDRESS_LINE, employerUnderTitle, eventTypeNames, nameFromDomain, namesOverAnAddress, namesWithALegalForm, signedUnderFirstName } from './company-layouts';
import { COMPANY_AFTER, COMPANY_BEFORE, DATA_CONTROLLER, IN_TEXT_LEGAL_FORM, OFFICE_OF, POWERED_BY, RELAY_TALK, WHOLE_LINE_NAME, WHOLE_NAME } from './company-phrases';
import { cleanCompany, fullerInText, senderCompanyPart, signsAs, spellsPerson, spokenOfAsAFirm, withoutInstitutionField } from './company-names';
import { DEDICATION, HONORIFIC, TRAILING_WORDS, looksLikeOrganisation, looksLikePerson } from './name-shapes';
import { spellingOf } from './domain-spelling';
import { readableCapitals } from './readable-capitals';
import { firmsAndOwners } from './company-owners';
import { chooseByRules } from './company-rules-choice';
import { asTheMessageWritesIt } from './company-written';

export interface CompanyAndRole {
  company: string | null;
  title: string | null;
}

interface Candidate {
  name: string;
  weight: number;
  source: string;
}

/** `people`: names of the people in the message (sender, signature, interviewers): never the company. */
/** `aboutOneJob`: the message is news about one application (not a digest listing many employers). */
/** `scorer`: weighs the names the message offers; the trained model unless training passes its own. */
export function findCompanyAndRole(whole: ParsedMessage, sender: Sender, people: string[] = [], aboutOneJob = true, scorer: CompanyScorer = trainedCompanyScorer): CompanyAndRole {
  const message = aboutOneJob ? { ...whole, body: withoutSuggestions(whole.body) } : whole;
  const title = findTitle(message);
  return { company: readableCapitals(findCompany(message, sender, people, aboutOneJob ? title : null, aboutOneJob, false, scorer)), title };
}

function findCompany(message: ParsedMessage, sender: Sender, peopleNames: string[], title: string | null = null, aboutOneJob = true, inThread = false, scorer: CompanyScorer | null = null): string | null {
  // "Patricia Joy M. Reyes" signing is "Patricia Joy Reyes" who sent it: a middle initial changes no one.
  // "Graham Ruiz, AIA" is Graham Ruiz: letters after a name are no part of who it is.
  const personKey = (name: string) => fold(name.replace(/(?<=\s)\p{Lu}\.?(?=\s)/gu, '').replace(/(?:,\s*\p{Lu}[\p{Lu}.]{1,6}\b)+\s*$/u, ''));
  // "Diego Arreola" in a subject is "Diego Arreola Sánchez" of the invite: a second surname left off. Not a desk
  // named like a person ("Kita Sonnenblume Leitung").
  const people = new Set(peopleNames.flatMap((name) => (name.trim().split(/\s+/).length === 3 && looksLikePerson(name) && !looksLikeOrganisation(name) && !ROLE_WORDS.test(name) ? [personKey(name), personKey(name.trim().split(/\s+/).slice(0, 2).join(' '))] : [personKey(name)])));
  const candidates: Candidate[] = [];
  const subject = message.subject ?? '';
  const body = ownText(message.body);
  // A robot that speaks of "the employer", "la empresa", "das Unternehmen" relays for someone else: a board we do not know.
  const relays = sender.automated && sender.kind === 'employer' && RELAY_TALK.test(body);
  // The people writing are never the employer, nor are their first names ("Brooke" signing off).
  const viaName = /^(.+?)\s+(?:via|vía|par|über|a través de|por medio de)\s+.+$/i.exec(sender.name ?? '')?.[1];
  const viaPerson = viaName && looksLikePerson(viaName) && !looksLikeOrganisation(viaName) && signsAs(viaName, `${subject}\n${body}`) && !spokenOfAsAFirm(viaName, `${subject}\n${body}`) ? viaName : null;
  // A tenant's robot (northlinerail@myworkday.com) spells the company, not a person.
  // "Dr. Petra Hauser" is Petra Hauser, who signs below with her name alone.
  const senderName = sender.name?.replace(new RegExp(String.raw`^(?:${HONORIFIC}\.?\s+)+`, 'i'), '') ?? null;
  // A webmail view's head ("Graham Whitaker" over the date) gives a name without an address to check it against.
  const senderIsPerson = !!senderName && !tenantOf(sender) && looksLikePerson(senderName) && !looksLikeOrganisation(senderName) && (spellsPerson(senderName, [sender.email, message.replyTo?.email]) || (!sender.email && !message.replyTo?.email));
  const signature = signatureOf(body);
  const signedBy = signature.name;
  // A robot signing with the employer's name ("Zephyr Payments", "Sonnenfeld Energie") is no person.
  const signedByPerson = signedBy && !sender.automated && !looksLikeOrganisation(signedBy) && (!sender.name || fold(signedBy) !== fold(sender.name)) ? signedBy : null;
  const writers = [senderIsPerson ? senderName : null, viaPerson, signedByPerson].filter((name): name is string => !!name);
  for (const name of writers) people.add(personKey(name));
  // "Ellen" signing the quoted thread is Ellen Peeters, who wrote the reply above it.
  const firstNames = new Set([...writers, ...(inThread ? peopleNames.filter((name) => looksLikePerson(name) && !looksLikeOrganisation(name)) : [])].map((name) => fold(name.trim().split(/\s+/)[0])));
  // "Shannon People Recruitment" is cleaned to "Shannon": the agency is known by the words cleaning drops.
  const agencyByFullName = new Set<string>();
  const add = (raw: string | null | undefined, weight: number, source: string) => {
    const name = cleanCompany(raw);
    // "Partner | Van Dijk & Mol Recruitment" under a letter: the writer's own firm recruits for others.
    // A robot's "Orbital Ledger Recruiting" is the employer's own team.
    const signedAsRecruiters = (source === 'signature' || source === 'over-an-address') && !sender.automated && sender.kind === 'employer' && /\bRecruitment$/u.test(raw?.trim() ?? '');
    if (name && raw && (AGENCY_BY_FULL_NAME.test(raw.trim()) || signedAsRecruiters) && !AGENCY.test(name)) agencyByFullName.add(fold(name));
    if (name && !people.has(personKey(name)) && !(firstNames.has(fold(name)) && !name.includes(' '))) candidates.push({ name, weight, source });
  };

  // The display name of a robot sender is the employer's ("Acme Recruiting <no-reply@greenhouse.io>").
  const displayName = sender.name ? senderCompanyPart(sender.name, sender.kind === 'ats' || sender.kind === 'board' || sender.kind === 'scheduler') : null;
  // "Whitney Adebayo <no-reply@greenhouse-mail.io>" (Reply-To whitney.adebayo@…): a person writing through a tool.
  // southerncrosswater@talent.icims.com spells the whole display name: the tenant's robot, not a person's box.
  // kessler@myworkday.com under "Kessler Drives": the box is named after the tenant, which spells no one.
  const box = fold(sender.email?.split('@')[0] ?? '');
  const tenantBox = sender.kind === 'ats' && !!displayName && (box === fold(displayName) || (!!box && box === fold(tenantOf(sender) ?? '')));
  const personWriting = !!displayName && looksLikePerson(displayName) && !looksLikeOrganisation(displayName) && spellsPerson(displayName, [tenantBox ? null : sender.email, message.replyTo?.email]);
  // A scheduling tool sends as the employer's team ("Brightwater Mutual Recruiting <scheduling@goodtime.io>").
  const schedulerForATeam = sender.kind === 'scheduler' && !!sender.name && TRAILING_WORDS.test(sender.name);
  if (sender.name && displayName && !personWriting && !relays && (sender.kind === 'ats' || sender.kind === 'board' || sender.automated || sender.kind === 'employer' || schedulerForATeam)) {
    if (viaName) {
      // "Corinne Mathis via LinkedIn" is a person; "Orchard Lane Property Management via Indeed" is the employer.
      if (viaName !== viaPerson) add(viaName, 6, 'sender-via');
    } else if (displayName !== sender.name) add(displayName, 6, 'sender-part');
    else if (sender.kind === 'board') { /* a board's own name is never the employer */ }
    else if (!looksLikePerson(sender.name) || TRAILING_WORDS.test(sender.name)) add(sender.name, sender.kind === 'ats' ? 5 : 3, 'sender-name');
    // An ATS robot's display name is the employer even when it reads like a person's ("Pinecone Outfitters").
    // Unless the message is signed with it: "Dana Whitlock <no-reply@hire.lever.co>" signing "Dana Whitlock, Recruiter".
    // "Épiceries Laurentides" <laurentides@myworkday.com>: the tenant's own box, named after it.
    else if (sender.kind === 'ats' && (sender.automated || fold(sender.name).includes(fold(tenantOf(sender) ?? '-'))) && !(signsAs(sender.name, body) && !looksLikeOrganisation(sender.name))) add(sender.name, 5, 'ats-sender-name');
  }

  if (sender.organisation) add(sender.organisation, 6, 'sender-organisation');
  // "Distribuidora Don Tito <distribuidoradontito@yahoo.com.ar>": a small firm writing from a personal mailbox under its own name.
  if (sender.kind === 'personal' && sender.name && looksLikeOrganisation(sender.name) && !TRAILING_WORDS.test(sender.name)) add(sender.name, 5, 'private-mailbox-name');
  for (const [text, scale, where] of [[subject, 2, 'subject'], [body, 1, 'body']] as const) {
    for (const [before, weight] of COMPANY_AFTER) {
      // The lead phrase is read case-insensitively, the name after it is not: a name starts with a capital.
      for (const match of text.matchAll(new RegExp(String.raw`(?:^|[^\p{L}])(?:${before})(?:\s+|(?<=\()\s*)(?:(?:the|de|het|der|die|das|la|el)\s+(?=\p{Lu}))?`, 'giu'))) {
        // A label's line holds the name whole: "Board: Tantramar Regional Centre for Education".
        const rest = text.slice(match.index + match[0].length).split('\n')[0].trim();
        const name = before.startsWith('(?<=^|\\n)') && WHOLE_LINE_NAME.test(rest) ? rest : nameAt(text, match.index + match[0].length);
        // "Technical Interview with Oleg Marchetti": a person, not the employer.
        // An invite's "Interview with Ben Tremblay" names the candidate or an interviewer, whoever sent it.
        if (name && (sender.kind === 'scheduler' || message.invite) && looksLikePerson(name) && !looksLikeOrganisation(name) && /(?:with|avec|mit|con|met|from)\)?$/i.test(before)) continue;
        // "feedback from Niamh": after "from", a lone word said once is as likely a first name as a firm.
        const lone = !!name && !name.includes(' ') && /from$/i.test(before) && text.split(name).length === 2;
        add(name, lone ? 1 : weight * scale, lone ? 'after-from-once' : `after-phrase-in-${where}`);
      }
    }
    for (const [after, weight] of COMPANY_BEFORE) {
      // "HN Who's Hiring": the thread's name, not a firm's hiring team.
      for (const match of text.matchAll(new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${NAME_RUN})${after}`, 'gu'))) if (!/\bWho['’]s$/i.test(match[1])) add(match[1], weight * scale, `before-phrase-in-${where}`);
    }
    for (const match of text.matchAll(new RegExp(String.raw`\bat\s+(${NAME_RUN})`, 'gu'))) add(match[1], scale, `at-in-${where}`);
  }
  // "New message from Kavi Raman (Driftwood Labs)": a person and, in brackets, where they work.
  for (const text of [subject, body]) {
    for (const match of text.matchAll(new RegExp(String.raw`(?<!\p{Lu}[\p{L}'’-]* )(\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2}) \(([^()\n]{2,90})\)`, 'gu'))) {
      // Not a listing's "Community Manager - Agencia Nodo (CABA)": there the brackets hold a town.
      const line = text.slice(text.lastIndexOf('\n', match.index) + 1, match.index);
      // The brackets hold an organisation's name, not a legal form, a role or a qualification ("(AöR)", "(Vorsitzender)", "(VIG)").
      // "(Leitung Personal, Feldmann Medizintechnik GmbH)": the role, then the organisation.
      const inBrackets = match[2].includes(', ') && ROLE_WORDS.test(match[2].split(', ')[0]) ? match[2].split(', ').at(-1)!.trim() : match[2].trim();
      if (!WHOLE_NAME.test(inBrackets)) continue;
      if (!(inBrackets.includes(' ') || looksLikeOrganisation(inBrackets)) || ROLE_WORDS.test(inBrackets) || (looksLikePerson(inBrackets) && !looksLikeOrganisation(inBrackets))) continue;
      if (looksLikePerson(match[1]) && !looksLikeOrganisation(match[1]) && !ROLE_WORDS.test(match[1]) && !/^\s*[·•*▪‣◦-]|\s[-–—]\s/.test(line)) add(inBrackets, 4, 'person-then-brackets');
    }
  }
  // "Acme | Senior Engineer", "Interview: Acme – Data Analyst", "Data Analyst @ Acme": subject parts that are not a title.
  for (const part of subject.split(/\s+(?:[|–—/@-]|<>|x)\s+|:\s+|\s*[()]\s*/)) {
    // "(Ribarroja del Túria)" that the body puts after "en", "in", "à": where the job is, not who offers it. Not the
    // start of a longer name there ("en Ortega Lumbreras Consultores").
    const aPlace = part.trim().length > 1 && !looksLikeOrganisation(part) && new RegExp(String.raw`(?:^|\s)(?:en|in|à|bei|im|te|nach|near)\s+${escapeRegExp(part.trim())}(?![\p{L}]| \p{Lu})`, 'iu').test(body);
    if (!ROLE_WORDS.test(part) && part.split(/\s+/).length <= 4 && !aPlace) add(part, 1, 'subject-part');
    // "Analytics Engineer at Meridiaan", "Head of Finance en Lácteos Valdeazor": the title, then who it is with.
    const [, role, firm] = /^(.+?)\s+(?:at|chez|bei|bij|en)\s+(\p{Lu}[^]*)$/u.exec(part.trim()) ?? [];
    if (role && ROLE_WORDS.test(role) && !ROLE_WORDS.test(firm) && firm.split(/\s+/).length <= 4 && (/\sat\s/.test(part) || firm.includes(' ') || looksLikeOrganisation(firm))) add(firm, 1, 'subject-part');
  }
  // "pour le compte de notre client, l'Imprimerie Delvaux-Jamar", "our client, Halden Mutual": who an agency works for.
  for (const match of body.matchAll(new RegExp(String.raw`(?:${CLIENT_TALK.source}),?\s+\(?(?:(?:le|la|les|the|die|der|das|el|de|het)\s+|l['’])?(${NAME_RUN})`, 'gu'))) {
    // "la Société" at the end of a wrapped line, "Minière du Col des Roussettes (SAS)" on the next: one name.
    const wrapped = !match[1].includes(' ') && body[match.index + match[0].length] === '\n' ? nameAt(body, match.index + match[0].length + 1) : null;
    add(wrapped ? `${match[1]} ${wrapped}` : match[1], 8, 'agency-client');
  }
  // A pasted letter opening on its letterhead in capitals ("GOUVERNEMENT DE LA POLYNÉSIE FRANÇAISE"): who wrote it.
  const firstLine = message.body.trim().split('\n')[0]?.trim() ?? '';
  if (!message.from && !/\p{Ll}/u.test(firstLine) && firstLine.split(/\s+/).length >= 2 && looksLikeOrganisation(firstLine)) add(firstLine, 3, 'letterhead');
  // "Padma Agro Feeds Limited, a concern of Shapla Group of Companies": the firm that hires, not the group that owns it.
  const { units, ownsTheFirm } = firmsAndOwners(`${body}\n${quotedText(message.body)}`);
  for (const unit of units) add(unit, 6, 'part-of-a-group');
  // Any name shaped like an organisation's ("des Fonderies Delmas-Aubry", "Kanters Voedingsgroep wil je graag"): a weak vote.
  // Not in a digest: its listings are organisation-shaped too.
  for (const [text, scale, where] of aboutOneJob ? ([[subject, 2, 'subject'], [body, 1, 'body']] as const) : []) {
    for (const match of text.matchAll(new RegExp(NAME_RUN, 'gu'))) {
      // "DAF des Fonderies Delmas-Aubry": the organisation after the connector, when it reads as one by itself.
      // Not a dedication, which is the name itself: "Our Lady of Candelaria University".
      const after = DEDICATION.test(match[0]) ? undefined : /^.+? (?:des|du|de la|de|of the|of|van de|van|von der|von) (.+)$/u.exec(match[0])?.[1];
      const name = after && after.includes(' ') && looksLikeOrganisation(after) ? after : match[0];
      if (name.includes(' ') && looksLikeOrganisation(name) && !ROLE_WORDS.test(withoutInstitutionField(name)) && !/\b(?:Scheme|Programme|Program|Graduate|Interview|Invitation|Application)\b/.test(name)) add(name, scale, `organisation-shaped-in-${where}`);
    }
  }
  if (sender.kind === 'scheduler') for (const name of eventTypeNames(body)) add(name, 4, 'event-type');
  if (signature.company) add(signature.company, 4, 'signature');
  for (const name of signedUnderFirstName(body, writers)) add(name, 4, 'under-first-name');
  if (sender.kind === 'board' || sender.kind === 'ats' || sender.automated) add(employerUnderTitle(body, title, aboutOneJob), 5, 'under-title');
  for (const name of namesWithALegalForm(body)) add(name, 4, 'legal-form');
  // "mit Herrn Brandes, dem Geschäftsführer der Aurelian Medizintechnik AG": a legal form inside a sentence.
  // Only in running text: a footer's "Reed Online Ltd, Academy Court, …" or "© Totaljobs Group Ltd" names the board.
  // Not in a digest: its listings carry legal forms too.
  for (const match of aboutOneJob ? body.matchAll(IN_TEXT_LEGAL_FORM) : []) {
    const line = body.slice(body.lastIndexOf('\n', match.index) + 1, body.indexOf('\n', match.index) >>> 0);
    const rest = body.slice(match.index + match[0].length, match.index + match[0].length + 40);
    // "InfoJobs, Adevinta Spain S.L.U. - Avinguda …": the board's own entity, over its address.
    const boardsOwn = (sender.kind === 'board' || sender.kind === 'ats') && !!sender.name && fold(line).startsWith(fold(sender.name));
    // "Brightlough Software Ltd, The Digital Exchange, Crane Street, Dublin 8": a letterhead's entity over its address.
    const overAnAddress = /^\.?\s*[,–—-]/.test(rest) && ADDRESS_LINE.test(line.slice(line.indexOf(match[0]) + match[0].length));
    if (!/©|\(c\)|copyright|registered|all rights|amtsgericht|handelsregister/i.test(line) && !/^\.?\s*[,–—-][^,\n]*\d/.test(rest) && !overAnAddress && !boardsOwn) add(match[1].replace(OFFICE_OF, ''), 2, 'legal-form-in-text');
  }
  for (const name of namesOverAnAddress(`${body}\n${quotedText(message.body)}`)) add(name, 3, 'over-an-address');
  // The footer the message's own text leaves out may say who keeps the candidate's data: the employer.
  for (const match of message.body.matchAll(DATA_CONTROLLER)) add(nameAt(message.body, match.index + match[0].length), 4, 'data-controller');

  const tenant = tenantOf(sender);
  const domainLabel = sender.kind === 'employer' && !relays && !isSharedPublicDomain(sender.domain) ? sender.domain?.split('.')[0] ?? null : null;
  // "Calendly" writing, Reply-To nadia.ferrand@aerolis.fr: a tool sends, the employer's own address answers.
  const replyTo = message.replyTo ? describeSender(message.replyTo) : null;
  const replyLabel = !domainLabel && sender.kind !== 'employer' && replyTo?.kind === 'employer' && !isSharedPublicDomain(replyTo.domain) && !agencyDomain(replyTo) ? replyTo.domain?.split('.')[0] ?? null : null;
  const anchor = tenant ?? domainLabel ?? replyLabel;
  // A domain the footer names as the tool that sent the mail ("Powered by Jobtrain", "enviado a través de Buk") is no employer.
  const platformFooter = !tenant && !!anchor && [...message.body.matchAll(POWERED_BY)].some((match) => fold(match[1]).startsWith(fold(anchor)) || fold(anchor).startsWith(fold(match[1])));
  let anchorSpelled = false;
  // "ssss.gouv.qc.ca": a label without a vowel is initials the text never spells out, a weak hint at best.
  const initialsOnly = !!anchor && !/[aeiouy]/i.test(anchor);
  if (anchor && !platformFooter) {
    const spelled = spellingOf(anchor, `${sender.name ?? ''}\n${subject}\n${message.body}`, !!tenant, sender.kind === 'employer' ? sender.name : null);
    anchorSpelled = !!spelled;
    add(spelled ?? nameFromDomain(anchor), spelled ? 12 : initialsOnly ? 1 : UNSPELLED_WEIGHT, spelled ? 'domain-spelled' : 'domain-unspelled');
  }

  const totals = new Map<string, CompanyCandidate>();
  candidates.forEach((candidate, order) => {
    const key = fold(candidate.name);
    const entry = totals.get(key) ?? { name: candidate.name, weight: 0, first: order, sources: [] };
    // "ASHCOMBE VALLEY NHS TRUST" from the sender, "Ashcombe Valley NHS Trust" from the signature: the way it is usually written.
    if (entry.name === entry.name.toUpperCase() && candidate.name !== candidate.name.toUpperCase()) entry.name = candidate.name;
    entry.weight += candidate.weight;
    entry.sources.push(candidate.source);
    // A domain's label the text never writes (ssss.gouv.qc.ca) gets no extra say over the names the message gives.
    if (anchor && key === fold(anchor) && (anchorSpelled || (candidates.length === 1 && !initialsOnly))) entry.weight += 2;
    totals.set(key, entry);
  });
  // A recruitment agency writes for its client: the employer is the client, never the agency. With no client named
  // ("my client, a leading Leeds law firm"), there is no employer to give.
  // "We act as an employment agency": the footer says so even when the name does not.
  // "Recruitment Consultant", "Intercedent", "Personalberaterin": the writer's role says an agency writes.
  const agencyRole = AGENCY_ROLE.test(signature.role ?? '');
  const saysItIsAnAgency = agencyDomain(sender) || AGENCY_FOOTER.test(body) || CLIENT_TALK.test(body);
  const agencyLabel = saysItIsAnAgency || agencyRole ? fold(sender.domain?.split('.')[0] ?? '') : null;
  // "Noordkaap" from the domain is the agency "Noordkaap Werving & Selectie" the signature names.
  const agencyNames = candidates.filter((candidate) => NAMED_AS_AN_AGENCY.test(candidate.name)).map((candidate) => fold(candidate.name));
  // "Kwartel" from the domain, "Kwartel Werving & Selectie" as the text spells it: an agency by its full name.
  const agencyInFull = (name: string) => {
    const full = fullerInText(name, `${subject}\n${body}`);
    return full !== name && NAMED_AS_AN_AGENCY.test(full);
  };
  // huntandhire.com.pk signing "Hunt & Hire Consultants": an agency's name that begins with its domain is the agency,
  // when the mail says an agency writes (a "Técnica de Selección" may be the employer's own recruiter).
  const isAgency = (name: string) => AGENCY.test(name) || agencyInFull(name) || agencyByFullName.has(fold(name)) || agencyNames.some((full) => fold(name).length >= 4 && full.startsWith(fold(name)) && full !== fold(name)) || (!!agencyLabel && fold(name).length >= 4 && (agencyLabel.startsWith(fold(name)) || (saysItIsAnAgency && agencyLabel.length >= 4 && fold(name.replace(/&/g, ' and ')).startsWith(agencyLabel))));
  const agency = [...totals.values()].some((entry) => isAgency(entry.name));
  const fullText = `${subject}\n${body}`;
  // Where a name may be written in full: the sender, the subject, the message and the thread quoted below it.
  const everything = `${sender.name ?? ''}\n${subject}\n${body}\n${quotedText(message.body)}`;
  // The thread quoted below, read as a message of its own from nobody in particular: an agency that does not name
  // its client here may have there ("my client Calder & Finch").
  const nameInThread = () => (inThread || !quotedText(message.body).trim() ? null : findCompany({ ...message, from: null, replyTo: null, body: withoutHeaderBlocks(quotedText(message.body)) }, NOBODY, [...peopleNames, ...writers], null, aboutOneJob, true));
  const byRules = chooseByRules({ entries: [...totals.values()], agency, isAgency, ownsTheFirm, aboutOneJob, fullText, everything,
    senderAndText: `${sender.name ?? ''}\n${subject}\n${body}`, senderAndWholeBody: `${sender.name ?? ''}\n${subject}\n${message.body}`, nameInThread });

  // The thread quoted below, read for a name, keeps the rules' choice: the model weighs the message itself.
  // A digest or an account e-mail the rules find no employer in has none to give.
  const offered = [...totals.values()];
  if (!scorer || offered.length === 0 || (!byRules && !aboutOneJob)) return byRules;
  if (byRules && !offered.some((entry) => fold(entry.name) === fold(byRules))) offered.push({ name: byRules, weight: 0, first: candidates.length, sources: ['rules-fuller-spelling'] });
  const context: CompanyContext = { subject, body, senderName: sender.name, senderKind: sender.kind, automated: sender.automated, anchor: platformFooter ? null : anchor, agencyWrites: agency, isAgency, byRules };
  const choices = offered.map((entry) => ({ name: entry.name, features: companyFeatures(entry, offered, context) }));
  // Where the rules name no employer, naming none stays a choice: one of the names they found too weak may still be it.
  if (!byRules) choices.push({ name: NO_EMPLOYER, features: noEmployerFeatures(offered, context) });
  const scores = scorer(choices);
  // The group that owns the firm hiring ("Shapla Group" over "Padma Agro Feeds") is never the choice: the next best is.
  // An agency whose client the rules found ("Je suis mandaté par Occitalis Systèmes", "Van Roosbroeck & Zonen wil je graag
  // leren kennen") writes for it: never the agency then.
  const clientNamed = agency && !!byRules && !isAgency(byRules) && !!offered.find((entry) => fold(entry.name) === fold(byRules))?.sources.includes('agency-client');
  const ranked = choices.map((choice, at) => ({ name: choice.name, score: scores[at] })).filter((choice) => choice.name === NO_EMPLOYER || (!ownsTheFirm(choice.name) && !(clientNamed && isAgency(choice.name))));
  const chosen = (ranked.length > 0 ? ranked.reduce((best, choice) => (choice.score > best.score ? choice : best)) : choices[scores.indexOf(Math.max(...scores))]).name;
  if (chosen === NO_EMPLOYER) return null;
  return asTheMessageWritesIt(chosen, byRules, offered, everything);
}

function nameAt(text: string, index: number): string | null {
  const sticky = new RegExp(NAME_RUN, 'uy');
  sticky.lastIndex = index;
  return sticky.exec(text)?.[0] ?? null;
}

const UNSPELLED_WEIGHT = 2;
const NOBODY: Sender = { kind: 'unknown', domain: null, name: null, email: null, automated: false };
