import { scriptsContaining } from '../dom';
import { cleanLine } from '../text';

export const hostIs = (url: URL, ...hosts: string[]): boolean => hosts.includes(url.hostname.toLowerCase());

/** Match patterns for exactly these hosts. */
export const hostPatterns = (...hosts: string[]): string[] => hosts.map((h) => `https://${h}/*`);

/** Match patterns for these domains and all their subdomains (`*.` covers the bare domain too). */
export const domainPatterns = (...domains: string[]): string[] => domains.map((d) => `https://*.${d}/*`);

/** The posting's own address for its application form's ("…/apply" → "…"), or null on the posting itself. */
export function postingOfForm(url: URL, suffix: RegExp): string | null {
  if (!suffix.test(url.pathname)) return null;
  const posting = new URL(url.origin);
  posting.pathname = url.pathname.replace(suffix, '') || '/';
  return posting.href;
}

/** The host itself or any subdomain of one of `domains`. */
export const hostUnder = (url: URL, ...domains: string[]): boolean => {
  const h = url.hostname.toLowerCase();
  return domains.some((d) => h === d || h.endsWith('.' + d));
};

/**
 * "Remote"/"On-site" wording → the remote flag; hybrid and silence stay unknown. Boards print the workplace
 * type in the reader's language, so the common European words count too.
 */
export function remoteFrom(...texts: Array<string | null | undefined>): boolean | null {
  const s = texts.filter(Boolean).join(' ');
  if (/\b(hybrid|hybride|ibrido|híbrido|hibrido)\b/i.test(s)) return null;
  if (/\b(remote|telecommute|work from home|fully distributed|da remoto|remoto|télétravail|teletrabajo|fernarbeit)\b/i.test(s)) return true;
  if (/\b(on-?site|in[- ]office|on location|in sede|vor ort|sur site|presencial|op locatie)\b/i.test(s)) return false;
  return null;
}

/** A string value for `key` anywhere in inline script JSON (`"key":"value"`), unescaped. */
export function scriptJsonString(doc: Document, marker: string, key: string): string | null {
  const re = new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){0,20000})"`);
  for (const text of scriptsContaining(doc, marker)) {
    const m = re.exec(text);
    if (m) {
      try {
        return JSON.parse(`"${m[1]}"`) as string;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** Splits "Title at Company" / "Title - Company | Site" style document titles. */
export function splitDocTitle(doc: Document, re: RegExp): RegExpExecArray | null {
  const t = cleanLine(doc.title);
  return t ? re.exec(t) : null;
}
