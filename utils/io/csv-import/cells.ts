import { findMarkup, MAX_STRING_LENGTH } from '../../backup/limits';
import { parseSalaryText } from '../../capture/salary';
import type { Salary } from '../../model/application';

/** A cell Ajar cannot take, with the reason in words that finish the sentence "Row 4: 'Column' …". */
export class CellProblem extends Error {}

// Trackers write a dash for "nothing here" (Huntr does for every empty cell).
const EMPTY = new Set(['', '-', '–', '—', 'n/a', 'none', 'null', 'undefined']);

/** Control characters other than tab and line breaks are debris from copy and paste; they are dropped. */
// One regex pass instead of rebuilding every cell character by character (10k notes of 700 characters).
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/** Plain text from a cell, or null when it is empty. Markup and absurd lengths are refused. */
export function textCell(raw: string | undefined): string | null {
  const text = freeTextCell(raw);
  const markup = text ? findMarkup(text) : null;
  if (markup) throw new CellProblem(`contains page markup ("${markup}"), which Ajar never stores`);
  return text;
}

/** Notes: any text is kept as text (Ajar never renders it as HTML), only absurd lengths are refused. */
export function freeTextCell(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  // Ajar's own export puts a quote before = + - @ so spreadsheets do not run it; it comes off again here.
  const text = withoutControlCharacters(raw).replace(/^'(?=[=+\-@])/, '').trim();
  if (EMPTY.has(text.toLowerCase())) return null;
  if (text.length > MAX_STRING_LENGTH) throw new CellProblem(`is ${text.length.toLocaleString('en')} characters long, more than any real field`);
  return text;
}

/** A web address; "acme.com/jobs/1" gets its https:// back. */
export function urlCell(raw: string | undefined): string | null {
  const text = textCell(raw);
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')) return url.toString();
  } catch {
    // falls through to the problem below
  }
  throw new CellProblem(`isn't a web address we can open (got '${shorten(text)}')`);
}

/** "$120k–150k", "120000" or a lowest/highest pair from two columns. */
export function salaryCells(range: string | null, min: string | null, max: string | null): Salary | null {
  if (range) return parseSalaryText(range);
  const low = min ? parseSalaryText(min) : null;
  const high = max ? parseSalaryText(max) : null;
  if (!low && !high) return null;
  const values = [low?.min, high?.max].filter((value): value is number => typeof value === 'number');
  return {
    min: Math.min(...values),
    max: Math.max(...values),
    currency: low?.currency ?? high?.currency ?? null,
    period: high?.period ?? low?.period ?? null,
  };
}

export function shorten(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
