// Shared text helpers for the readers: a company-like name, role words, quoted history, folding.

/** A run of capitalised words, the shape a company name takes in running text ("Northwind Traders", "BNP Paribas"). */
// "St. Ambrose", "Mt. Hood", "Bouwbedrijf Gebr. Kersten", "Ordination Dr. Kämmerer", "Loonbedrijf H. Dijkstra", "School
// Division No. 113", "R.M. of Willow Bend": a short abbreviation or an initial keeps its dot when the name goes on.
const NAME_WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}&'’+-]*(?:\.[\p{L}\p{N}]+)*(?:(?<=(?:^|[^\p{L}])(?:St|Mt|Ft|Ste|Sts|Sta|Sto|Mgr|Msgr|Dr|Gebr|Gebrs|Hnos|Bros|Zn|Prof))\.(?= \p{Lu})|(?<=(?:^|[^\p{L}])No)\.(?= \d)|(?<=(?:^|[^\p{L}.])R\.M|M\.D)\.(?= of \p{Lu})|(?<=(?:^|[^\p{L}.])\p{Lu})\.(?= \p{Lu}\p{Ll}))?`;
// Lower-case joiners ("Bank of America", "Caisse des Dépôts", "Brouwerij 't Kroeske") only between capitalised words, never at the end.
export const NAME_RUN = String.raw`(?:['’]t )?${NAME_WORD}(?:[ ](?:(?:of|['’]t|['’]s|d['’]agglom[ée]ration(?: des| du| de la| de)?|de communes(?: des| du| de la| de)?|de los|de las|de la|de|du|des|del|la|le|and|für|y|e|van|der|den|ter|ten|et|en|&|polyvalent|agricole|dentaire|populaire|hospitali[eè]re?|m[ée]dical|sportive|v[ée]t[ée]rinaire|professionnel)[ ]|(?:de l|d)['’])?${NAME_WORD}){0,7}`;

