// What a company's name is and how messages write it: cleaning a candidate name and the fuller form a text gives
// a name (whether a name is shaped like an organisation's or a person's is in name-shapes.ts; a domain's spelling in domain-spelling.ts).
import { isPlatformDomain, registrableDomain } from './senders';
import { escapeRegExp, fold, ROLE_WORDS } from './text-patterns';
import { DEDICATION, HONORIFIC, JOINED_STREET_KIND, LEADING_ORGANISATION, ORGANISATION_FIRST, ORGANISATION_WORD, TEAM_WORDS, TRAILING_WORDS, looksLikeOrganisation, looksLikePerson } from './name-shapes';

// Names that are never the employer: the tools and boards that carry messages for it, and words that
// start sentences in capitals.
const PLATFORM_NAMES = /^(?:karat(?: studio)?|jobcloud|bizneo(?:\s?hr)?|magneto(?:365)?|linkedin|indeed|glassdoor|greenhouse|lever|workday|ashby|icims|smartrecruiters|workable|jobvite|bamboohr|recruitee|teamtailor|jazzhr|breezy|webcruiter|varbi|reachmee|jobylon|emply|hr manager|easycruit|recman|talentadore|kuntarekry|jobbnorge|taleo|successfactors|personio|welcome to the jungle|handshake|naukri|seek|hellowork|apec|france travail|p[oô]le emploi|stepstone|xing|infojobs|ziprecruiter|monster|otta|wellfound|usajobs|harri|applitrack|frontline|interfolio|sonru|dayforce|cv-library|computrabajo|bumeran|civil service jobs|nhs jobs|trac|peopleadmin|neogov|fountain|workstream|hirevue|paradox|olivia|taleez|jobup|hiringroom|hiring room|hackerrank|hackerrank for work|codingame|codility|codesignal|kpnmail|calendly|goodtime|zoom|google meet|adobe|adobe sign|adobe acrobat sign|docusign|hellosign|dropbox sign|microsoft teams|teams|hackerrank|codility|codesignal|hirevue|gmail|outlook|microsoft teams meeting|teams meeting|zoom meeting|google meet meeting|shl|pymetrics|xref|criteria|testgorilla|vervoe|harver|mettl|hackerearth|coderbyte|gem|rippling|pinpoint|jora|reed|totaljobs|bumeran|jobstreet|jobsdb|wttj|angellist|angellist talent|darwinbox|keka|zoho recruit|buk|jobtrain|bayt|foundit|instahyre|hirist|iimjobs|naukrigulf|naukri gulf|rekrute|get|getonbrd|jobillico|otys|otys recruiting technology|afas|afas software|afas online|afas insite|afasinsite|homerun|softgarden|rexx|rexx systems|d\.vinci|dvinci|umantis|bite|join|join\.com|jobbird|werkzoeken|werkzoeken\.nl|nationale vacaturebank|jobat|vdab|le forem|forem|actiris|ams|arbeitsmarktservice|ams - arbeitsmarktservice|flatchr|jobaffinity|factorial|talent clue|get on board|jobandtalent|laborum|zonajobs|occ|occ mundial|elempleo|trabajando|jobs\.ch|karriere\.at|irishjobs(?:\.ie)?|jobs\.ie|publicjobs(?:\.ie)?|nijobs(?:\.com)?|s1jobs|caterer(?:\.com)?|interamt|haufe|concludis|milch & zucker|mein check-in|jobteaser|meteojob|cadremploi|regionsjob|indeed flex|rav|job-room|applytoeducation|apply to education|edjoin|schoolspring|k12jobspot)$/i;
// "Python", "Rust and Go": a skill the posting asks for; "Ruby Bench School District" still starts with one.
const SKILL_WORDS = /^(?:react|java|python|typescript|golang|rust|ruby|kotlin|swift|scala|elixir|node|rails|sql|aws|azure|gcp|kubernetes|terraform|ios|android|php|django)$/i;
const NOT_A_NAME = /^(?:their|they|them|his|her|herrn|herr|frau|ihrem|ihren|ihr|unser|unsere|unserem|unseren|unserer|nsw|vic|qld|tas|act|nt|wa|sa|usa|us|uk|eu|the|our|we|this|that|your|you|thank|thanks|hi|hello|dear|unfortunately|please|best|regards|kind|mr|mrs|ms|dr|it|i|a|an|as|if|at|in|on|for|with|and|but|or|so|all|any|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|bonjour|merci|madame|monsieur|nous|vous|votre|notre|le|la|les|un|une|cher|chère|hallo|sehr|liebe|lieber|vielen|wir|ihre|ihr|hola|gracias|estimad[oa]|beste|bedankt|wij|uw|je|re|fw|fwd|tr|aw|wg|application|candidature|interview|entretien|update|team|équipe|recruiting|talent|hiring|careers|jobs|job|position|role|poste|offer|congratulations|félicitations|regarding|concernant|acquisition|new|your|reminder|rappel|ihnen|uns|dir|sie|usted|aoda|eeo|band|grade|level|remote|hybrid|onsite|on-site|full-time|marketing|st|duitstalig|go|\.net|mid-market|early|nights|weekend|weekends|part-time|tenure-track|example|invalid|invalidemail|india|service|warehouse|summer|winter|spring|autumn|fall|cambio|entrevista|recordatorio|convocatoria|citaci[óo]n|siguiente|pr[óo]ximo|pr[óo]xima|gesprek|uitnodiging|herinnering|einladung|erinnerung|termin|gespr[äa]ch|vorstellungsgespr[äa]ch|convocation|relance|suivi|seguimiento|novedades|actualizaci[óo]n|estado|propuesta|oferta|ontvangstbevestiging|eingangsbest[äa]tigung|acuse|bewerbung|sollicitatie|kandidatuur|kandidatur|postulaci[óo]n|solicitud|candidatura|confirmaci[óo]n|confirmation|bevestiging|best[äa]tigung|agenda|agende|agendar|trotzdem|leider|daher|deshalb|jedoch|allerdings|nun|inzwischen|letztlich|schlie(?:ß|ss)lich|dennoch|au(?:ß|ss)erdem|zudem|sadly|however|finally|ultimately|malheureusement|finalement|cependant|n[ée]anmoins|lamentablemente|finalmente|desafortunadamente|helaas|uiteindelijk|inmiddels|ondertussen|suche|plataforma|plateforme|platform|portal|portail|mis|tus|sus|meine|mijn|vertraulich|confidential|confidentiel|confidencial|vertrouwelijk|urgent|dringend|urgente|anfrage|inquiry|enquiry|demande|consulta|aanvraag)$/i;
const LEADING_WORDS = /^(?:(?:vertrauliche|confidential|confidentielle|confidencial|vertrouwelijke|terugkoppeling|feedback|aanbod|offer|update|retour|r[ée]ponse|absage|zusage|angebot|r[üu]ckmeldung|oferta|propuesta|respuesta|resultado|uitnodiging|einladung|invitation|invitaci[óo]n|convocatoria|convocation|vacature|puesto)(?=\s+\p{Lu})|(?:hr|rh|rrhh)(?=\s+\p{Lu})|(?:human resources|ressources humaines|recursos humanos|talent acquisition|recruiting|recruitment|people(?: (?:&|and) culture)?|hr|rh|staffing|dotation)\s*[–—|:-]\s*|(?:l['’])?(?:équipe|equipe|team|service|pôle|departamento|abteilung)\b[^–—|-]{0,30}\s[–—|-]\s*|(?:soci[ée]t[ée]|entreprise|empresa|company|employer|unternehmen|werkgever|department|organi[sz]ation|(?:hiring )?agency|arbeitgeber|employeur)\s*:\s*|carri[èe]res|careers|karriere|the|les|le|la|los|las|die|der|l['’]équipe|team|das|el|het|de(?!\s+\p{Lu}[\p{L}'’-]+\s+(?:&|en)\s+(?:Zn|Zonen|Zoon|Fils|Söhne)\b)|werken bij|careers at|jobs at|karriere bei|carrières chez|carrieres chez|trabaja en|work at|working at|(?:service |équipe |pôle )?(?:recrutement|rh|ressources humaines)(?: (?:de|du|des|d['’]))?|(?:equipo (?:de )?(?:talento|personas|rrhh|selecci[oó]n|reclutamiento) (?:de|del)|talento (?:de|del)|(?:selecci[oó]n(?: de personal)?|reclutamiento|talento humano|gesti[oó]n humana|recursos humanos)(?: (?:de|del))?)(?=\s+\p{Lu})|personaldienst(?: der| des)?|personalabteilung(?: der| des)?|recruiting(?:-team)?(?: der| des| bei)?|(?:xref|shl|hirevue|docusign|checkster|skillsurvey) on behalf of)(?:\s+|(?<=['’]))/iu;

const ARTICLE = String.raw`(?:The|Les|La|Le|Los|Las|El|De|Het|Die|Der|Das)`;

/** The longest way the text writes the name with organisation words around it ("Cobalt Ridge" → "Cobalt Ridge Insurance"). */
export function fullerInText(name: string, text: string): string {
  const escaped = escapeRegExp(name);
  let best = name;
  const led = new RegExp(String.raw`(?<![\p{L}\p{N}])(${LEADING_ORGANISATION} )${escaped}(?![\p{L}\p{N}])`, 'u').exec(text);
  if (led) best = `${led[1]}${name}`;
  // "The Salt House", "Les Ateliers Brunel": an article the text writes capitalised inside a sentence or at the head
  // of a signature line belongs to the name (a sentence opening with it does not tell, nor "The Papillon Labs team").
  const article = new RegExp(String.raw`(?<=[\p{Ll},] )(${ARTICLE} )${escaped}(?![\p{L}\p{N}])|(?:^|\n)[ \t]*(${ARTICLE} )${escaped}(?![ \t]+(?:Team|Recruiting|Recruitment|Talent|Hiring|Careers|People|HR|Jobs|Crew|Family|team|recruiting|recruitment|talent|hiring|careers|people|jobs|crew|family)\b)(?:,?[ \t]+[\p{L}.]{1,8}(?:[ \t]+[\p{L}.]{1,6})?)?[ \t]*(?:[,|·•–—-][^\n]*)?(?:\n|$)`, 'u').exec(text);
  if (article && !led) best = `${article[1] ?? article[2]}${name}`;
  // "Tuincentrum De Groene Waaier", "Bäckerei Hoffmann", "Conservera y Pesquera Bahía Porvenir": a trade or an institution
  // the text writes before the name.
  const trade = led || ORGANISATION_FIRST.test(`${best} `) ? undefined : [...text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{L}+ (?:(?:y|e|&|und|et|en) \p{Lu}\p{L}+ )?)${escapeRegExp(best)}(?![\p{L}\p{N}])`, 'gu'))].find((match) => ORGANISATION_FIRST.test(match[1]));
  if (trade) best = `${trade[1]}${best}`;
  // "bayfieldchildrens.org" spells "Bayfield Children"; the text writes "Bayfield Children's Hospital".
  const owned = new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}(['’]s (?:\p{Lu}[\p{L}.-]+)(?: \p{Lu}[\p{L}.-]+){0,2})(?![\p{L}\p{N}])`, 'u').exec(text);
  if (owned && !led && looksLikeOrganisation(owned[1].slice(3))) best = `${best}${owned[1]}`;
  const base = best;
  // "Tidewater Payments University Recruiting" is the company's campus team, not a longer name.
  for (const match of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}((?: (?:and |& |of |et |en |y |del |de |d['’])?\p{Lu}[\p{L}’'.-]+){1,3})(?! (?:Recruiting|Recruitment|Hiring|Relations|Programs?|Talent|Careers|Team|Jobs))`, 'gu'))) {
    // "en Ortega Lumbreras Consultores." ends a sentence: the full stop is no part of the name ("Inc." keeps its own).
    const written = /\p{L}{5}\.$/u.test(match[1]) ? match[1].slice(0, -1) : match[1];
    const words = written.trim().split(' ');
    const last = words[words.length - 1];
    const extended = `${base}${written}`;
    // "Roussel & Fils", "Sambre & Meuse": what follows an ampersand is the rest of the name. A line of its own
    // ("Vardhan Technologies Pvt. Ltd." under the signature) is the full name as the company writes it.
    const ampersand = /^ (?:&|and|et|en|y|und) /.test(match[1]);
    const ownLine = new RegExp(String.raw`(?:^|\n)[ \t]*${escaped}${escapeRegExp(written)}(?:,?[ \t]+[\p{L}.]{1,12}(?:[ \t]+[\p{L}.]{1,6})?)?[ \t]*(?:\n|$)`, 'u').test(text);
    const organisation = ORGANISATION_WORD.test(last) || ORGANISATION_WORD.test(words.slice(-2).join(' '));
    if ((organisation || ampersand || ownLine) && !ROLE_WORDS.test(written) && extended.length > best.length && cleanCompany(extended) === extended) best = extended;
  }
  // "Hochschule Ampertal für angewandte Wissenschaften" on a line of its own: what the institution is for belongs to its name.
  const purpose = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(best)}( für (?:\p{Ll}+ )?(?!Sie\b|Ihre|Dich\b|Euch\b)\p{Lu}\p{Ll}+(?: (?:und|&) (?:\p{Ll}+ )?\p{Lu}\p{Ll}+)?)[ \t]*(?:\n|$)`, 'u').exec(text);
  if (purpose && looksLikeOrganisation(best)) best = `${best}${purpose[1]}`;
  // "Ministerie van Ruimte, Klimaat en Kust", "Landesbetrieb für Küstenschutz, Häfen und Binnengewässer", "Landesamt für
  // Vermessung und Geobasisdaten Oberrhein": a ministry or an agency is named after what it looks after, a list to its last item.
  if (MINISTRY.test(best)) {
    const portfolio = String.raw`(?:(?:de la|de l['’]|du|des|de|del|der|für|of|the|van|voor) )?(?!(?:Ihre[mnrs]?|Ihr|Sie|Dich|Euch|Your|You|Votre|Vos|Vous|Sus?|Uw|Je)\b)\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?`;
    const listed = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(best)}((?:, ${portfolio}){0,4},? (?:en|and|et|y|und|e) ${portfolio})(?![\p{L}\p{N}])`, 'u').exec(text);
    if (listed) best = `${best}${listed[1]}`;
  }
  return best;
}
const MINISTRY = /^(?:Ministerie|Ministry|Minist[eè]re|Ministerio|(?:Bundes|Staats|Landes)?[Mm]inisterium|Department|Departement|Consejer[ií]a|Secretar[ií]a|Landesbetrieb|Landesamt|Bundesamt|Staatsbetrieb)\s/u;

/** "Olivia from Larkspur Hotels & Resorts", "Carmen Villalobos (Brisamar Seguros)": the company part of a display name. */
export function senderCompanyPart(displayName: string, onPlatform = false): string {
  const inBrackets = /^[^()]+\(([^()]+)\)\s*$/.exec(displayName)?.[1];
  if (inBrackets && looksLikePerson(displayName.replace(/\s*\(.*$/, ''))) return inBrackets.trim();
  // "Ana Ruiz | Brisa Seguros", "Agnieszka Wróbel – Lausitzer Kunststofftechnik Polska": the person, then the firm.
  const barred = /^(.+?)\s+[|–—]\s+(.+)$/.exec(displayName);
  if (barred && looksLikePerson(barred[1]) && !looksLikeOrganisation(barred[1]) && !/^(?:der|die|das|the|le|la|el|de|het)\s/i.test(barred[2])) return barred[2].trim();
  const from = /^\p{Lu}\p{Ll}+ (from|de|von|at|@) (\p{Lu}.*)$/u.exec(displayName);
  // "Sanne de Wit", "Anna von Berg" writing from their own box: a surname's particle. A platform's "Margaux de
  // Pixelune" or a longer "Lucía de Bodegas Viñaredonda" is someone at the firm.
  if (from && !onPlatform && /^(?:de|von)$/.test(from[1]) && !from[2].includes(' ') && !looksLikeOrganisation(from[2])) return displayName;
  return from?.[2].trim() ?? displayName;
}

/** Whether the message is signed by, or says it comes from, this name ("Corinne" alone on a line, "a message from Corinne Mathis"). */
export function signsAs(name: string, text: string): boolean {
  const first = name.split(/\s+/)[0];
    return new RegExp(String.raw`^\s*(?:-\s*)?(?:${escapeRegExp(first)}|${escapeRegExp(name)})\s*$`, 'mu').test(text) || new RegExp(String.raw`\b(?:message|messaged|note|reply) from ${escapeRegExp(name)}|${escapeRegExp(first)} (?:just )?(?:messaged|wrote|sent)\b`, 'iu').test(text);
}

/** Whether an address spells the person's name (brooke.vandermeer@…, wadebayo@…). */
export function spellsPerson(name: string, addresses: Array<string | null | undefined>): boolean {
  const words = name.split(/\s+/).map(fold).filter((word) => word.length >= 2);
  return addresses.some((address) => {
    // jobs+fietsfabriek-kroon@recruitee.com: what follows the "+" is a tool's tag for the tenant, not a person.
    // korapay+a3f9c1@, gruenwerk-solar-3f7c@, tollgate-pay-3@ a recruiting tool's domain: the account's box, not a person's.
    if (address && isPlatformDomain(registrableDomain(address)) && /^[^@]*(?:\+[\w-]+|-(?=[a-z]*\d)[a-z0-9]{1,12})@/i.test(address)) return false;
    const local = fold(address?.split('@')[0]?.split('+')[0] ?? '');
    if (words.length < 2 || words.some((word) => TEAM_WORDS.test(word))) return false;
    const [first, last] = [words[0], words[words.length - 1]];
    // brooke.vandermeer, wadebayo, brooke: the ways people's addresses spell them; harborfreight is a tenant.
    // irene.montalban for "Irene Montalbán Ruiz": a Spanish address keeps the first of two surnames.
    const surnames = words.length >= 3 && !words.some((word) => ORGANISATION_WORD.test(word)) ? [last, words[words.length - 2]] : [last];
    return local === first || surnames.some((surname) => surname.length >= 3 && local.includes(surname) && (local.includes(first) || local.startsWith(first[0])));
  });
}

/** "Sindhu Valley University of Engineering & Technology", "School of Nursing": an institution's field is no role, so it goes. */
export function withoutInstitutionField(name: string): string {
  return /^(.*?)\s*(?<![\p{L}])(?:University|College|Institute|School|Academy|Faculty|Universit[ée]|Universidad|Universität|Instituto?|Hochschule|Escuela|[ÉE]cole|Hogeschool)\s+(?:of|for|de|für|voor|des|du)\s/u.exec(name)?.[1] ?? name;
}

/** The legal forms that end an entity's name in brackets behind its brand: "Ledgerline (Pyrmont Ledger Pty Ltd)". */
export const ENTITY_FORM = String.raw`(?:Pty\.? Ltd|Ltd|Limited|GmbH|Inc|LLC|B\.?V|S\.?A\.?S?|S\.?L\.?U?|SARL|Plc|Pvt\.? Ltd|Pte\.? Ltd|SpA|S\.?A\.? de C\.?V)`;

export function cleanCompany(raw: string | null | undefined): string | null {
  // "'t Oude Veenhuys": a Dutch name may open with the elided article.
  let name = (raw ?? '').trim().replace(/^(?!['’]t )["'“«\s]+|["'”»\s.,:;!?|–—-]+$/g, '');
  // "Ledgerline (Pyrmont Ledger Pty Ltd)": the brand the firm goes by, with the legal entity behind it in brackets.
  name = name.replace(new RegExp(String.raw`^(\p{Lu}[^()]{1,40}?)\s+\([^()]{2,60}\b${ENTITY_FORM}\.?\)$`, 'u'), '$1');
  // "Laborum ETT - Delegación Zaragoza", "Tempora Intérim – Agence de Douai": the firm, not its branch.
  name = name.replace(/\s+[-–—|]\s+(?:delegaci[oó]n|agence|agencia|sucursal|branch|filiale|vestiging|niederlassung|standort|oficina)\b.*$/iu, '');
  // "Trabaja con nosotros - Farmacias del Pacífico", "Equipo de Personas Kubbo Logística": the careers page or team, then the firm.
  name = name.replace(/^(?:equipo de (?:personas|talento|selecci[oó]n|rrhh|recursos humanos|reclutamiento|personal)|personas|trabaja con nosotros|empleo en|careers at|jobs at|karriere bei|werken bij|travailler chez)\s*[-–—|:]?\s+(?=\p{Lu})/iu, '');
  // "FH Mühlviertel - Personalservice", "Stad Heerzele - Selectie": the firm, then the desk that wrote.
  name = name.replace(/\s+[-–—|]\s+(?:personal\p{L}*|hr|human resources|recruiting|recruitment|rrhh|recursos humanos|ressources humaines|personeelszaken|p&o|hrm|selectie|werving\b[^,]*|selecci[oó]n|recrutement|talent\p{L}*|bewerbermanagement|karriere|jobs|careers)\b.*$/iu, '');
  // "East Carrick Council - Environment & Infrastructure", "Landkreis Oberwälden - Kreisverwaltung": an organisation, then
  // its department, which names no organisation itself.
  const departmentAfter = /^(.+?)\s+[-–—|]\s+(\p{Lu}[\p{L} &,-]+)$/u.exec(name);
  if (departmentAfter && looksLikeOrganisation(departmentAfter[1]) && !looksLikeOrganisation(departmentAfter[2]) && !looksLikePerson(departmentAfter[2]) && departmentAfter[2].split(/\s+/).length <= 4 && !/\b(?:GmbH|AG|KG|e\.?K|Ltd|Inc|LLC|LLP|SAS?|SARL|B\.?V|N\.?V|S\.?L|Pty|Plc)\b/u.test(departmentAfter[2])) name = departmentAfter[1];
  // "Stadt Kellersdorf – Fachbereich Personal", "Gemeente X | Afdeling HR": the department after the organisation.
  name = name.replace(/(?:\s+[-–—|]|,)\s+(?:sachgebiet|fachbereich|gesch[äa]ftsbereich|abteilung|referat|dezernat|afdeling|dienst|departamento|direcci[oó]n|service|d[ée]partement|direction)\b.*$/iu, '');
  // "namens de Minister van Binnenvaart": a letter signed for the minister comes from the ministry.
  name = name.replace(/^Minister van (?=\p{Lu})/u, 'Ministerie van ').replace(/^Minister of (?=\p{Lu})/u, 'Ministry of ');
  // "Zaakvoerder Schrijnwerkerij Peeters bv", "Gérant Garage Lemaire": the writer's title, then the firm.
  const titled = /^(?:zaakvoerder|zaakvoerster|eigenaar|eigenares|g[ée]rante?|propri[ée]taire|gesch[äa]ftsf[üu]hrer(?:in)?|inhaber(?:in)?|due[ñn][oa]|gerente|owner)\s+(\p{Lu}.+)$/iu.exec(name);
  if (titled && looksLikeOrganisation(titled[1])) name = titled[1];
  // "Caritas Hellweg-Ruhr Personal": the organisation, then its personnel desk.
  name = name.replace(/(?<=\p{L}\s+\p{Lu}[\p{L}-]+)\s+(?:Personal|Personalabteilung|Personalservice|Personalwesen)$/u, '');
  // "Recruitmentteam Amstelzorg", "HR-Team Nordlicht": the team, then the organisation.
  name = name.replace(/^(?:recruitment|recruiting|hr|personal|talent|p&o|selectie|rekrutierungs)-?team\s+(?:(?:van|von|de|of)\s+)?(?=\p{Lu})/iu, '');
  // "Secrétariat de direction - Institut Sainte-Clotilde", "Werving & Selectie | Gemeente X": the desk, then the organisation.
  name = name.replace(/^(?:secr[ée]tariat|sekretariat|secretar[ií]a|secretariaat|service|direction|direcci[óo]n|personal\p{L}*|afdeling|recrutement|werving(?: (?:&|en) selectie)?|recruiting|recruitment|hr|rh|rrhh|talent acquisition|atracci[óo]n de talento|people(?: team| & culture| and culture)?|talent team|hiring team|recruiting team|equipo de personas)\b[^–—|·]{0,40}?\s+[-–—|·]\s+(?=\p{Lu})/iu, '');
  // "Bewerbungsportal WTD 87", "Werving Marinebedrijf Den Helder", "Atracción de Talento Aseguradora X": the portal or desk before the name.
  name = name.replace(/^(?:Bewerbungsportal|Karriereportal|Stellenportal|Werving|Recrutement|Reclutamiento|Atracci[óo]n de [Tt]alento|Selecci[óo]n)\s+(?=\p{Lu})/u, '');
  // "Jordan Whitfield at Loomwise", "Joost Verbeek bij Stroomlijn": a scheduling tool names the person, then the firm.
  // "Deepa from Coromandel Insurtech" (a board's relay names the writer, then the firm) too.
  const atFirm = /^(.+?)\s+(?:at|@|bei|chez|bij|from)\s+(\p{Lu}.+)$/u.exec(name);
  // "Margaux chez Pépin & Cie": a first name alone works there too.
  if (atFirm && ((looksLikePerson(atFirm[1]) && !looksLikeOrganisation(atFirm[1])) || /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(atFirm[1]))) name = atFirm[2];
  // "Grupo Retail Huallaga en Lima": a board's template runs the city on after the name.
  name = name.replace(/\s+(?:en|in|à|a)\s+(?:Lima|Bogot(?:á|a)|Ciudad de M(?:é|e)xico|CDMX|Monterrey|Guadalajara|Santiago(?: de Chile)?|Buenos Aires|C(?:ó|o)rdoba|Rosario|Mendoza|Madrid|Barcelona|Valencia|Sevilla|M(?:á|a)laga|Bilbao|Zaragoza|Medell(?:í|i)n|Cali|Barranquilla|Quito|Guayaquil|Caracas|Montevideo|Asunci(?:ó|o)n|Arequipa|Panam(?:á|a)|San Jos(?:é|e)|Guatemala|Santo Domingo)$/u, '');
  // "Zbinden Gebäudetechnik AG | Stefanie Aebi": the firm, then the person who wrote.
  const piped = /^(.+?)\s+[|·•]\s+(.+)$/u.exec(name);
  if (piped && looksLikePerson(piped[2]) && !looksLikeOrganisation(piped[2]) && !looksLikePerson(piped[1])) name = piped[1];
  // "Irene Castaño · Huerta Viva": a person, then where she works.
  const dotted = /^(.+?)\s+[·•–—-]\s+(.+)$/u.exec(name);
  if (dotted && looksLikePerson(dotted[1]) && !looksLikeOrganisation(dotted[1]) && !looksLikePerson(dotted[2]) && !TEAM_WORDS.test(dotted[2]) && !TRAILING_WORDS.test(` ${dotted[2]}`)) name = dotted[2];
  // "Intercommunale Mosane des Eaux (IME)": the initials in brackets repeat the name.
  name = name.replace(/\s*\(\p{Lu}{2,6}\)$/u, '');
  name = name.replace(/\s*\((?:AöR|KdöR|eG|e\.\s?V\.|gGmbH|GmbH|AG|SE|asbl|ASBL|vzw|VZW|EPE|SAS)\)$/u, '');
  // "Grupo Financiero Cordillera en Medellín. Lamentablemente": a name ends with its sentence.
  name = name.replace(/(?<=\p{Ll}{4})\.\s+\p{Lu}.*$/u, '');
  // "Tidewell Robotics HQ": the head office is the firm.
  name = name.replace(/\s+(?:HQ|Headquarters|Head Office)$/u, '');
  // "Pollinate (YC S25)", "Nuvio (formerly Brightdesk)": a note in brackets after the name.
  name = name.replace(/\s*\((?:YC|Y Combinator|formerly|fka|f\/k\/a|ex-|acquired by|a subsidiary of|part of)\b[^)]*\)\s*$/i, '');
  // "Umhlanga Logistics (Pty) Ltd", "Vardhan Tech (P) Ltd", "Codexa (SMC-Private) Limited": a legal form in brackets; "Kagera Tea Estates (U) Limited":
  // East Africa writes the country in brackets before it.
  name = name.replace(/\s*\((?:Pty|Pvt|Pte|P|Proprietary|Private|SMC-Private|SMC-Pvt|U|T|K|Z|Nig)\.?\)(?:\s*(?:Ltd|Limited)\.?)?\s*$/i, '');
  // "Mutualité Sambre &" is a name cut short: a joiner never ends one.
  // "Menuiseries Gallet & Fils le 25": a date running on after the name.
  name = name.replace(/\s+(?:le|on|am|el|op|du)\s+\d.*$/iu, '');
  name = name.replace(/\s+S\.?\s?à\.?(?:\s?r\.?\s?l\.?)?$/iu, '');
  name = name.replace(/(?:\s+(?:&|and|of|de|del|di|da|dos|das|du|des|et|und|y|e|en|van|von|der|la|le))+$/iu, '');
  // "Pinecrest Systems' 2027 internship": the possessive and what follows it are not the name.
  // A saint's name keeps its possessive: "St. Fintan's National School", "Saint Mary's Hospital".
  const saint = /^(?:St\.?|Saint|Ste\.?)\s+\p{L}+['’]s\s/u.exec(name)?.[0] ?? '';
  // So does a name whose possessive leads to what the organisation is: "Bayfield Children's Hospital", "… Farmers' Co-operative".
  const owned = /^.+?(?:['’]s|(?<=s)['’])\s+(.+)$/u.exec(name)?.[1];
  // "Hegarty's Pharmacy & Gift Shop": the trade the possessive leads to may run on.
  const organisationOwned = !saint && !!owned && (looksLikeOrganisation(owned) || ORGANISATION_WORD.test(owned.split(/\s+/)[0])) && owned.split(/\s+/).length <= 4;
  if (!organisationOwned) name = saint + name.slice(saint.length).replace(/(?:['’]s?|\s+\d{4})(?:\s.*)?$/u, '').trim();
  // "on behalf of Coast Cedar School District No. 95 I would like…": the writer's "I" starts the sentence's own words.
  name = name.replace(/(?<=\d)\s+I$/u, '');
  // "Ridgeline Media and I": the name ends where the writer joins the sentence.
  const withTheWriter = /^(.+?)\s+(?:and|&|et|und|y|en)\s+(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|Je|J'ai|Ich|Yo|Ik)$/u.exec(name)?.[1];
  // "Frank and I were really impressed": one word beside the writer is a colleague's first name.
  if (withTheWriter && !withTheWriter.includes(' ') && !ORGANISATION_WORD.test(withTheWriter)) return null;
  if (withTheWriter) name = withTheWriter;
  // "Boréalis Solutions coopérative": Québec writes the co-operative status after the name, in lower case.
  name = name.replace(/\s+(?:coop[ée]rative|coop)$/u, '');
  for (let pass = 0; pass < 3; pass += 1) name = name.replace(TRAILING_WORDS, '').replace(LEADING_WORDS, '').trim().replace(/[,.\s–—-]+$/, '');
  if (!name || name.length < 2 || name.length > 80) return null;
  if (/^(?:powered by|propuls[ée] par|bereitgestellt von|impulsado por|desarrollado por|mogelijk gemaakt door|sent (?:with|from|via)|envoy[ée] (?:avec|depuis|via|de)|gesendet (?:mit|von)|enviado (?:con|desde)|verzonden (?:met|vanaf)|verstuurd (?:met|vanaf|van))\b/i.test(name)) return null;
  // "NHS Jobs", "Jobs.ch": a board keeps its own name even once "Jobs" is trimmed off.
  if (PLATFORM_NAMES.test((raw ?? '').trim()) || PLATFORM_NAMES.test((raw ?? '').trim().replace(/(?:\s+(?:Deutschland|Schweiz|Suisse|Österreich|Austria|France|España|Spain|Nederland|Netherlands|België|Belgique|Belgium|Vlaanderen|Flanders|Wallonie|Wallonia|Brussel|Bruxelles|Québec|Quebec|UK|US|USA|India|México|Mexico|Chile|Colombia|Argentina|Perú|Peru|Canada|Australia|GmbH|Inc\.?|Ltd\.?|S\.?A\.?|B\.?V\.?))+$/iu, ''))) return null;
  // "MRS Les Tilleuls" is a Belgian care home (maison de repos et de soins), not "Mrs" before a name.
  const careHome = /^(?:MRS|MRPA|MR)\s+(?:L[ae]s?|L['’]|Du|De|Des|Saint|Sainte|St)\b/u.test(name);
  // "Our Lady of Candelaria University", "St Columba Mission Hospital": a dedication opens with a word that otherwise
  // opens a sentence or a street.
  if (PLATFORM_NAMES.test(name) || PLATFORM_NAMES.test(name.replace(/^l['’]/i, '')) || (NOT_A_NAME.test(name.split(' ')[0]) && !careHome && !DEDICATION.test(name) && !(/^St\s+\p{Lu}\p{Ll}/u.test(name) && looksLikeOrganisation(name))) || NOT_A_NAME.test(name) || (SKILL_WORDS.test(name.split(' ')[0]) && !looksLikeOrganisation(name))) return null;
  // "Kingsmoor Engineering", "Atlas Sales Solutions": a role word may sit inside a name whose end says organisation.
  // "Velankar Engineering Works": the trailing run of organisation words goes, whatever the words before it.
  // "Steinhauser Executive Search": an organisation said in two words goes as one.
  const twoWordKind = ORGANISATION_WORD.test(name.split(/\s+/).slice(-2).join(' '));
  let ownWords = looksLikeOrganisation(name) ? name.replace(twoWordKind ? /\s+\S+\s+\S+$/ : /\s+\S+$/, '') : name;
  while (/\s/.test(ownWords) && ORGANISATION_WORD.test(ownWords.split(/\s+/).at(-1) ?? '')) ownWords = ownWords.replace(/\s+\S+$/, '');
  ownWords = withoutInstitutionField(ownWords);
  // "Wendeler + Partner Ingenieurgesellschaft": partners who share a firm's name are not a role.
  if (ROLE_WORDS.test(ownWords.replace(/\s[&+]\s?Partners?\b/gu, ''))) return null;
  if (/@|https?:|www\./i.test(name)) return null;
  // "Prüfung Ihrer Unterlagen": the formal "your" is in a sentence about the candidate, never in a German firm's name.
  if (/\s(?:Ihrer|Ihre|Ihren|Ihrem|Ihres|Ihnen)(?:\s|$)/u.test(name)) return null;
  // "E HIJOS, S.L." under "REFORMAS GOIKOETXEA": the end of a name, not one.
  if (/^(?:e|y|et|und|and|en|&)\s+(?:hijos|hermanos|sons|fils|s[öo]hne|zonen|partners?|cie|co)\b/iu.test(name)) return null;
  // "Établissement public - 2 rue Émile Zola": what kind of body writes, not which one.
  // "Établissement public administratif" is a legal status; "… de gestion portuaire de Mohéli" names one (a capital tells).
  if (/^[ÉéEe]tablissement public(?: \p{Ll}+)*$/u.test(name)) return null;
  if (/^(?:soci[ée]t[ée] (?:anonyme|coop[ée]rative)|(?:k[öo]rperschaft|anstalt) des [öo]ffentlichen rechts|organisme public|public body|entidad p[úu]blica|organismo p[úu]blico|publiekrechtelijk orgaan)$/iu.test(name)) return null;
  if (/^\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|h|uhr|hrs?)$/i.test(name)) return null;
  // "e) de gestion locative", "M. Dupuis)": pieces of a sentence or of a bracket, not a name.
  // "vzw Zennekant": a Belgian association writes its legal form first, in lower case.
  if (!/^(?:[\p{Lu}\p{N}]|(?:vzw|asbl|mbo-college|mbo-school) \p{Lu}|['’]t \p{Lu})/u.test(name) || (name.match(/\(/g)?.length ?? 0) !== (name.match(/\)/g)?.length ?? 0)) return null;
  // "Dr. Kessler & Partner Steuerberatungsgesellschaft" is a firm named after its founder, not a person.
  if (new RegExp(String.raw`^${HONORIFIC}\.?\s`, 'i').test(name) && !careHome && !looksLikeOrganisation(name)) return null;
  if (/^(?:lid van|member of|membre de|mitglied (?:im|der|des))\b/i.test(name)) return null;
  // "Ver perfil de Álvaro", "View Álvaro's profile": a job board's button under a message, not a firm.
  if (/^(?:ver (?:el )?perfil|view (?:full )?profile|voir (?:le )?profil|profil (?:anzeigen|ansehen)|bekijk (?:het )?profiel|reply to|responder a|répondre à)\b/i.test(name)) return null;
  // "Inh. Ralf Kettler" names the owner; "Referat Z 2", "Direction des …", "Dorfplatz 2" a desk or an address.
  if (/^(?:vestiging|filiale|niederlassung|sucursal|agence de|branch|dpto\.?|depto\.?|dept\.?)\s/iu.test(name)) return null;
  if (/^(?:drh|dirh|supervisi[oó]n|jefatura|coordinaci[oó]n|[áa]rea de|unidad de|servicio de|inh\.|inhaber(?:in)?|referat|dezernat|sachgebiet|direction|afdeling|p&o|hrm|personeelszaken|vorstand\p{L}*|gesch[äa]ftsf[üu]hrung|direktion|intercedente?|consulente|recruiter|gesch[äa]ftsbereich|fachbereich|fachdienst|abteilung|stabsstelle|personalabteilung|personalwesen|personalentwicklung|personalmanagement|personalamt|hauptamt|zentrale dienste|afdeling|departamento|d[ée]partement des ressources|service des ressources|service rh)\b/iu.test(name)) return null;
  if (new RegExp(String.raw`^\p{Lu}\p{L}*${JOINED_STREET_KIND}\s+\d`, 'u').test(name) || /^(?:rue|calle|avenida|avenue|av\.|immeuble|boulevard|bd|b(?:â|a)timent|r(?:é|e)sidence|lotissement|quartier|zone (?:industrielle|artisanale)|carrera|jir[óo]n|lieu-dit|lieudit|hameau|chemin|route de)\s/iu.test(name)) return null;
  if (/^(?:der |die |das )?(?:arbeitgeber|arbeitnehmer|patienten|fragen|r[üu]ckfragen|selecci[oó]n|selectie|selectieverantwoordelijke|bewerbermanagement|empresa|entreprise|unternehmen|werkgever|employer|reclutador|recruteur|elektroinstallation|personalmanagement|personalservice|personalgewinnung|gesti[oó]n|selecci[oó]n de personal)$/iu.test(name)) return null;
  // "Nach intensiver Abwägung hat sich …": a German abstract noun opening the sentence, not a firm.
  if (/^\p{Lu}\p{Ll}+(?:ung|heit|keit)$/u.test(name) && !/^Samsung$/.test(name)) return null;
  // "eine Installation der Software", "die Bearbeitung des Antrags": an abstract noun and what it acts on.
  if (/^(?:(?:Eine?|Die|Der|Das|Diese|Jede)\s+)?\p{Lu}\p{Ll}+(?:ung|heit|keit|ion)\s+(?:der|des)\s/u.test(name) && !/^(?:(?:Die|Der)\s+)?(?:Stiftung|Vereinigung|Verwaltung|Direktion|Region|Union|Kommission|Vertretung|Innung)\s/u.test(name)) return null;
  // "KvK 12345678", "Anstalt des öffentlichen Rechts": a register or a legal status, not a name.
  if (/^(?:kvk|btw|iban|bic|siret|siren|tva|ust-?idnr|uid|nif|cif|rfc|rut|abn|acn|ondernemingsnummer|handelsregister|kamer van koophandel|chamber of commerce|industrie- und handelskammer|ihk|registre du commerce(?: et des soci[ée]t[ée]s)?|registro mercantil|kruispuntbank van ondernemingen)$/i.test(name) || /^(?:anstalt|k(?:ö|oe)rperschaft|stiftung) (?:des )?(?:ö|oe)ffentlichen rechts$/i.test(name)) return null;
  // "Das", "30 Wochenstunden", "Holme Road": an article, an amount of hours, a street ("Orchard Lane" is a firm as often as a street).
  if (/^(?:der|die|das|dem|den|des|el|los|las|het|een)$/i.test(name) || /^\d+(?:[.,]\d+)?\s*(?:wochenstunden|stunden|std\.?|hours?|hrs|uur|heures?|horas?|%|prozent)\b/i.test(name)) return null;
  if (/^\p{Lu}[\p{L}'’-]+\s+(?:Road|Street|Avenue|Drive|Close|Crescent|Terrace)$/u.test(name)) return null;
  if (/^(?:do not reply|no-?reply|ne pas r[ée]pondre|nicht antworten|no responder|niet beantwoorden)$/i.test(name)) return null;
  // "Mozo/a almacén", "Técnico(a) de nóminas": a title written for both sexes, not a name.
  if (/\p{L}(?:\/a|\/ra|\(a\)|\/in|\/-in|\(in\)|\/e|\/ne|\/r|\/n)(?![\p{L}])/u.test(name)) return null;
  // "Finance & Gestion", "Sales and Marketing": a consultant's practice or a department, not an organisation.
  if (/^(?:s|qu|j|n|c)['’]\p{L}{0,5}$/iu.test(name)) return null;
  if (/^(?:werken bij|karriere bei|careers at|jobs at|trabaja con nosotros|travailler chez|dotation|atracci[óo]n(?: de)?|werving (?:&|en) selectie|recruitment & selection|werving|selectie|recrutement|reclutamiento|selecci[óo]n|personalabteilung|personal|personal (?:&|und) organisation|personal (?:&|und) recht|organisation (?:&|und) personal)$/iu.test(name)) return null;
  if (/^(?:(?:nursing|pflege|enfermer[ií]a|soins infirmiers|verpleging|mec[áa]nica|electricidad|electricit[ée]|plomer[íi]a|fontaner[íi]a|pintura|limpieza|jardiner[íi]a|chapa|neum[áa]ticos|secr[ée]tariat|sekretariat|secretar[ií]a|secretariaat|administration|administratie|verwaltung|administraci[óo]n|accueil|finance|finances|gestion|comptabilit[ée]|audit|controlling|contr[ôo]le de gestion|marketing|sales|ventes?|vertrieb|it|tech|operations|op[ée]rations|logistique|logistics|achats|purchasing|rh|hr|juridique|legal|ing[ée]nierie|engineering|supply chain|industrie|sant[ée]|health|banque|banking|assurance|insurance|retail|technology|digital|data|life sciences|consumer|immobilier|real estate|construction|energy|[ée]nergie|pharma|accounting|tax|fiscalit[ée])(?:\s*(?:&|et|and|und|y|en|,)\s*|$))+$/iu.test(name)) return null;
  // A footer's links: "Política de privacidad | Darse de baja", "Datenschutzerklärung", "Privacy policy".
  if (/^(?:pol[ií]tica de (?:privacidad|cookies|protecci[óo]n de datos)|aviso (?:legal|de privacidad)|privacy (?:policy|notice|statement)|terms (?:of (?:use|service)|and conditions)|datenschutz\p{L}*|impressum|nutzungsbedingungen|mentions l[ée]gales|politique de (?:confidentialit[ée]|protection des donn[ée]es)|privacyverklaring|privacybeleid|privacy-?beleid|cookie\p{L}*|darse de baja|unsubscribe|se d[ée]sabonner|abmelden|afmelden|t[ée]rminos y condiciones|condiciones de uso)\b/iu.test(name)) return null;
  // "Logroño, La Rioja, España (Híbrido)": a place, not a name.
  if ((name.match(/,/g)?.length ?? 0) >= 2 || /\((?:h[ií]brido|hybrid|remote|remoto|presencial|on-?site|t[ée]l[ée]travail)\)/i.test(name)) return null;
  // "(GMT-05:00) Eastern Time (US & Canada)": a region, not a name.
  if (/^(?:US|U\.S\.|USA|UK|Canada|Europe|EMEA|APAC|Americas|North America)(?:\s*(?:&|and)\s*(?:Canada|Mexico|Europe|Ireland))?$/i.test(name)) return null;
  // "Req 11872", "C9211-26-0394", "IRC0219483": a reference, not a name.
  if (/\d{4,}|\d{2,}[-/]\d{2,}|^(?:req|ref|job|id|no)\.?\s*#?\d/i.test(name) || /^[A-Z]{1,4}\d{3,}/.test(name)) return null;
  // "Finance & Accountancy", "HR Department", "Light Industrial & Skilled Trades": a desk, not an employer.
  if (name.split(/[^\p{L}'’]+/u).filter((word) => word && !/^(?:and|et|und|y|en|of|de)$/i.test(word)).every((word) => DESK_WORDS.test(word))) return null;
  return name;
}

// Titles and desks that sign a message but never name the employer ("Head Chef", "Geschäftsführender Gesellschafter",
// "Finance & Accountancy", "HR Department").
const DESK_WORDS = /^(?:risk|compliance|audit|tax|legal|treasury|personalmanagement|personalabteilung|personalservice|personalwesen|personalgewinnung|bewerbermanagement|personeelszaken|gesch[äa]ftsf[üu]hrung|inhaberin|administraci[oó]n|direcci[oó]n|gerencia|industrie|logistique|commerce|sant[ée]|tertiaire|b[aâ]timent|informatique|comptabilit[ée]|ing[ée]nierie|industria|log[ií]stica|planning|transport|logistics|supply|chain|property|banking|insurance|healthcare|technology|digital|design|manufacturing|retail|hospitality|education|utilities|science|sciences|life|pharma|consultante?|consultora|consultor|beraterin|berater|términos|terminos|condiciones|conditions|terms|privacy|privacidad|confidentialit[ée]|disclaimer|leitung|\p{L}*abteilung|\p{L}*management|gesch[äa]ftsleitung|claims|infrastructure|construction|management|board|rn|icu|lpn|cna|hca|head|chef|eigenaar|eigenaresse|gesellschafter(?:in)?|geschäftsführer(?:in)?|geschäftsführender|inhaber(?:in)?|associée?|gérante?|gerente|dueñ[oa]|propietari[oa]|owner|founder|proprietor|senior|junior|graduate|trainee|apprentice|finance|financial|accountancy|accounting|accounts|industrial|skilled|trades?|light|heavy|operations|sales|marketing|hr|rh|human|resources?|department|dept|division|it|legal|procurement|admin|administration|office|commercial|technical|recruitment|recruiting|talent|acquisition|people|culture|payroll|personnel|personal|personaldienst|personalabteilung|services?|support|team|desk|practice|l['’]équipe|l['’]employeur|employeur|équipe|equipe|ressources|humaines|recursos|humanos|talento)$/iu;

/** "Spencer Gulf Water via HireVue" reads like a person's name, but "on behalf of Spencer Gulf Water" does not. */
export function spokenOfAsAFirm(name: string, text: string): boolean {
  const escaped = escapeRegExp(name);
  return new RegExp(String.raw`\b(?:the|at|join|joining|behalf of|de la part de|im auftrag von|en nombre de|namens|interest in|work(?:ing)? (?:at|for))\s+${escaped}\b`, 'i').test(text);
}

/** "CISSS Haute-Matawinie" in a display name, "CISSS de la Haute-Matawinie" in the letter: the name with the small words
 * the organisation writes between its words. */
export function withJoinersWritten(name: string, text: string): string {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 6) return name;
  const joined = new RegExp(String.raw`(?<![\p{L}\p{N}])${words.map(escapeRegExp).join(String.raw`(?:\s+(?:de la|de los|de las|de l['’]|del|des|du|de|d['’]|of the|of|for|der|van|von|voor)\s*|\s+)`)}(?![\p{L}\p{N}])`, 'u').exec(text)?.[0];
  return joined && joined.length > name.length && !joined.includes('\n') ? joined : name;
}

/** "Agglo Val de Sarre", "Agglo Centrecorse" (from agglo-centrecorse.fr): the "Communauté d'agglomération du Val de
 * Sarre" the letter names in full, in whatever case it writes it. */
export function aggloSpelledOut(name: string, text: string): string | null {
  const place = /^Agglo(?:m[ée]ration)?\s+(.+)$/iu.exec(name)?.[1];
  if (!place) return null;
  for (const match of text.matchAll(/Communaut[ée] d['’]agglom[ée]ration\s+(?:du |de la |de l['’]|des |d['’]|de )?[^\n,.;()]+/giu)) {
    const words = match[0].split(' ');
    const upToPlace = words.map((_, end) => words.slice(0, end + 1).join(' ')).find((prefix) => fold(prefix).endsWith(fold(place)));
    if (upToPlace) return upToPlace;
  }
  return null;
}
