import { elementText } from '../text';
import type { Obj } from './jsonld';

const strip = (name: string): string => name.replace(/^.*[/#:]/, '');

function readNode(node: Element, depth: number): Obj {
  const o: Obj = { '@type': strip((node.getAttribute('typeof') ?? '').trim().split(/\s+/)[0] ?? '') };
  if (depth > 6) return o;
  for (const el of Array.from(node.querySelectorAll('[property]')).slice(0, 500)) {
    if (el.parentElement?.closest('[typeof]') !== node) continue;
    const v = el.hasAttribute('typeof')
      ? readNode(el, depth + 1)
      : el.getAttribute('content') ?? el.getAttribute('datetime') ?? elementText(el, 25000);
    for (const name of (el.getAttribute('property') ?? '').trim().split(/\s+/)) {
      if (!name) continue;
      const key = strip(name);
      const prev = o[key];
      o[key] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
  }
  return o;
}

/** RDFa Lite: `typeof="JobPosting"` (or a prefixed/IRI form) with `property=` children. */
export const isRdfaPosting = (el: Element): boolean =>
  (el.getAttribute('typeof') ?? '').split(/\s+/).some((t) => strip(t) === 'JobPosting');

export function readRdfa(el: Element): Obj {
  return readNode(el, 0);
}
