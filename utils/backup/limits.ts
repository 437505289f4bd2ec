import { jsonErrorOffset } from './json-position';

/** Larger files are refused before they are read: a real backup of years of searching is a few MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** No field a person writes or a page offers comes near this; longer means a broken or hostile file. */
export const MAX_STRING_LENGTH = 200_000;
export const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * Long-form text the user writes or a posting supplies. A frontend posting may well say "<script>" in
 * its text, and Ajar always shows these fields as text, never as HTML; refusing them would make a
 * user's own backup impossible to restore. Every other string must be free of markup.
 */
export const FREE_TEXT_KEYS: ReadonlySet<string> = new Set(['description', 'notes', 'prepNotes', 'note', 'wentWell', 'doDifferently', 'signature']);
/** Fields Ajar turns into links: only there can a script address run, so only there is it refused. */
export const LINK_KEYS: ReadonlySet<string> = new Set(['url', 'canonicalUrl', 'applyUrl', 'linkedin', 'website', 'email']);
// Ajar stores page text as text; elements that load or run something mean the file was tampered with.
const MARKUP = /<\s*\/?\s*(script|iframe|object|embed|svg|img|style|link|meta|form|base)\b|<[^>]*\son[a-z]+\s*=/i;
const SCRIPT_LINK = /^\s*(javascript|vbscript|data)\s*:/i;

export class ImportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImportError';
  }
}

/** Formats a JSON path the way a person reads it: applications[3].stage */
export function pathText(path: readonly (string | number | symbol)[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
}

/**
 * Throws an ImportError naming the first hostile or oversized value and where it is. A 10k backup holds
 * ~1.5 million values, so the walk shares one path stack (a path is written out only for an error) and
 * a string with no "<" skips the markup pattern, which can only match at one.
 */
export function assertSafeValue(value: unknown, path: (string | number)[] = [], depth = 0): void {
  walkSafe(value, [...path], depth);
}

function walkSafe(value: unknown, path: (string | number)[], depth: number): void {
  if (depth > MAX_DEPTH) throw new ImportError(`${pathText(path)} is nested too deeply to be a real backup.`);
  if (typeof value === 'string') {
    assertSafeString(value, path);
    return;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      path.push(index);
      walkSafe(value[index], path, depth + 1);
      path.pop();
    }
    return;
  }
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      if (FORBIDDEN_KEYS.has(key)) throw new ImportError(`${pathText(path)} is a reserved name that a backup never contains.`);
      walkSafe((value as Record<string, unknown>)[key], path, depth + 1);
      path.pop();
    }
  }
}

function assertSafeString(value: string, path: (string | number)[]): void {
  if (value.length > MAX_STRING_LENGTH) throw new ImportError(`${pathText(path)} is ${value.length.toLocaleString('en')} characters long, more than any real field.`);
  const key = String(path[path.length - 1] ?? '');
  if (value.includes('<')) {
    const freeText = FREE_TEXT_KEYS.has(key) || (path[0] === 'settings' && path[1] === 'templates');
    const markup = freeText ? null : findMarkup(value);
    if (markup) throw new ImportError(`${pathText(path)} contains page markup ("${markup}"), which Ajar never stores.`);
  }
  if (LINK_KEYS.has(key) && SCRIPT_LINK.test(value)) throw new ImportError(`${pathText(path)} is a script address ("${value.trim().slice(0, 20)}"), not a link Ajar can open.`);
}

/** The start of the first piece of markup or script address in a text, or null when it is plain. */
export function findMarkup(text: string): string | null {
  const markup = MARKUP.exec(text);
  return markup ? markup[0].slice(0, 20) : null;
}

/** JSON.parse with an error that says where the file breaks, in lines and columns. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(message, text) ?? text.length;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    if (/end of (JSON )?input|Unterminated/i.test(message) || offset >= text.trimEnd().length) {
      throw new ImportError(`The file ends too early (line ${line}): it looks cut off.`);
    }
    throw new ImportError(`The file is not valid JSON at line ${line}, column ${column}.`);
  }
}
