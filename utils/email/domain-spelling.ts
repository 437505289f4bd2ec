// How a message spells the name behind a sender's domain or a tool's tenant: "Loam & Ledger" for loamandledger.com,
// "Hochschule Aurach" for hs-aurach.de, "Groupe Financier Laurentide" for gflaurentide.com.
import { spelledOutInitials } from './initials';
import { cleanCompany } from './company-names';
import { ORGANISATION_WORD, looksLikeOrganisation, looksLikePerson, startsLikeOrganisation } from './name-shapes';
import { NAME_RUN, escapeRegExp, fold } from './text-patterns';

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
export function spellingOf(anchor: string, text: string, isTenant: boolean, writer?: string | null): string | null {
  // werkenbijlindehof.nl, joinacme.com, acmecareers.com: the employer's name without the careers words around it.
  const key = fold(anchor).replace(/^(?:werkenbij|werkenbijde|jobsat|careersat|join|work(?:at|for|with)|karrierebei|travaillerchez|trabajaen)(?=\w{4})/, '').replace(/(?<=\w{4})(?:careers|jobs|karriere|recrutement|talent|hiring|werkenbij)$/, '');
  const runs = [...text.matchAll(new RegExp(NAME_RUN, 'gu'))].map((match) => match[0]);
  // Every run of capitalised words and its parts, compared as written ("The Muse", "Brückenbau AG") and returned cleaned.
  const names = [...new Set(runs.flatMap((run) => prefixes(run)))].filter((name) => !!cleanCompany(name));
  // German domains write ü as ue ("brueckenbau-ag.de" is "Brückenbau AG"), Nordic ones ø as oe or o ("groenvang-energi.dk"
  // is "Grønvang Energi"); "&" is "and" in an address.
  const spellings = (name: string) => [fold(name), fold(name.replace(/ä/gi, 'ae').replace(/ö/gi, 'oe').replace(/ü/gi, 'ue').replace(/ß/g, 'ss')), fold(name.replace(/[øœ]/gi, 'oe').replace(/æ/gi, 'ae').replace(/å/gi, 'aa').replace(/þ/gi, 'th').replace(/ð/gi, 'd')), fold(name.replace(/ø/gi, 'o').replace(/æ/gi, 'ae').replace(/þ/gi, 'th').replace(/ð/gi, 'd')), fold(name.replace(/&/g, ' and ')), fold(name.replace(/\s(?:and|&)\s/gi, ' '))];
  const exact = names.filter((name) => spellings(name).includes(key)).sort((a, b) => b.length - a.length)[0];
  if (exact) return cleanCompany(withItsTitle(exact, text));
  const skipping = spelledSkippingLowerWords(key, text);
  if (skipping) return cleanCompany(skipping);
  const owned = ownerAndTrade(key, names, text, writer);
  if (owned) return owned;
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

/**
 * hal@brandttire.com, written by Hal Brandt: the owner's surname and the trade the domain adds name the firm
 * ("Brandt Tire", "Brennan & Sons", "Lupo's Kitchen"), unless the text names a firm with that surname in it.
 */
function ownerAndTrade(key: string, names: string[], text: string, writer?: string | null): string | null {
  const surname = writer && looksLikePerson(writer) && !looksLikeOrganisation(writer) ? writer.trim().split(/\s+/).at(-1) ?? '' : '';
  // A firm the text names after the owner ("Vandermeer & Sons Heating and Air", "Timmerbedrijf Bouma") is spelled by the other rules.
  const namedInFull = !!surname && names.some((name) => name.split(/\s+/).length > 1 && name.split(/\s+/).includes(surname) && (looksLikeOrganisation(name) || startsLikeOrganisation(name)));
  const trade = fold(surname).length >= 4 && key.startsWith(fold(surname)) && !namedInFull ? key.slice(fold(surname).length) : '';
  // luposkitchenpdx.com from Marco Lupo, who writes "Lupo's Kitchen": the possessive as the text spells it.
  const owned = trade.startsWith('s') ? new RegExp(String.raw`${escapeRegExp(surname)}['’]s((?:\s+\p{Lu}[\p{L}&-]*){1,3})`, 'u').exec(text) : null;
  const ownedWords = (owned?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
  while (ownedWords.length > 0 && !trade.startsWith(`s${fold(ownedWords.join(''))}`)) ownedWords.pop();
  if (ownedWords.length > 0) return cleanCompany(`${surname}'s ${ownedWords.join(' ')}`);
  // hartiganandsons.ie from Tom Hartigan: "Hartigan & Sons".
  const kin = /^(?:and|n)(sons|son|daughters|co)$/.exec(trade)?.[1];
  if (kin) return cleanCompany(`${surname} & ${capitalise(kin)}`);
  if (/^[a-z]{3,12}$/.test(trade) && !trade.startsWith('s') && !/^(?:hq|app|careers|jobs|hr|team|corp|inc|llc|ltd|co|group|online|global|usa|us|uk|mail|web|net|site|family)$/.test(trade)) return cleanCompany(`${surname} ${capitalise(trade)}`);
  return null;
}

/**
 * cliniquebeaulieunadeau.ca is "Clinique dentaire Beaulieu-Nadeau", caissesaintremi.coop "Caisse populaire
 * Saint-Rémi-des-Érables": the domain spells the capitalised words and leaves out the lower-case ones between them,
 * or one capitalised word in the middle.
 */
function spelledSkippingLowerWords(key: string, text: string): string | null {
  for (const line of text.split('\n')) {
    const words = line.split(/\s+/).filter(Boolean).map((word) => word.replace(/^[("“«]+|[)"”».,;:!?]+$/g, ''));
    for (let first = 0; first < words.length; first++) {
      if (!/^\p{Lu}/u.test(words[first]) || fold(words[first]).length < 4 || !key.startsWith(fold(words[first]))) continue;
      let spelled = fold(words[first]);
      let skipped = 0;
      for (let next = first + 1; next < words.length && next <= first + 5; next++) {
        const word = words[next];
        // A describing word is left out ("dentaire", "populaire"); a joining one ("de", "del") is the name's own.
        if (/^\p{Ll}{4,}$/u.test(word) && skipped < 2) {
          skipped++;
          continue;
        }
        if (!/^\p{Lu}/u.test(word)) break;
        // "Saint-Rémi-des-Érables" may end the domain after any of its hyphened parts.
        const parts = word.split('-');
        const reaches = parts.map((_, end) => spelled + fold(parts.slice(0, end + 1).join(''))).some((reach) => reach === key);
        if (skipped > 0 && reaches) return words.slice(first, next + 1).join(' ');
        // steinhauser-search.com for "Steinhauser Executive Search AG": one capitalised word left out in the middle.
        if (skipped === 0 && !key.startsWith(spelled + fold(word)) && key.startsWith(spelled)) {
          skipped++;
          continue;
        }
        spelled += fold(word);
        if (!key.startsWith(spelled)) break;
      }
    }
  }
  return null;
}

/** wandoocreek.wa.gov.au is "Shire of Wandoo Creek" where the text writes it so: a council is named with its title. */
function withItsTitle(name: string, text: string): string {
  const titled = new RegExp(String.raw`(?<![\p{L}])(?:Shire|City|Town|County|Borough|Municipality|Village|Township|Commune|Ville|Gemeente|Stad|Stadt|Gemeinde|Marktgemeinde|Municipalidad|Municipio|Ayuntamiento)\s+(?:(?:of|de|du|van)\s+|d['’])?${escapeRegExp(name)}(?![\p{L}])`, 'u').exec(text);
  if (titled) return titled[0];
  // hofterlieve.be written "WZC Hof ter Lieve" every time: the kind of house, in capitals, is part of its name.
  const uses = [...text.matchAll(new RegExp(String.raw`(?<![\p{L}])(?:(\p{Lu}{2,5})[^\S\n]+)?${escapeRegExp(name)}(?![\p{L}])`, 'gu'))].map((use) => use[1]);
  // A legal form or a desk ("SARL", "RRHH") before the name is not part of it.
  const notAKind = /^(?:SCEA|SARL|SAS|SASU|EURL|GAEC|SCI|SCOP|SNC|ASBL|VZW|SRL|SPRL|BVBA|GMBH|AG|SA|BV|NV|RRHH|RH|HR|HRM|DRH|IT|PO)$/;
  return uses.length > 0 && uses.every((kind) => kind && kind === uses[0]) && !notAKind.test(uses[0] ?? '') ? `${uses[0]} ${name}` : name;
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
