import { cleanCompany } from './company-names';
import { looksLikeOrganisation } from './name-shapes';
import { LEGAL_FORMS, escapeRegExp, fold } from './text-patterns';

// Organisations shorten themselves to initials in their addresses and sign-offs (csrr.qc.ca, "ORPG Recruitment",
// gflevesque.com, wbalaw.ca); the text usually spells the name out once. This finds that spelled-out name.

// Small words a name carries without giving them a letter: "Office for Rural Payments and Grants" is ORPG.
const UNLETTERED = /^(?:of|for|and|the|de|du|des|d['’]|la|le|les|l['’]|et|y|del|los|las|für|der|die|das|und|van|den|het|en|voor|pour|para|zur|zum|au|aux|&)$/i;
// Words a domain adds after the initials: wbalaw.ca is W. B. A. and "law".
const DOMAIN_TAIL = /(?:law|legal|group|health|hq|careers|jobs|rh|hr)$/;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The name in `text` whose initials (and, for `gflevesque`, a whole last word) spell `key`, as written. */
export function spelledOutInitials(key: string, text: string): string | null {
  const wanted = fold(key);
  if (wanted.length < 3) return null;
  const tails = DOMAIN_TAIL.exec(wanted) && wanted.length - DOMAIN_TAIL.exec(wanted)![0].length >= 3 ? [wanted, wanted.replace(DOMAIN_TAIL, '')] : [wanted];
  for (const line of text.split('\n')) {
    const words: Word[] = [...line.matchAll(/[\p{L}][\p{L}'’]*|&/gu)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
    for (const target of tails) {
      for (let first = 0; first < words.length; first += 1) {
        if (!/^\p{Lu}/u.test(words[first].text) || UNLETTERED.test(words[first].text)) continue;
        const found = readFrom(words, first, target, line);
        if (found) return found;
      }
    }
  }
  return null;
}

/** "CFUSD", "HSR Levante", "PMJ", "GBR CPA": a name made of initials, as the message spells it out somewhere. */
export function nameBehindInitials(name: string, text: string): string | null {
  // "HSR Levante", "Chi Vallee Durance" (from chi-vallee-durance.fr): initials, then words the full name ends with.
  const initialsFirst = /^\p{Lu}{3,6}$/u.test(name) || (/^\p{Lu}[\p{Lu}\p{Ll}]{1,3}\s+\p{Lu}/u.test(name) && fold(name.split(' ')[0]).length <= 4 && !looksLikeOrganisation(name.split(' ')[0]));
  if (!initialsFirst) return null;
  // "PMJ – Précimécanique Jurassienne SA" at the head of a footer line: the name the initials stand for, said outright.
  const saidOutright = /^\p{Lu}{2,6}$/u.test(name) ? new RegExp(String.raw`(?:^|\n)[ \t]*${escapeRegExp(name)}[ \t]+[–—-][ \t]+(\p{Lu}[^\n·|,]{3,80})`, 'u').exec(text)?.[1] : undefined;
  // "GBR CPA" over "Gagnon Bélanger Roy, comptables professionnels agréés": the initials, then the firm's profession.
  const initialsOfFirm = /^(\p{Lu}{3,6})\s+\p{Lu}{2,4}$/u.exec(name)?.[1];
  return cleanCompany(spelledOutInitials(name, text)) ?? cleanCompany(saidOutright) ?? (initialsOfFirm ? cleanCompany(spelledOutInitials(initialsOfFirm, text)) : null);
}

/** "LMT" or "LMT CPA" and "Lavoie Morin Tremblay": initials (with a profession after them) and the name they stand for. */
export function standsFor(initials: string, name: string): boolean {
  const letters = /^(\p{Lu}{2,6})(?:\s+\p{Lu}{2,4})?$/u.exec(initials)?.[1];
  // "CTAK": "Collectivité Territoriale de l'Approuague-Kaw", each part of a hyphened word and the word after an elided article.
  const words = name.split(/[\s-]+/).map((word) => word.replace(/^[ldLD]['’](?=\p{Lu})/u, ''));
  return !!letters && fold(words.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('')) === fold(letters);
}

function readFrom(words: Word[], first: number, target: string, line: string): string | null {
  let spelled = '';
  let wholeWords = false;
  for (let index = first; index < words.length && index - first < 9; index += 1) {
    // "de l'Oyapock-Maroni": the elided article joined to a word gives it no letter of its own.
    const word = { ...words[index], text: words[index].text.replace(/^[ldLD]['’](?=\p{Lu})/u, '') };
    // Only spaces, commas, hyphens and apostrophes may stand between the words of one name.
    if (index > first && !/^[\s,'’-]*$/u.test(line.slice(words[index - 1].end, word.start))) return null;
    if (UNLETTERED.test(word.text) && index > first) continue;
    const whole = fold(word.text);
    // "Groupe financier Lévesque": the letters so far, then the last word whole.
    if (spelled.length >= 1 && `${spelled}${whole}` === target && /^\p{Lu}/u.test(word.text) && index - first >= 1) return line.slice(words[first].start, word.end);
    // "Centre Hospitalier Intercommunal Vallée de la Durance" for chi-vallee-durance: letters, then whole words.
    if (spelled.length >= 2 && /^\p{Lu}/u.test(word.text) && target.startsWith(`${spelled}${whole}`) && (wholeWords || index - first >= 2)) {
      spelled += whole;
      wholeWords = true;
      continue;
    }
    if (wholeWords) return null;
    const letter = whole[0];
    if (!letter || target[spelled.length] !== letter) return null;
    // A lowercase word shorter than four letters is a joiner, not part of the initials.
    if (/^\p{Ll}/u.test(word.text) && word.text.length < 4) return null;
    spelled += letter;
    if (spelled === target) return /^\p{Lu}/u.test(word.text) && index - first >= 2 ? line.slice(words[first].start, word.end) : null;
  }
  return null;
}

/**
 * "Servicios Logísticos Ecuatoguineanos, S.A. (SELOGESA)", "Zweckverband … Untere Saale (ZV WAUS)": the name a short form follows in brackets, when the short form
 * is made of syllables rather than initials. The name is the longest run of capitalised words before the brackets
 * that starts with the short form's first letter ("con el Departamento de Operaciones de Servicios …" starts at S).
 */
export function nameBeforeShortForm(short: string, text: string): string | null {
  if (!/^\p{Lu}{3,10}$|^\p{Lu}{2,5} \p{Lu}{2,6}$/u.test(short)) return null;
  // "MDE – Mitteldeutsche Energiehandel GmbH" at the head of a line: the short form, then what it stands for.
  const outright = new RegExp(String.raw`(?:^|\n)[ \t]*${escapeRegExp(short)}[ \t]+[–—-][ \t]+(\p{Lu}[^\n·|,]{3,80})`, 'u').exec(text)?.[1];
  const outrightName = cleanCompany(outright);
  // Only a name with its legal form: "MUTAVIE – Mutuelle d'assurance des familles" is what the firm does, not its name.
  if (outright && outrightName && outrightName !== outright.trim()) return outrightName;
  const bracketed = new RegExp(String.raw`([^\n()]{3,120}?)(,?\s+${LEGAL_FORMS})?\s+\(${escapeRegExp(short)}\)`, 'u').exec(text);
  // A name said as a word ("COVIMAN") is how the firm is known unless the letter gives its legal name in full before it.
  const before = bracketed && (bracketed[2] || short.includes(' ')) ? bracketed[1] : null;
  if (!before) return null;
  const words = before.trim().split(/\s+/);
  for (let first = 0; first < words.length - 1; first += 1) {
    const run = words.slice(first);
    const capitalised = run.filter((word) => /^\p{Lu}/u.test(word));
    const joinersOnly = run.every((word) => /^\p{Lu}/u.test(word) || /^(?:de|del|la|las|los|of|the|and|y|et|du|des|van|für|und|&)$/i.test(word));
    if (run[0][0] === short[0] && joinersOnly && capitalised.length >= 2) return cleanCompany(run.join(' '));
  }
  return null;
}
