import { ROLE_WORDS, escapeRegExp } from './text-patterns';
import { cleanCompany } from './company-names';
import { looksLikeOrganisation } from './name-shapes';
import { PLACE_LINE } from './company-layouts';
import { spelledOutInitials } from './initials';
import { PRONOUNS } from './address';

export interface Signature {
  name: string | null;
  role: string | null;
  company: string | null;
}

const CLOSINGS = /^(?:ngā mihi(?: nui)?|nga mihi(?: nui)?|mauri ora|warm wishes|with thanks|best(?: regards| wishes)?|regards|kind regards|warm regards|warmly|sincerely(?: yours)?|yours (?:sincerely|faithfully|truly)|respectfully yours|with gratitude|gratefully|with (?:appreciation|best wishes|kind regards|warm regards|many thanks)|kindest regards|warmest regards|very best|all best|take care|cordialmente|un cordial saludo|reciba un cordial saludo|herzliche gr(?:ü|ue)(?:ß|ss)e|mit besten gr(?:ü|ue)(?:ß|ss)en|mit freundlichen gr(?:ü|ue)ssen|freundliche gr(?:ü|ue)sse|vriendelijke groet(?:en)?|hartelijke groeten|thanks(?: again)?|thank you|many thanks|cheers|all the best|respectfully|congratulations(?: again)?|félicitations|herzlichen glückwunsch|enhorabuena|gefeliciteerd|talk soon|speak soon|see you soon|best of luck|good luck|looking forward(?: to [\w ]+)?|bis bald|hasta pronto|tot snel|au plaisir|cordialement|bien cordialement|bien à vous|sincères salutations|salutations(?: distinguées)?|belle journée|bonne (?:journée|soirée|fin de journée|semaine)|belle soirée|schönen tag|fijne dag|merci|à bientôt|mit freundlichen grüßen|viele grüße|beste grüße|freundliche grüße|liebe grüße|saludos(?: cordiales)?|atentamente|un saludo|met vriendelijke groet(?:en)?|groeten|groet|hartelijke groet)[,.!]?\s*$/i;
const PERSON = /^[\p{Lu}][\p{Ll}'’-]+(?:[ -](?:de |van |von |der |da |le |la )?[\p{Lu}][\p{L}'’.-]+){1,2}$/u;

const TEAM = /\b(?:team|équipe|recruiting|recruitment|talent|hiring|careers|people|hr|rh|recrutement|acquisition|inc|llc|ltd|gmbh|sas|group|labs?|technologies|solutions|robotics|health|bank|systems|software|studios?|the)\b/i;

const TEAM_LINE = /^(?:(?:the|l['’]|le|la|das|die|el|het|de)\s*)?(?:[\p{L}-]+\s+){0,3}(?:team|équipe|service|department|dept\.?|abteilung|afdeling|departamento|equipo)(?:\s+(?:de|des|du|der|van|del|of)\b.*)?$|^(?:(?:the|l['’]|le|la|das|el|het)\s*)?(?:team|équipe|equipo|service|département|departamento|abteilung|afdeling)\s+[\p{L}\s-]+$|^(?:recruiting|recruitment|talent acquisition|human resources|people|hr|ressources humaines|recursos humanos|personalabteilung|personeelszaken|p&o|rh|rrhh|(?:hr |human resources |people )?shared services(?: centre| center)?)(?:\s+team)?$/iu;

/** The lines after the closing ("Best," / "Cordialement,"): who wrote, their role, their company. */
// "i.A. Sandra Hölzl", "p.p. Jane Doe": signing on someone's behalf; the name is hers.
const ON_BEHALF = String.raw`(?:i\.\s?A\.|i\.\s?V\.|p\.\s?p\.|pp\.?|im auftrag|in vertretung|namens)`;
const ON_BEHALF_BEFORE_NAME = new RegExp(String.raw`^${ON_BEHALF}\s+(?=\p{Lu})`, 'iu');
const ON_BEHALF_LINE = new RegExp(String.raw`^${ON_BEHALF}$`, 'iu');
// "Whitney Larsen, BSN, RN", "Ellen Marsh, Ed.D.": the letters after a name are credentials.
const withoutCredentials = (line: string) => line.replace(/(?:,\s*(?:[A-Z]{2,6}(?:-[A-Z]{1,3})?|M\.D\.|Ph\.D\.|Ed\.D\.|Esq\.))+$/u, '');

