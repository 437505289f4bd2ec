// Where a message's layout puts the employer's name: the line under a listing's title, a letterhead over an
// address, a booking tool's event name, a short note signed with a first name, a domain's label.
import { fold, LEGAL_FORMS, ROLE_WORDS } from './text-patterns';
import { JOINED_STREET_KIND, ORGANISATION_WORD, looksLikeOrganisation, looksLikePerson, startsLikeOrganisation } from './name-shapes';

/**
 * Boards lay a job out as lines: the title, then the employer, then the place ("Accounts Assistant" /
 * "Pemberton & Crane Ltd" / "Leeds"). The line under the title is the employer. Without a known title, the
 * first short line that reads as a job title stands for it ("Warehouse Team Supervisor" / "Ashdown Cold Chain Ltd - Daventry").
 */
export function employerUnderTitle(body: string, title: string | null, aboutOneJob: boolean): string | null {
  const lines = body.split('\n').map((line) => line.trim()).filter(Boolean);
  const at = title
    // "Offre n° 198TKVL - Conducteur poids lourd (H/F)": the posting's number may open the title's line.
    ? lines.findIndex((line) => fold(line.replace(POSTING_NUMBER_FIRST, '')).startsWith(fold(title)) && line.length <= title.length + 30)
    : lines.findIndex((line) => line.length <= 80 && ROLE_WORDS.test(line) && !/[.!?:,]$|https?:|@/.test(line) && line.split(/\s+/).length <= 10);
  if (at < 0 || at + 1 >= lines.length) return null;
  // "Offre n° 198KQTW", "Referenz: 4417": the posting's number between the title and the employer.
  if (at + 2 < lines.length && /^(?:offre|r[ée]f[ée]rence|ref\.?|referenz|kennziffer|vacature(?:nummer)?|referencia|job id|req(?:uisition)?|n°|nr\.?)\b[^\p{L}]*(?:n°|nr\.?|number|:)?\s*[\w-]*\d[\w-]*$/iu.test(lines[at + 1])) lines.splice(at + 1, 1);
  // "Armenia, Quindío", "Eagle Farm, Brisbane QLD": a place under the title, not an employer.
  if (/^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?,\s+\p{Lu}[\p{L}'’ -]+$/u.test(lines[at + 1]) && !looksLikeOrganisation(lines[at + 1].split(',')[0])) return null;
  // "Getafe (Madrid)", "Lyon (69)": a town and its province or department.
  if (/^\p{Lu}[\p{L}'’-]+(?: (?:de |del |la |sur |am |an der )?\p{Lu}[\p{L}'’-]+)? \((?:\p{Lu}[\p{L}'’ -]+|\d{2,3})\)(?:\s*[·|,-].*)?$/u.test(lines[at + 1]) && !looksLikeOrganisation(lines[at + 1].split(' (')[0])) return null;
  // "Clinique des Alpes Vaudoises SA, Aigle": the employer, then where the job is.
  const next = lines[at + 1].split(/\s+[-–—·|•]\s+|\s{2,}/)[0].replace(/,\s+(?!(?:LLP|LLC|Inc|Ltd|S\.?A|SAS|GmbH|AG|B\.?V|Pty|Limited)\b)\p{Lu}[\p{L}'’. -]*(?:,\s*[A-Z]{2})?(?:\s*\(\d+\))?$/u, '');
  // A sentence ends with a stop; a name may too, after a legal form or an abbreviation ("S.L.", "& Asoc.").
  const sentenceEnd = /[!?:]$/.test(next) || (next.endsWith('.') && !LEGAL_FORM.test(next) && !/\b(?:\p{Lu}|Asoc|Cía|Cia|Co|Corp|Inc|Ltd|Hnos|Bros)\.$/u.test(next));
  if ((ROLE_WORDS.test(next) && !looksLikeOrganisation(next)) || /\d{3,}|https?:|@/.test(next) || sentenceEnd || next.split(/\s+/).length > 7) return null;
  // A recruiter's name under the title (LinkedIn shows who posted the job) is no employer.
  if (looksLikePerson(next) && !looksLikeOrganisation(next)) return null;
  // Guessed from the shape alone, the name must come back in the text: a digest's first listing does not.
  // A receipt about one job may name it once, if the line is plainly an organisation's ("Meridian Verpackungswerke GmbH").
  if (!title && body.split(next).length < 3 && !(aboutOneJob && (looksLikeOrganisation(next) || LEGAL_FORM.test(next)))) return null;
  return next;
}

const POSTING_NUMBER_FIRST = /^(?:offre|oferta|vacature|stelle|job|ref(?:erence|erencia|erenz)?\.?)\s*(?:n°|nº|nr\.?|no\.?|#)?\s*[\w-]*\d[\w-]*\s*[-–—:|]\s*/iu;
const LEGAL_FORM = /\b(?:GmbH|AG|SE|KG|Ltd|LLC|LLP|Inc|Corp|S\.?A\.?S?|SARL|S\.?à r\.?l|B\.?V|N\.?V|S\.?L|S\.?R\.?L|Pty|Plc|Oy|AB|ApS|S\.?p\.?A|Srl|Pvt|Pte)\b\.?/;
// A street, a postcode or a floor: the line under a name in a letterhead or a signature.
const STREET = String.raw`(?:rue|avenue|av|bd|boulevard|calle|c\/|carrera|ruta|km|street|st|road|rd|lane|ln|drive|dr|way|court|place|square|unit|suite|level|floor|piso|étage|etage|straße|strasse|str|weg|allee|platz|gasse|laan|straat|plein|gracht|kade|dijk|haven|parkmore|industrial|business (?:park|centre|center)|via|viale|rua|avda|avenida|paseo|plaza|private bag|p\.?\s?o\.? box|postbus|postfach|apartado|casilla|bo[iî]te postale)`;
const STREET_LINE = new RegExp(String.raw`\d.*\b${STREET}\b|\b${STREET}\b.*\d|\p{L}${JOINED_STREET_KIND}\s+\d`, 'iu');
// A postcode: "75001 Paris", "SO15 0AD", "1066 Epalinges", "5612 CK".
// "Pittsburgh, PA 15222" and "Toronto, ON M5V 2T6" too.
const POSTCODE = /\b\d{4,5}\s+\p{Lu}\p{Ll}+|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s+\d[A-Z]{2}\b|\b\d{4}\s?[A-Z]{2}\b|,\s*[A-Z]{2}\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/u;
// "Halifax NS", "Austin, TX": a town and its state or province, without the postcode.
// SA, NV and AB are left out: there they are more often a legal form ("Manufacture Dorlac SA").
const TOWN_AND_STATE = /^\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+)?,?\s+(?:A[KLRZ]|BC|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ABDEINOST]|N[BCDEHJLMSTY]|O[HKNR]|P[AE]|QC|RI|S[CDK]|T[NX]|UT|V[AT]|W[AIVY]|YT|NSW|VIC|QLD|WA|TAS|ACT|NT)$/u;
export const ADDRESS_LINE = { test: (line: string) => STREET_LINE.test(line) || POSTCODE.test(line) };
/** An address, or only the town and state a signature ends with ("Halifax NS"). */
export const PLACE_LINE = { test: (line: string) => ADDRESS_LINE.test(line) || TOWN_AND_STATE.test(line.trim()) };

// "Müller Haustechnik GmbH & Co. KG", "Hartwell, Finch & Oduya, LLP": a line that is a name and its legal form.
// "Pardy's Marine & Hardware (1987) Ltd.": the year a firm was formed again sits before its legal form.
const LEGAL_FORM_LINE = new RegExp(String.raw`^([\p{Lu}\p{N}][\p{L}\p{N}&'’., -]{1,60}?),?(?:\s+\((?:18|19|20)\d{2}\))?\s+${LEGAL_FORMS}\s*$`, 'u');

/** The name of every line in the text that is only a name and its legal form: the employer's letterhead or footer. */
export function namesWithALegalForm(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trim());
  return lines.flatMap((line, index) => {
    const name = LEGAL_FORM_LINE.exec(line)?.[1]?.trim();
    if (!name || name.split(/\s+/).length > 7 || /[:@]|https?:/.test(name)) return [];
    return [nameBrokenOverTwoLines(lines[index - 1] ?? '', name) ?? name];
  });
}

/** "Imprimerie" over "Delvaux-Moens SRL", "Dr. Kessler & Partner" over "Steuerberatungsgesellschaft mbB": one name on two lines. */
function nameBrokenOverTwoLines(above: string, name: string): string | null {
  const aboveWords = above.split(/\s+/);
  // "Dhow Harbour Marine &" over "Logistics W.L.L.", "Bin Hadeer & Sons" over "General Contracting L.L.C.": a line
  // that ends on "&", or on a family firm's sons or brothers, goes on below.
  const goesOn = /\s(?:&|and|und|et|y|en)$|\s(?:&|and|e|y|und|en|et)\s(?:Sons|Hijos|Söhne|Zn\.?|Zonen|Fils)$|\s(?:Bros\.|Brothers|Hermanos|Hnos\.|Gebroeders|Frères)$/iu;
  if (/^\p{Lu}/u.test(above) && aboveWords.length <= 7 && goesOn.test(above) && !/[:@]|https?:|\d/.test(above)) return `${above} ${name}`;
  if (!/^\p{Lu}/u.test(above) || aboveWords.length > 9 || /[:@,!?]$|https?:|\d/.test(above) || !/^\p{Lu}/u.test(aboveWords.at(-1) ?? '')) return null;
  const joined = `${above} ${name}`;
  // "CONSTRUCCIONES ARRIETA" over "E HIJOS, S.A.": a board's capitals, read as the words they are.
  const asWords = (text: string) => (/\p{Ll}/u.test(text) ? text : text.toLowerCase().replace(/(?<![\p{L}'’])\p{Ll}/gu, (letter) => letter.toUpperCase()));
  // The line above says what kind of organisation it is ("Imprimerie", "Cooperativa de Provisión de … y Vivienda"),
  // or the legal-form line holds only the kind that ends the name ("Steuerberatungsgesellschaft", "Hermanos",
  // "Co-operative Society").
  const kindAbove = startsLikeOrganisation(asWords(joined)) && !startsLikeOrganisation(asWords(name));
  const kindWords = asWords(name).replace(/^(?:E|Y|Et|Und|And|&)\s+/u, '').split(/\s+/);
  const onlyKindWords = kindWords.length <= 3 && kindWords.every((word) => ORGANISATION_WORD.test(word));
  const tradeBelow = ((!name.includes(' ') && /\p{Ll}{6,}$/u.test(name)) || onlyKindWords) && looksLikeOrganisation(joined) && !(looksLikePerson(above) && !looksLikeOrganisation(above));
  return kindAbove || tradeBelow ? joined : null;
}

/** "Despacho Olvera Contadores Públicos" over "Calle Río Tíber 87": a name standing over an address is an organisation's. */
// "Körperschaft des öffentlichen Rechts (KdöR)", "Établissement public": the body's legal status, sitting where a desk may.
const DESK_LINE = /^(?:(?:k[öo]rperschaft|anstalt|stiftung) des [öo]ffentlichen rechts|[ée]tablissement public|organismo p[úu]blico|entidad p[úu]blica|publiekrechtelijk orgaan|service|direction|d[ée]partement|direcci[óo]n|departamento|secretar[ií]a|abteilung|fachbereich|afdeling|dienst|department|division|office of|human resources|ressources humaines|recursos humanos|personalabteilung|personeelszaken)\b[^\n\d@:]{0,50}$/iu;
export function namesOverAnAddress(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trim());
  const names: string[] = [];
  lines.forEach((line, index) => {
    // "Service des Ressources humaines", "Dirección de Recursos Humanos": the desk that wrote may sit between them.
    // "Atentamente," over the desk is a closing, not a name.
    const deskBelow = DESK_LINE.test(lines[index + 1] ?? '');
    const next = deskBelow ? lines[index + 2] ?? '' : lines[index + 1] ?? '';
    if (!line || (deskBelow && line.endsWith(',')) || !ADDRESS_LINE.test(next) || ADDRESS_LINE.test(line) || line.split(/\s+/).length > 7 || /[!?;]$|(?<!\s(?:Co|Inc|Ltd|Corp|Bros|Cie|C[ií]a|Ltda|Zn|Gebr|Ets))\.$|:|@|https?:|\d{3,}/u.test(line)) return;
    if (!/^[\p{Lu}\p{N}]/u.test(line) || (looksLikePerson(line) && !looksLikeOrganisation(line))) return;
    names.push(line.split(/\s+[|·•–—-]\s+|,\s+/)[0]);
  });
  return names;
}

// The meeting part of a booking tool's event name: "Phone Screen", "Technical Interview", "Entrevue".
const MEETING_NAME = /^(?:\d+\s*(?:min(?:ute)?s?)\s+)?(?:(?:phone|video|technical|recruiter|intro(?:ductory)?|initial|first|final|hiring manager|culture|onsite|panel)\s+)*(?:screen(?:ing)?|interview|call|chat|meeting|conversation|entrevue|entretien|entrevista|gesprek|gespräch|appel|rencontre)$/i;

/**
 * A booking tool's "Event Type:" line names the meeting and often the employer: "Phone Screen - Caldera Robotics
 * (Field Service Technician)". The part that is neither the meeting, a job title nor a person is the employer.
 */
export function eventTypeNames(body: string): string[] {
  const lines = body.split('\n').map((line) => line.trim());
  const names: string[] = [];
  lines.forEach((line, index) => {
    if (!/^(?:event (?:type|name)|type d['’](?:é|e)v(?:é|e)nement|tipo de evento|ereignistyp|(?:é|e)v(?:é|e)nement)\s*:?\s*$/i.test(line)) return;
    const value = (lines.slice(index + 1).find(Boolean) ?? '').replace(/\s*\([^)]*\)\s*$/, '');
    for (const part of value.split(/\s+[-–—|]\s+|\s+(?:with|avec|mit|con|met|at|chez|bei)\s+/i)) {
      const name = part.trim();
      if (name && !MEETING_NAME.test(name) && !ROLE_WORDS.test(name) && !(looksLikePerson(name) && !looksLikeOrganisation(name))) names.push(name);
    }
  });
  return names;
}

/** "Liam" then "Kōkako Kitchen & Bar" at the end of a short note: the writer signs with a first name, then the place. */
export function signedUnderFirstName(body: string, writers: string[]): string[] {
  const lines = body.split('\n').map((line) => line.trim());
  const firsts = new Set(writers.map((name) => fold(name.split(/\s+/)[0])));
  const names: string[] = [];
  lines.forEach((line, index) => {
    if (index < lines.length - 8 || !firsts.has(fold(line.replace(/[,.!]+$/, '')))) return;
    const next = lines.slice(index + 1, index + 4).find((candidate) => candidate && !/^(?:sent from|get outlook|envoy[ée] de|von meinem|enviado desde|verzonden vanaf)|@|https?:|^\+?[\d ().-]{7,}$/i.test(candidate));
    const name = next?.split(/\s+[|·•]\s+|\s+[-–—]\s+/)[0];
    if (name && /^\p{Lu}/u.test(name) && !/\d/.test(name) && !ADDRESS_LINE.test(name) && (!looksLikePerson(name) || looksLikeOrganisation(name))) names.push(name);
  });
  return names;
}


// Words a domain glues to the name: tessaractlabs is "Tessaract Labs", brightsidedental "Brightside Dental".
const GLUED_WORD = /^(.{3,}?)(labs?|tech|software|systems|group|health|healthcare|foods?|energy|media|digital|studios?|solutions|consulting|capital|partners|analytics|robotics|logistics|bank|insurance|dental|legal|law|design|games|networks|ventures|pharma|bio|motors|fintech|finance|homes|hotels|clinic|care|works|industries|engineering|construction|cloud|data|ai|tuinbouw|bouw|techniek|transport|logistiek|installatie(?:s|techniek)?|kwekerij|zorg|groep|bakkerij|holzbau|technik|bau|logistik|immobilien|consult)$/;

/** A domain's label as a name when the text never spells it: "tessaractlabs" → "Tessaract Labs", "blue-cedar" → "Blue Cedar". */
export function nameFromDomain(label: string): string {
  const words = label.includes('-') || label.includes('_') ? label.split(/[-_]+/) : (GLUED_WORD.exec(label)?.slice(1) ?? [label]);
  return words.map((word) => (word === 'ai' ? 'AI' : word.charAt(0).toUpperCase() + word.slice(1))).join(' ');
}

