import { elementText } from '../text';
import type { Obj } from './jsonld';

function lastSegment(t: string | null): string | undefined {
  return t?.trim().split(/\s+/)[0]?.replace(/^.*[/#:]/, '');
}

function itemValue(el: Element, depth: number): unknown {
  if (el.hasAttribute('itemscope')) return readItem(el, depth + 1);
  const tag = el.tagName.toUpperCase();
  if (el.hasAttribute('content')) return el.getAttribute('content');
  if (tag === 'A' || tag === 'LINK' || tag === 'AREA') return el.getAttribute('href');
  if (tag === 'IMG' || tag === 'SOURCE' || tag === 'AUDIO' || tag === 'VIDEO') return el.getAttribute('src');
  if (tag === 'TIME') return el.getAttribute('datetime') ?? el.textContent;
  if (tag === 'DATA' || tag === 'METER') return el.getAttribute('value');
  return elementText(el, 25000);
}

/** Reads one microdata item: the properties whose nearest enclosing itemscope is `item`. */
export function readItem(item: Element, depth = 0): Obj {
  const o: Obj = { '@type': lastSegment(item.getAttribute('itemtype')) };
  if (depth > 6) return o;
  for (const el of Array.from(item.querySelectorAll('[itemprop]')).slice(0, 500)) {
    if (el.parentElement?.closest('[itemscope]') !== item) continue;
    const v = itemValue(el, depth);
    for (const name of (el.getAttribute('itemprop') ?? '').trim().split(/\s+/)) {
      if (!name) continue;
      const prev = o[name];
      o[name] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
  }
  return o;
}

export const isMicrodataPosting = (el: Element): boolean =>
  el.hasAttribute('itemscope') && /(^|[/#:\s])JobPosting(\s|$)/.test(el.getAttribute('itemtype') ?? '');