export function signatureOf(body: string): Signature {
  // "i.A. Sandra Hölzl": the name after the words; "Im Auftrag" on a line of its own, over the name: nothing to read.
  const lines = body.split('\n').map((line) => line.replace(PRONOUNS, '').trim().replace(ON_BEHALF_BEFORE_NAME, '')).filter((line) => !ON_BEHALF_LINE.test(line));
  let closing = -1;
  lines.forEach((line, index) => {
    if (CLOSINGS.test(line)) closing = index;
  });
  // "-- " is the signature's own delimiter when no closing was recognised ("Take care and thanks again,") or only a
  // first name stands between the closing and it; after a full signature it opens the footer instead.
  const delimiter = lines.findLastIndex((line, index) => /^--\s*$/.test(line) && index > closing && index >= lines.length - 12);
  const onlyAName = closing >= 0 && lines.slice(closing + 1, delimiter).filter(Boolean).every((line) => /^[\p{Lu}][\p{Ll}'’-]+$/u.test(line));
  if (delimiter >= 0 && (closing < 0 || onlyAName)) closing = delimiter;
  const result: Signature = { name: null, role: null, company: null };
  if (closing < 0) {
    // No closing line: a name standing alone near the end ("Maya Patel" over "Senior Technical Recruiter").
    const tail = lines.length - 8;
    lines.forEach((line, index) => {
      if (index >= tail && PERSON.test(withoutCredentials(line)) && !ROLE_WORDS.test(line) && !TEAM.test(line) && !lines[index - 1]) closing = index - 1;
    });
  }
  if (closing < 0) return result;
  // The signature is the block right under the closing: it ends at the first blank line after it starts.
  const block = lines.slice(closing + 1);
  const firstLine = block.findIndex(Boolean);
  const blankAfter = firstLine < 0 ? -1 : block.findIndex((line, index) => index > firstLine && !line);
  let after = (firstLine < 0 ? [] : block.slice(firstLine, blankAfter < 0 ? undefined : blankAfter)).slice(0, 5);
  // "Best,\nBrooke\n\nBrooke Vandermeer\nTalent Partner | Fernhill": a first name signs off, the full block follows.
  if (after.length === 1 && /^[\p{Lu}][\p{Ll}'’-]+$/u.test(after[0]) && blankAfter >= 0) {
    const rest = block.slice(blankAfter);
    const start = rest.findIndex(Boolean);
    const end = start < 0 ? -1 : rest.findIndex((line, index) => index > start && !line);
    const next = start < 0 ? [] : rest.slice(start, end < 0 ? undefined : end).slice(0, 5);
    if (next.length > 0 && next[0].startsWith(after[0]) && PERSON.test(next[0])) after = next;
  }
  // "Talent Acquisition Team" / "Le service Ressources Humaines" signs for the firm named on the next line.
  let signedByATeam = false;
  for (const [index, written] of after.entries()) {
    const line = withoutCredentials(written);
    if (/@|https?:|www\.|^\+?[\d ().-]{7,}$|^(?:tel|phone|mobile|tél)\b/i.test(line) || line.length > 80) continue;
    if (index === 0 && TEAM_LINE.test(line)) {
      signedByATeam = true;
      continue;
    }
    if (signedByATeam) {
      const firm = line.replace(/\s*[»”"]+$/u, '').split(/\s+[|·•]\s+|\s+[-–—]\s+|,\s+(?=\p{Lu}\p{Ll}+$)/u)[0];
      if (!result.company && /^[\p{Lu}\p{N}][\p{L}\p{N}&'’ .,-]{1,60}$/u.test(firm) && !ROLE_WORDS.test(firm)) result.company = firm;
      break;
    }
    // "Swathi" over "HR Executive": a first name signing first is the writer, not the company.
    if (index === 0 && !result.name && /^\p{Lu}\p{Ll}+$/u.test(line) && after.length > 1) {
      result.name = line;
      continue;
    }
    if (!result.name && PERSON.test(line) && !ROLE_WORDS.test(line) && !TEAM.test(line) && !looksLikeOrganisation(line)) {
      result.name = line;
      continue;
    }
    // "Talent Acquisition Partner | Acme", "Recruiter at Acme", "Responsable RH, Acme"
    // With a bar, the company is after the last one: "Talent Partner, GTM | Fernhill Software".
    const split = /^(.+)\s+\|\s+([^|]+)$/u.exec(line) ?? /^(.+?)\s*(?:\||,|–|—| - | at | chez | bei | bij | en (?=\p{Lu}))\s*(.+)$/u.exec(line);
    if (!result.role && ROLE_WORDS.test(split ? split[1] : line)) {
      result.role = split ? split[1].trim() : line;
      // "Clinical Recruiter | Talent Acquisition": a desk after the bar; the firm is on the next line.
      // "Director of Operations - Inland Empire" over "Golden State Cold Storage": a region after the dash, when the
      // next line is the firm.
      const nextLine = after[index + 1]?.split(/\s+[|·•]\s+|\s+[-–—]\s+/u)[0].replace(/ No\. \d+$/u, '') ?? '';
      const regionBeforeFirm = !!split && !looksLikeOrganisation(split[2].trim()) && /^\p{Lu}[\p{L}&'’ .-]{1,60}$/u.test(nextLine) && nextLine.includes(' ') && !ROLE_WORDS.test(nextLine) && !PLACE_LINE.test(nextLine) && !(PERSON.test(nextLine) && !looksLikeOrganisation(nextLine));
      if (split && !ROLE_WORDS.test(split[2]) && !TEAM_LINE.test(split[2].trim()) && !regionBeforeFirm) result.company = split[2].trim();
      continue;
    }
    if (!result.role && /\b(?:recruit\w*|talents?|hiring|rh|hr|ressources humaines|people)\b/i.test(line) && result.name) {
      result.role = line;
      continue;
    }
    // "Corrib Cloud Ltd. | Dock Road, Galway": the company, then where it is.
    // "The Salt House, Harbour Road, Whitstable": the name before the address.
    // "TWL - Transit Wouri Logistique SA": the initials, then the name they stand for.
    const initialsFirst = /^(\p{Lu}{2,6})\s+[-–—]\s+(.+)$/u.exec(line);
    const spelled = initialsFirst ? spelledOutInitials(initialsFirst[1], initialsFirst[2]) : null;
    const named = (spelled ? line.slice(line.indexOf(spelled)) : line).split(/\s+[|·•]\s+|\s+[-–—]\s+|,\s+(?=.*\d)/u)[0];
    // "Pittsburgh, PA 15222", "12 Park Row, Leeds", "Muelle Isla Verde, s/n": where the firm is, not its name.
    if (PLACE_LINE.test(line) && (PLACE_LINE.test(named) || /^[\p{L} .'’-]+,\s*(?:[A-Z]{2}\b|s\/n\b)/u.test(line))) continue;
    // "Chapter House, 26/30 Abbey Street Upper": a building's name before its street number, not the firm's.
    if (/\b(?:House|Building|Tower|Court|Chambers|Plaza|Quay|Wharf|Mews|Hall)$/u.test(named) && new RegExp(String.raw`^${escapeRegExp(named)},\s*\d`, 'u').test(line)) continue;
    // "Administración" over "Refaccionaria Hermanos Olvera": a desk line is skipped, the firm comes next.
    if (!result.company && cleanCompany(named) && (/^(?:[\p{Lu}\p{N}]|(?:vzw|asbl) \p{Lu})[\p{L}\p{N}&'’ .-]{1,40}$/u.test(named) || (/^[\p{Lu}\p{N}][\p{L}\p{N}&'’ .-]{1,60}$/u.test(named) && looksLikeOrganisation(named))) && !/\d{2,}/.test(named.replace(/\bNo\. \d+$/u, '')) && !/\b(?:team|équipe)\b/i.test(named)) result.company = named;
  }
  return result;
}
