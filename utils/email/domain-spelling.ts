// How a message spells the name behind a sender's domain or a tool's tenant: "Loam & Ledger" for loamandledger.com,
// "Hochschule Aurach" for hs-aurach.de, "Groupe Financier Laurentide" for gflaurentide.com.
import { spelledOutInitials } from './initials';
import { ORGANISATION_WORD, cleanCompany } from './company-names';
import { NAME_RUN, fold } from './text-patterns';

/** "hs" of "hochschule": the same first letter, then the others in order. */
function isAbbreviationOf(short: string, word: string): boolean {
  if (short[0] !== word[0]) return false;
  let at = 1;
  for (const letter of short.slice(1)) {
    at = word.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The way the text spells a domain's or tenant's name: "Loam & Ledger" for loamandledger.com, "Tidepool" for tidepoolsoftware.io. */
export function spellingOf(anchor: string, text: string, isTenant: boolean): string | null {
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
    const last = fold(words[words.length - 1]);
    const lead = key.slice(0, key.length - last.length);
    // hs-aurach.de is "Hochschule Aurach": the first words shortened to some of their letters, in order.
    const shortened = key.endsWith(last) && last.length >= 4 && lead.length >= 2 && lead.length <= 4 && isAbbreviationOf(lead, fold(words.slice(0, -1).join('')));
    return `${letters.slice(0, -1)}${last}` === key || (words.length >= 3 && letters === key) || (key.endsWith(last) && lead.length >= 3 && fold(words.slice(0, -1).join('')).startsWith(lead)) || shortened;
  });
  if (initials) return cleanCompany(initials);
  // csrr.qc.ca, gflevesque.com: the text spells out the name with words the runs above split ("Centre de santé Rivière-Rouge").
  return cleanCompany(spelledOutInitials(key, text));
}

/** "Entretien Maison Verdier" yields "Entretien", "Entretien Maison", "Maison Verdier", …: one of them may be the company. */
function prefixes(run: string): string[] {
  const words = run.split(' ');
  return words.flatMap((_, start) => words.slice(start).map((__, length) => words.slice(start, start + length + 1).join(' ')));
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
