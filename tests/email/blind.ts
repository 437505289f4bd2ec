// The messages written blind: each set by someone who had not read the reader, with what a careful reader takes
// from each (tests/email/blind/<set>/expected.json). Measured as a whole against the accuracy aim.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MessageKind, readMessage, sourceFromFile } from '../../utils/email';

export const BLIND = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'blind');

interface Expected {
  kind: MessageKind;
  company: string | null;
  at?: string | null;
  tz?: string;
  now?: string;
  why?: string;
}

export interface Miss {
  file: string;
  what: string;
}

export interface Accuracy {
  messages: number;
  kindRight: number;
  companies: number;
  companyRight: number;
  interviews: number;
  startRight: number;
  misses: Miss[];
}

// "Acme Ltd" and "Acme" are the same employer: legal forms are not part of what the reader is asked for (Japan's
// "K.K." and "G.K." too, and the "Steuerberatungsgesellschaft" German law makes a tax firm add to its name).
const LEGAL_FORM = /[,\s]+(?:gmbh(?: & co\.? kg)?|ag|inc\.?|llc|llp|l\.l\.c\.?|ltd\.?|limited|co\.?|company|corp\.?|corporation|plc|sa|sas|sarl|s\.a\.?(?: de c\.v\.)?|sa de cv|s\.a\. de c\.v|s\.a\.r\.l\.?|(?:gesellschaft )?m\.?\s?b\.?\s?h\.?|partg(?:\s?mbb)?|partgmbb|s\.a\.c\.?|s\.a\.a\.?|sac|saa|vzw|asbl|mbb|e\.\s?k\.?|gbr|ohg|w\.l\.l\.?|ltda\.?|sasu|eirl|s\.l\.?|sl|b\.?v\.?|n\.v\.|nv|pty\.? ltd\.?|pvt\.? ltd\.?|private limited|se|kg|oy|ab|as|aps|srl|s\.r\.l\.?|pte\.? ltd\.?|s\.a\.p\.i\.? de c\.v\.?|s\.a\.s\.?|spa|dac|clg|ggmbh|s\.?\s?à\.?\s?r\.?\s?l\.?|sàrl|\(pty\)\s+ltd\.?|sdn\.?\s+bhd\.?|s\.\s?coop\.?|unlimited company|e\.\s?v\.|sprl|bvba|e\.\s?k\.|cv|scrl|egen|lt[ée]e|limit[ée]e|s\.a\.? e\.s\.p\.?|e\.s\.p\.?|s\.l\.u\.?|slu|u\.a\.?|eg|scs|suarl|ges\.?\s?m\.?\s?b\.?\s?h\.?|r\.\s?l\.?|c\.\s?a\.?|fz-?llc|fze|s\.a\.e\.c\.a\.?|s\.a\.c\.a\.?|sp\.\s?z\s?o\.\s?o\.?|s\.\s?r\.\s?o\.?|spol\.\s?s\s?r\.\s?o\.?|kft\.?|zrt\.?|d\.o\.o\.?|s\.a\.t\.?|s\.l\.l\.?|selarl|scic|sica|earl|snc|scop|kgaa|a[öo]r|ulc|pllc|p\.c\.|bhd\.?|\(pvt\.?\)\s*ltd\.?|\(private\)\s*limited|comm\.?\s?v\.?|v\.?\s?o\.?\s?f\.?|a\.\s?c\.?|s\. de r\.\s?l\.(?: de c\.\s?v\.)?|vog|soc\.\s?coop\.?|cyf\.?|cyfyngedig|(?:y|&|e)\s+c[ií]a\.?|&\s+cie\.?|&\s+co\.?|s\.?e\.?n\.?c\.?(?:r\.?l\.?)?|a\/s|\(publ\)|ehf\.?|o[üu]|e\.i\.r\.l\.?|s\.c\.a\.?|s\.a\.e\.?|s\.a\.m\.?|koop\.?(?:\s?e\.?)?|s\.c\.?|s\.p\.r\.\s?de\s?r\.\s?l\.?|\([utk]\)\s+(?:limited|ltd\.?)|limitada|share company|s\.?a\.?o\.?g\.?|berhad|sarl\s+au|pte\.?\s+limited|k\.\s?k\.?|kk|g\.\s?k\.?|(?:steuerberatungs|wirtschaftspr[üu]fungs|rechtsanwalts)gesellschaft|\([\p{L} -]+\),?\s+(?:limited|ltd\.?|inc\.?|pte\.?\s+(?:limited|ltd\.?)))\s*$/iu;
// "The Lakeshore Grand", "Les Entreprises Boisvert": a leading article is read either way.
const LEADING_ARTICLE = /^(?:the|les|le|la|los|las|el|het|die|der|das)\s+|^l['’]/i;
// "Gateway Inland Port Logistics", "GIPL - Gateway Inland Port Logistics", "… (GIPL)" are one employer too, as are
// "Stichting Amaliahof Zorg" and "Amaliahof Zorg", "Association Les Ateliers du Lien" and "Les Ateliers du Lien", "AB
// Västkust Logistik" and "Västkust Logistik": a legal form written before the name; "Excmo. Ayuntamiento de …": an
// honorific title before it.
const LEADING_INITIALS = /^\p{Lu}{2,6}\s+[-–]\s+|^(?:stichting|verein|association|asbl|vzw|eurl|sarl|sasu|sem|soci[ée]t[ée] d['’][ée]conomie mixte|scea|gaec|scop|ab|oy|sia|uab|spa|n\.v\.|coöperatie|cooperatie|excmo\.|excma\.|ilmo\.|ilma\.)\s+/iu;
// "Pardy's Marine & Hardware (1987) Ltd.": the year a firm was formed again is part of its legal name only.
const YEAR_FORMED = /\s*\((?:18|19|20)\d{2}\)\s*$/;
const INITIALS_IN_BRACKETS = /\s*\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)\s*$/u;
// "Koppenhoefer" and "Koppenhöfer": German written without its umlauts.
const withoutUmlauts = (name: string | null) => name?.replace(/[äöüÄÖÜ]/g, (letter) => `${letter.normalize('NFD')[0]}e`).replace(/ß/g, 'ss') ?? null;
export const sameName = (a: string | null, b: string | null) =>
  fold(a, false) === fold(b, false) || fold(a, true) === fold(b, true) || fold(withoutUmlauts(a), true) === fold(withoutUmlauts(b), true) || (!!a && !!b && (spelledOut(strip(a, true), strip(b, true)) || spelledOut(strip(b, true), strip(a, true))));
// "ITB Ingenieurbüro Thiele & Bertram": initials the name spells out right after them.
function withoutOwnInitials(name: string): string {
  const [, initials, rest] = /^(\p{Lu}{2,6})\s+(\p{Lu}.+)$/u.exec(name) ?? [];
  const letters = rest?.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  return initials && letters?.startsWith(initials) ? rest : name;
}
function strip(name: string | null, withoutArticle: boolean): string {
  let core = withoutOwnInitials((withoutArticle ? (name ?? '').replace(LEADING_ARTICLE, '') : name ?? '').replace(LEADING_INITIALS, ''));
  for (let round = 0; round < 3; round++) core = core.replace(LEGAL_FORM, '').replace(INITIALS_IN_BRACKETS, '').replace(YEAR_FORMED, '');
  return core;
}
const folded = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const fold = (name: string | null, withoutArticle: boolean) => folded(strip(name, withoutArticle));
// "Pecan Hollow ISD" is "Pecan Hollow Independent School District", "CC du Pays de Lagrasse" the "Communauté de
// communes du Pays de Lagrasse": initials that spell out words of the other name, the rest alike.
const JOINER = /^(?:de|du|des|del|of|the|la|le|les|and|et|für|y|e|van|der|den|het|d|l)$/i;
function spelledOut(short: string, long: string): boolean {
  const shortWords = short.split(/[\s'’-]+/).filter(Boolean);
  const longWords = long.split(/[\s'’-]+/).filter(Boolean);
  return shortWords.some((initials) => {
    if (!/^\p{Lu}{2,6}$/u.test(initials)) return false;
    for (let start = 0; start < longWords.length; start++) {
      // Every way the initials can spell words from here: a small joining word may be spelled ("SLDMWD": "Sta. Lucia
      // del Monte Water District") or skipped ("UTVC": "Universidad Técnica del Valle Central").
      const ends: number[] = [];
      const spell = (letter: number, at: number) => {
        if (letter === initials.length) return void ends.push(at);
        if (at >= longWords.length) return;
        if (longWords[at][0]?.toLowerCase() === initials[letter].toLowerCase()) spell(letter + 1, at + 1);
        if (at > start && JOINER.test(longWords[at])) spell(letter, at + 1);
      };
      spell(0, start);
      for (const end of ends) {
        // "CHI Hauts de l'Ouest": the small word after the spelled-out words may go with them.
        let past = end;
        while (past < longWords.length && JOINER.test(longWords[past])) past++;
        const expansions = [end, past].map((from) => [...longWords.slice(0, start), initials, ...longWords.slice(from)].join(' '));
        if (expansions.some((expanded) => folded(expanded) === folded(short))) return true;
      }
    }
    return false;
  });
}

export async function measureBlindSets(): Promise<Accuracy> {
  const accuracy: Accuracy = { messages: 0, kindRight: 0, companies: 0, companyRight: 0, interviews: 0, startRight: 0, misses: [] };
  for (const set of readdirSync(BLIND).sort()) {
    const expected = JSON.parse(readFileSync(path.join(BLIND, set, 'expected.json'), 'utf8')) as Record<string, Expected>;
    for (const [file, want] of Object.entries(expected)) {
      const bytes = readFileSync(path.join(BLIND, set, file));
      const content = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      const read = await readMessage(sourceFromFile(file, content), { now: new Date(want.now ?? '2026-03-02T12:00:00Z'), timeZone: want.tz ?? 'America/New_York' });
      const name = `${set}/${file}`;
      accuracy.messages += 1;
      if (read.kind === want.kind) accuracy.kindRight += 1;
      else accuracy.misses.push({ file: name, what: `kind ${read.kind}, not ${want.kind}` });
      if (want.company) {
        accuracy.companies += 1;
        if (sameName(read.company, want.company)) accuracy.companyRight += 1;
        else accuracy.misses.push({ file: name, what: `company ${JSON.stringify(read.company)}, not ${JSON.stringify(want.company)}` });
      }
      if (want.kind === 'interview' && want.at) {
        accuracy.interviews += 1;
        if (read.at && new Date(read.at).getTime() === new Date(want.at).getTime()) accuracy.startRight += 1;
        else accuracy.misses.push({ file: name, what: `start ${read.at}, not ${want.at}` });
      }
    }
  }
  return accuracy;
}

export const share = (right: number, of: number) => (of === 0 ? 1 : right / of);
