import { decodeEntities } from '../text';

/**
 * Repairs what real sites ship as JSON: comments, trailing commas, raw newlines/tabs inside
 * strings. One pass that tracks whether it is inside a string, so URLs ("https://…") survive.
 */
export function repairJson(src: string): string {
  let out = '';
  let inStr = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inStr) {
      if (c === '\\') {
        out += c + (src[i + 1] ?? '');
        i++;
      } else if (c === '"') {
        inStr = false;
        out += c;
      } else if (c === '\n') out += '\\n';
      else if (c === '\r') out += '\\r';
      else if (c === '\t') out += '\\t';
      else if (c < ' ') out += ' ';
      else out += c;
      continue;
    }
    if (c === '"') {
      inStr = true;
      out += c;
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 1;
    } else if (c === ',') {
      let j = i + 1;
      while (j < src.length && /\s/.test(src[j])) j++;
      if (src[j] !== '}' && src[j] !== ']') out += c;
    } else out += c;
  }
  return out;
}

function unwrap(raw: string): string {
  return raw
    .trim()
    .replace(/^(\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(\/\/\s*)?\]\]>$/, '')
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .trim()
    .replace(/;\s*$/, '');
}

function tryParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/** Best-effort JSON.parse; undefined when nothing sensible can be recovered. */
export function parseLenientJson(raw: string): unknown {
  if (raw.length > 2_000_000) return undefined;
  const s = unwrap(raw);
  if (!s) return undefined;
  let v = tryParse(s);
  if (v !== undefined) return v;
  const fixed = repairJson(s);
  v = tryParse(fixed);
  if (v !== undefined) return v;
  // Several objects back to back in one script tag.
  v = tryParse('[' + fixed.replace(/}\s*{/g, '},{') + ']');
  if (v !== undefined) return v;
  // Whole block HTML-escaped by a template engine.
  if (s.includes('&quot;')) return tryParse(repairJson(decodeEntities(s)));
  return undefined;
}

/** The JSON object literal assigned to `name` in inline script text (`window.__appData = {…};`). */
export function assignedObject(script: string, name: string): unknown {
  const at = script.indexOf(name);
  if (at < 0) return undefined;
  const start = script.indexOf('{', at + name.length);
  if (start < 0 || !/^\s*=\s*$/.test(script.slice(at + name.length, start).replace(/^["'\]]/, ''))) return undefined;
  let depth = 0;
  let inStr = false;
  let quote = '';
  for (let i = start; i < script.length; i++) {
    const c = script[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === quote) inStr = false;
      continue;
    }
    if (c === '"' || c === "'") {
      inStr = true;
      quote = c;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return parseLenientJson(script.slice(start, i + 1));
  }
  return undefined;
}
