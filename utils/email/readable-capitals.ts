// A name found only in capitals ("ADMINISTRATION COMMUNALE DE BRAINE-LE-COMTE", a letterhead or a board's listing)
// reads as shouting on the card the user confirms. Its words are written the usual way; initials and legal forms stay.

const SMALL_WORDS = /^(?:OF|FOR|AND|THE|DE|DU|DES|LA|LE|LES|VAN|VON|DER|DEN|DEL|DI|DA|DO|DOS|Y|E|ET|EN|UND|FÜR|TER|TEN|AU|AUX|ZUR|ZUM|IM)$/u;
// Four letters with a vowel that are still initials or a legal form.
const KEPT = /^(?:SARL|SASU|EURL|ASBL|CPAS|OCMW|SCIO|GMBH|KGAA|SPRL|BVBA|AÖR|AOR|NATO|UNICEF|CEDEAO|SCOP|SCEA|GAEC|EIRL|SELARL|LTDA|CHUV|CHRU|ESPE|IUFO)$/u;

const VOWEL = /[AEIOUYÀ-ÖØ-Ý]/u;

// Three letters read as a word when they sound like one ("SAN", "SUD", "NEW"), as initials otherwise ("CHU", "IBM", "NHS").
function isInitials(word: string): boolean {
  if (word.length === 3) return !(!VOWEL.test(word[0]) && VOWEL.test(word[1]) && !VOWEL.test(word[2]));
  return word.length < 3 || KEPT.test(word) || !VOWEL.test(word);
}

/** "MUNICIPALITY OF KAMANJAB WEST" → "Municipality of Kamanjab West"; "KPMG", "NHS TRUST" and mixed case are left alone. */
export function readableCapitals(name: string | null): string | null {
  if (!name || /\p{Ll}/u.test(name)) return name;
  const words = name.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  // Two real words at least: "ACME" or "NHS TRUST" may be how the firm styles itself.
  if (words.filter((word) => !isInitials(word) && !SMALL_WORDS.test(word)).length < 2) return name;
  let first = true;
  return name.replace(/\p{L}[\p{L}'’]*/gu, (word, offset: number) => {
    const atStart = first;
    first = false;
    // "BEAUFAYS-LEZ-OURTHE", "BOULOGNE-SUR-MER": a place's joining word between hyphens.
    const betweenHyphens = name[offset - 1] === '-' && name[offset + word.length] === '-' && /^(?:LEZ|LÈS|SUR|SOUS)$/u.test(word);
    if ((SMALL_WORDS.test(word) && !atStart) || betweenHyphens) return word.toLowerCase();
    if (isInitials(word)) return word;
    // "L'OREAL" is "L'Oreal", "D'OTTIGNIES" inside a name "d'Ottignies": the word after an elided article keeps its capital.
    const elided = atStart ? /^[LD]['’]/u.exec(word)?.[0] ?? '' : /^[LD]['’]/u.exec(word)?.[0].toLowerCase() ?? '';
    const rest = word.slice(elided.length);
    return `${elided}${rest.charAt(0)}${rest.slice(1).toLowerCase()}`;
  });
}
