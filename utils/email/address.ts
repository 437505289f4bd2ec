import type { Address } from './message';

/** `Dana Lee <dana@acme.com>`, `"Lee, Dana" <dana@acme.com>`, `dana@acme.com` or just `Dana Lee`. */
export function parseAddress(text: string | null | undefined): Address | null {
  const value = (text ?? '').trim();
  if (!value) return null;
  const angle = /^(.*?)<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(value);
  if (angle) return { name: cleanName(angle[1]), email: angle[2].toLowerCase() };
  const bare = /^(?:mailto:)?([^\s@<>]+@[^\s@<>]+\.[a-z]{2,})$/i.exec(value);
  if (bare) return { name: null, email: bare[1].toLowerCase() };
  const trailing = /^(.*?)\s*[[(]\s*(?:mailto:)?([^\s@<>]+@[^\s@<>()[\]]+)\s*[\])]$/.exec(value);
  if (trailing) return { name: cleanName(trailing[1]), email: trailing[2].toLowerCase() };
  return { name: cleanName(value), email: null };
}

export function cleanName(text: string | null | undefined): string | null {
  let name = (text ?? '').trim().replace(/^["'\s]+|["'\s]+$/g, '').replace(/\s+/g, ' ');
  // "Lee, Dana" is how directories write "Dana Lee".
  const inverted = /^([\p{L}'’-]+),\s*([\p{L}'’-]+(?:\s[\p{L}'’-]+)?)$/u.exec(name);
  if (inverted && !/^(inc|llc|ltd|gmbh|sa|sas|sarl|bv|ag|plc|corp|co)\.?$/i.test(inverted[2])) name = `${inverted[2]} ${inverted[1]}`;
  return name || null;
}
