import type { Address } from './message';

/** `Dana Lee <dana@acme.com>`, `"Lee, Dana" <dana@acme.com>`, `dana@acme.com` or just `Dana Lee`. */
export function parseAddress(text: string | null | undefined): Address | null {
  const value = (text ?? '').trim();
  if (!value) return null;
  const angle = /^(.*?)<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(value);
  if (angle) return { ...nameAndOrganisation(angle[1]), email: angle[2].toLowerCase() };
  const bare = /^(?:mailto:)?([^\s@<>]+@[^\s@<>]+\.[a-z]{2,})$/i.exec(value);
  if (bare) return { name: null, email: bare[1].toLowerCase() };
  const trailing = /^(.*?)\s*[[(]\s*(?:mailto:)?([^\s@<>]+@[^\s@<>()[\]]+)\s*[\])]$/.exec(value);
  if (trailing) return { ...nameAndOrganisation(trailing[1]), email: trailing[2].toLowerCase() };
  return { ...nameAndOrganisation(value), email: null };
}

/** "Gagnon, Marie-Ève (CISSS des Hautes-Laurentides)": the person, and in brackets where directories say they work. */
export function nameAndOrganisation(text: string | null | undefined): { name: string | null; organisation: string | null } {
  const cleaned = cleanName(text);
  const bracketed = cleaned ? /^(.+?)\s*\(([^()@]{3,80})\)$/u.exec(cleaned) : null;
  // Only after a person's name: "School District No. 71 (Cedar Valley)" is one name.
  if (!bracketed || !/^\p{Lu}[\p{L}'’.-]+,?\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?$/u.test(bracketed[1]) || !/\p{Lu}/u.test(bracketed[2]) || /^(?:via|by|on behalf of|external|extern|ext)\b/i.test(bracketed[2])) return { name: cleaned, organisation: null };
  return { name: cleanName(bracketed[1]), organisation: bracketed[2].trim() };
}

/** "Teresa Lindqvist (she/her)": the pronouns after a name are no part of it. */
export const PRONOUNS = /\s*[([](?:she|he|they|elle|il|iel|sie|er|ze|hij|zij|ella|él)\s*\/\s*\p{L}+(?:\s*\/\s*\p{L}+)?[)\]]/giu;

export function cleanName(text: string | null | undefined): string | null {
  let name = (text ?? '').trim().replace(/^["'\s]+|["'\s]+$/g, '').replace(/\s+/g, ' ').replace(PRONOUNS, '').trim();
  // "Lee, Dana" is how directories write "Dana Lee".
  const inverted = /^([\p{L}'’-]+),\s*([\p{L}'’-]+(?:\s[\p{L}'’-]+)?)$/u.exec(name);
  if (inverted && !/^(inc|llc|ltd|gmbh|sa|sas|sarl|bv|ag|plc|corp|co)\.?$/i.test(inverted[2])) name = `${inverted[2]} ${inverted[1]}`;
  return name || null;
}
