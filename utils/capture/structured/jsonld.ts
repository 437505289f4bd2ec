import { ldJsonScripts } from '../dom';
import { parseLenientJson } from './lenient-json';

export type Obj = Record<string, unknown>;

export function typeNames(o: Obj): string[] {
  const t = o['@type'] ?? o.type;
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
}

export function isJobPosting(o: Obj): boolean {
  return typeNames(o).includes('JobPosting');
}

/** Depth-first search through arrays, @graph and nested values for JobPosting objects. */
function collect(v: unknown, out: Obj[], depth: number): void {
  if (depth > 8 || out.length > 5 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v.slice(0, 200)) collect(x, out, depth + 1);
    return;
  }
  const o = v as Obj;
  if (isJobPosting(o)) {
    out.push(o);
    return;
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item', 'about']) {
    if (key in o) collect(o[key], out, depth + 1);
  }
}

export function hasJsonLd(doc: Document): boolean {
  return ldJsonScripts(doc).length > 0;
}

export function jsonLdPostings(doc: Document): Obj[] {
  const out: Obj[] = [];
  for (const s of ldJsonScripts(doc).slice(0, 30)) {
    const text = s.textContent ?? '';
    // Cheap skip: most pages' JSON-LD is breadcrumbs and organisations.
    if (!/JobPosting/i.test(text)) continue;
    collect(parseLenientJson(text), out, 0);
  }
  return out;
}