/** Words that make a phrase a job title (English, French, German, Spanish, Dutch). */
const ROLE_WORD_LIST = String.raw`engineer|zaakvoerder|vennoot|boekhouder|fiscalist|zaakvoerster|bedrijfsleider|hoofd|orderpicker|magazijnmedewerker|heftruckchauffeur|kommissionierer(?:in)?|lagerhelfer(?:in)?|lagerist(?:in)?|cariste|pr[ée]parateur|pr[ée]paratrice|carretillero|mozo|reponedor(?:a)?|leader|chef|bartender|waiter|waitress|dispatcher|teller|underwriter|hygienist|carpenter|plumber|welder|housekeeper|librarian|professor|lecturer|tutor|superintendent|estimator|surveyor|inspector|paramedic|caregiver|dentist|veterinarian|generalist|founder|co-founder|cofounder|fondat(?:eur|rice)|gründer(?:in)?|fundador(?:a)?|oprichter|ceo|cto|coo|cfo|cpo|chief|engineering|developer|manager|designer|analyst|scientist|specialist|lead|director|intern(?:ship)?|trainee(?:ship)?|apprentice(?:ship)?|graduate programme|graduate program|associate|consultante?|coordinator|administrator|architect|officer|representative|assistant(?:e|in)?|asistente|assistent(?:e)?|secr[ée]taire|secretari[oa]|secretaresse|sekret[äa]r(?:in)?|attach[ée]e?|adjointe?|cheffe|pr[ée]sidente?|executive|head of|vp|vice president|product owner|technician|writer|editor|accountant|recruiter|marketer|researcher|sre|devops|programmer|strategist|advisor|partner|principal|supervisor|foreman|clerk|driver|cashier|mechanic|electrician|pharmacist|therapist|physician|lawyer|paralegal|receptionist|secretary|worker|attendant|guard|barista|stylist|cook|line cook|recepcionista|sales|support|owner|counsel|nurse|teacher|docent|leerkracht|leraar|lerares|lehrer(?:in)?|lehrkraft|enseignante?|profesora?|maestr[oa]|operator|agente?|instructeur|instructrice|instructor(?:a)?|planner|buyer|controller|auditor|ingénieur|ingenieur|développeu[rs]e?|developpeu[rs]e?|chef de|responsable|chargée?|contr[ôo]leu(?:r|se)|gestionnaire|juriste|acheteu(?:r|se)|vendeu(?:r|se)|infirmi(?:er|ère)|enseignant|opérat(?:eur|rice)|coordinat(?:eur|rice)|co[öo]rdinat(?:or|rice)|conduct(?:eur|rice) de travaux|vigneron(?:ne)?(?:-encaveu(?:r|se))?|encaveu(?:r|se)|viticult(?:eur|rice)|winzer(?:in)?|mara[îi]ch(?:er|[èe]re)|conseill(?:er|ère)|stagiaire|alternan(?:t|te|ce)|directeur|directrice|analyste|commercial|comptable|technicien|entwickler(?:in)?|berater(?:in)?|leiter(?:in)?|referent(?:in)?|desarrollador(?:a)?|ingenier[oa]|analista|ontwikkelaar|medewerker|adviseur|beheerder|verantwoordelijke|werkvoorbereider|uitvoerder|projectleider|calculator|t[ée]cnic[oa]s?|administrativ[oa]s?|auxiliar(?:es)?|jef[ea]s?|encargad[oa]s?|dependient[ea]s?|camarer[oa]s?|cociner[oa]s?|operari[oa]s?|enfermer[oa]s?|asesor(?:a)?|gerente|coordinador(?:a)?|becari[oa]|monteur|verpleegkundige|magazijnier|leidinggevende|teamleider|sachbearbeiter(?:in)?|mitarbeiter(?:in)?|fachkraft|pfleger(?:in)?|erzieher(?:in)?|buchhalter(?:in)?|disponent(?:in)?|konstrukteur(?:in)?|werkstudent(?:in)?|praktikant(?:in)?|employ[ée]e?|ouvri(?:er|ère)|cuisini(?:er|ère)|serveu(?:r|se)|magasini(?:er|ère)|pr[ée]parat(?:eur|rice)|aide-soignante?|[ée]ducat(?:eur|rice)|livreu(?:r|se)|caissi(?:er|ère)`;
// German builds titles as compounds (Softwareentwickler, Personalreferentin): those stems match inside a word.
export const ROLE_WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${ROLE_WORD_LIST})(?![\p{L}\p{N}])|(?:entwickler|ingenieur|berater|leiter|referent|architekt|spezialist|techniker|manager|lead|disponent|sachbearbeiter|assistent|koordinator|planer|kaufmann|beauftragte[rn]?|chef|gastgeber|apotheker)(?:in)?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])leitung(?![\p{L}\p{N}])|\p{Ll}leitung(?![\p{L}\p{N}])`, 'iu');

/** Lines that open a quoted earlier message: everything after them is history, not this message (Outlook quotes
 * with a bare "From: … / Sent: …" block). */
// "On Tue, 3 Mar 2026 at 9:14 AM Dana <…> wrote:" and its French, German, Spanish and Dutch forms.
const WROTE_LINE = String.raw`On .{5,120} wrote:|Le .{5,120} a écrit ?:|Am .{5,120} schrieb .{0,80}:|El .{5,120} escribió:|Op .{5,120} schreef .{0,80}:|Op .{5,120} heeft .{0,120} (?:het volgende )?geschreven ?:`;
const QUOTE_OPENERS = new RegExp(String.raw`^(?:${WROTE_LINE}|-{2,} ?(?:Original Message|Message d'origine|Ursprüngliche Nachricht|Mensaje original|Oorspronkelijk bericht) ?-{2,}|_{10,}\n(?:From|De|Von|Van):.+|(?:From|De|Von|Van|Da)\s?:[ \t].+\n(?:Sent|Envoyé|Gesendet|Enviado|Verzonden|Inviato)\s?:[ \t].+)\s*$`, 'im');
const WROTE = new RegExp(String.raw`^(?:${WROTE_LINE})\s*$`);

/** "---------- Forwarded message ---------": the forwarded message follows, with its own header lines. */
export const FORWARD_MARKER = /^\s*-{2,} ?(?:Forwarded message|Message transféré|Weitergeleitete Nachricht|Mensaje reenviado|Doorgestuurd bericht|Begin forwarded message:?) ?-{0,}\s*$|^\s*(?:Begin forwarded message|Begin doorgestuurd bericht|Début du message réexpédié|Anfang der weitergeleiteten Nachricht|Inicio del mensaje reenviado)\s?:\s*$/im;

/** A forward sent as a reply would be ("WG:" over "-----Ursprüngliche Nachricht-----" or a bare "Von: / Gesendet:" block). */
export const FORWARD_SUBJECT = /^\s*(?:fwd?|wg|tr|rv|enc|doorst)\s*:/i;
export const ORIGINAL_BLOCK = /^\s*-{2,} ?(?:Original Message|Message d'origine|Ursprüngliche Nachricht|Mensaje original|Oorspronkelijk bericht) ?-{2,}\s*$|^(?=(?:From|De|Von|Van)\s?:[ \t].+\n(?:Sent|Envoyé|Gesendet|Enviado(?: el)?|Verzonden|Date|Datum|Fecha)\s?:)/im;

/** The message's own words: quoted replies (`>` lines) and everything after "On … wrote:" dropped. */
export function ownText(body: string): string {
  const opener = QUOTE_OPENERS.exec(body);
  const own = opener ? body.slice(0, opener.index) : body;
  const lines = own.split('\n');
  const quoted = quotedLines(lines);
  return lines
    .filter((_, index) => !quoted.has(index))
    .map((line) => line.replace(/^\s*>\s?/, ''))
    .join('\n');
}

// A board's suggestions under its receipt ("Das könnte Sie auch interessieren:", "Similar jobs") list other employers.
const SUGGESTIONS = /^[ \t]*(?:das könnte (?:sie|dich) auch interessieren|ähnliche (?:jobs|stellen(?:angebote)?)|weitere passende (?:jobs|stellen(?:angebote)?)|you (?:might|may) also (?:like|be interested in)|similar jobs|recommended (?:jobs|for you)|jobs you (?:might|may) (?:like|be interested in)|more jobs (?:like this|for you)|other jobs you might like|offres similaires|ces offres pourraient (?:aussi |également )?vous intéresser|vous (?:pourriez|aimerez) (?:aussi|également)|empleos similares|ofertas similares|(?:también )?te (?:puede|podría)n? interesar|vergelijkbare vacatures|misschien ook interessant)\b[^\n]{0,40}$/imu;

/** The text without the suggestions a board lists under what it says about the one application. */
export function withoutSuggestions(text: string): string {
  const heading = SUGGESTIONS.exec(text);
  // A digest that opens with its suggestions is all suggestions: only a tail after the news is cut.
  return heading && text.slice(0, heading.index).trim().length >= 120 ? text.slice(0, heading.index) : text;
}

const INTRODUCES = /:\s*$/;
const SAYS_WHO_WROTE = /(?<!\p{L})(?:wrote|[ée]crit|schrieb|escribi[óo]|schreef)(?!\p{L})/iu;

/**
 * The `>` lines that quote someone else. A `>` block the writer introduces with their own line ending in a colon
 * ("je te confirme ton rendez-vous :" over "> demain à 9 h") is their own words set off, as mail turns a
 * blockquote into text, and stays theirs.
 */
function quotedLines(lines: string[]): Set<number> {
  const quoted = new Set<number>();
  let ownBlock = false;
  lines.forEach((line, index) => {
    if (!/^\s*>/.test(line)) {
      ownBlock = false;
      return;
    }
    if (index > 0 && !/^\s*>/.test(lines[index - 1])) {
      const previous = lines.slice(0, index).findLast((earlier) => earlier.trim());
      const adjacent = !!lines[index - 1].trim() || (index > 1 && !!lines[index - 2].trim());
      ownBlock = adjacent && !!previous && !/^\s*>/.test(previous) && INTRODUCES.test(previous) && !SAYS_WHO_WROTE.test(previous);
    }
    if (!ownBlock) quoted.add(index);
  });
  return quoted;
}

const HEADER_LINE = /^[ \t]*(?:From|To|Cc|Subject|Date|Sent|De|À|A|Objet|Envoyé|Date d'envoi|Von|An|Betreff|Gesendet|Datum|Para|Asunto|Enviado|Fecha|Van|Aan|Onderwerp|Verzonden)[ \t]?:[ \t].*$/i;
const ADDRESS_HEADER = /^[ \t]*(?:From|To|De|À|Von|An|Para|Van|Aan)[ \t]?:.*(?:@|<)/i;

/**
 * The text without the header blocks of messages forwarded inside it ("From: Jess Tane <…>" / "Date: Thu, 26 Nov
 * 2026 at 14:05"): their dates are when a mail was sent, never an appointment.
 */
export function withoutHeaderBlocks(text: string): string {
  const lines = text.split('\n');
  const drop = new Set<number>();
  for (let start = 0; start < lines.length; start += 1) {
    let end = start;
    while (end < lines.length && HEADER_LINE.test(lines[end])) end += 1;
    if (end - start >= 2 && lines.slice(start, end).some((line) => ADDRESS_HEADER.test(line))) for (let index = start; index < end; index += 1) drop.add(index);
    start = Math.max(start, end);
  }
  return lines.filter((_, index) => !drop.has(index)).join('\n');
}

/** What `ownText` leaves out: the quoted earlier messages, without their "> " marks. */
export function quotedText(body: string): string {
  const opener = QUOTE_OPENERS.exec(body);
  const before = opener ? body.slice(0, opener.index) : body;
  const beforeLines = before.split('\n');
  const quoted = quotedLines(beforeLines);
  // The opener's own line ("On Tue, … wrote:") is left out: read again, it would hide everything after it.
  return [...beforeLines.filter((_, index) => quoted.has(index)), ...(opener ? body.slice(opener.index + opener[0].length).split('\n') : [])]
    .map((line) => line.replace(/^(?:\s*>)+\s?/, ''))
    .filter((line) => !WROTE.test(line))
    .join('\n');
}

/** Lower case, no accents, no punctuation: for comparing names. */
/** Text to match literally inside a regular expression: "Acme (UK) Ltd." has no special characters left. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Lower case without accents, keeping spaces: for phrase matching across languages. */
export function plain(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").toLowerCase();
}

export function sentencesOf(text: string): string[] {
  return text
    .replace(/\s*\n\s*\n\s*/g, '\n')
    .split(/(?<=[.!?;])\s+|\n/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

// The legal forms a registered name ends with: "GmbH & Co. KG", "Pty Ltd", "S.A. de C.V.".
export const LEGAL_FORMS = String.raw`(?:\(Pvt\.?\) Ltd\.?|\(Private\) Limited|\(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?\),? (?:Pte\.? Limited|Pte\.? Ltd\.?|Private Limited|Pty\.? Ltd\.?|Sdn\.? Bhd\.?|Limited|Ltd\.?|Inc\.?|B\.V\.|GmbH|AG|S\.A\.)|Pte\.? Limited|Berhad|SARL AU|GmbH(?:\s*&\s*Co\.?\s*KG)?|gGmbH|AG|SE|KG|e\.\s?V\.|e\.\s?K\.|e\.\s?Kfr\.|OHG|GbR|UG(?: \(haftungsbeschränkt\))?|KGaA|PartG(?:mbB)?|mbB|(?:Gesellschaft )?mbH|Ltda\.?|Ltd\.?|Limited|S\.A\.C\.?|SAC|E\.I\.R\.L\.?|LLC|L\.L\.C\.|LLP|Inc\.?|Corp\.?|PLC|plc|SAS|SARL|S\.A\.S\.?|S\.A\.?|S\.à\s?r\.l\.|B\.V\.?|BV|bv|N\.V\.?|NV|nv|VZW|vzw|BVBA|bvba|S\.L\.?|S\.R\.L\.?|Srl|SRL|SCRL|scrl|[Ll]t[ée]e|[Ll]imit[ée]e|eGen|SpA|S\.p\.A\.|Oy|AB|ApS|A\/S|CLG|Pty\.? Ltd\.?|Pvt\.? Ltd\.?|Pte\.? Ltd\.?|S\.A\.(?:P\.I\.)? de C\.V\.|S\.P\.R\. de R\.L\.(?: de C\.V\.)?|S\. de R\.L\.(?: de C\.V\.)?|S\.C\.|Koop\.\s?E\.|W\.L\.L\.?|WLL|Sdn\.?\s?Bhd\.?|Bhd\.?|SCS|SUARL|Ges\.m\.b\.H\.|eG|R\.\s?L\.|C\.\s?A\.|FZ-?LLC|FZE|S\.A\.E\.C\.A\.|S\.A\.T\.|S\.L\.L\.|SELARL|SCIC|SICA|SNC|S\.\s?Coop\.?|ULC|PLLC|P\.C\.|AöR|U\.A\.|Soc\.\s?[Cc]oop\.?|Cyf\.?|s\.\s?r\.\s?o\.|spol\. s r\.\s?o\.|[Ss]p\. z o\.\s?o\.|a\.\s?s\.|Kft\.|Zrt\.|d\.o\.o\.)`;
