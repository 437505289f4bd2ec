import { cleanLine, elementText } from './text';

/** First element matching any selector, in selector order (not document order). */
export function first(root: ParentNode, selectors: string[]): Element | null {
  for (const sel of selectors) {
    try {
      const el = root.querySelector(sel);
      if (el) return el;
    } catch {
      // An unsupported selector in one DOM implementation must not sink the others.
    }
  }
  return null;
}

/** Cleaned one-line text of the first matching element that has any. */
export function textOf(root: ParentNode, selectors: string[], max = 300): string | null {
  for (const sel of selectors) {
    let els: NodeListOf<Element>;
    try {
      els = root.querySelectorAll(sel);
    } catch {
      continue;
    }
    for (const el of Array.from(els).slice(0, 5)) {
      const t = cleanLine(elementText(el, 4000), max);
      if (t) return t;
    }
  }
  return null;
}

export function blockOf(root: ParentNode, selectors: string[]): string | null {
  const el = first(root, selectors);
  return el ? elementText(el, 40000) : null;
}

export function meta(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
  return cleanLine(el?.getAttribute('content') ?? null);
}

export function attr(root: ParentNode, selector: string, name: string): string | null {
  const v = root.querySelector(selector)?.getAttribute(name);
  return v && v.trim() ? v.trim() : null;
}

/** Text of every <script> whose body contains `marker` (cheap filter before any JSON work). */
export function scriptsContaining(doc: Document, marker: string): string[] {
  const out: string[] = [];
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    const t = s.textContent ?? '';
    if (t.includes(marker)) out.push(t);
  }
  return out;
}

/** `dt`/`dd`, `th`/`td` or `h3`+`span` style label→value pairs inside `root`. */
export function labelledValue(root: ParentNode, pairSelector: string, label: RegExp): string | null {
  for (const item of Array.from(root.querySelectorAll(pairSelector))) {
    const lab = item.querySelector('dt, th, h3, h4, .label, [class*="Field"]');
    const val = item.querySelector('dd, td, span, [class*="Data"]');
    if (lab && val && label.test(cleanLine(lab.textContent) ?? '')) {
      const t = cleanLine(elementText(val, 2000));
      if (t) return t;
    }
  }
  return null;
}

/**
 * Elements matching `pred`, in document order, by walking element children. Attribute-substring
 * selectors and getElementsByTagName('*') are pathologically slow in some DOM engines (jsdom).
 */
export function scan(root: Document | Element, pred: (el: Element) => boolean, max = 50): Element[] {
  const out: Element[] = [];
  const start = 'documentElement' in root ? root.documentElement : root;
  if (!start) return out;
  const stack: Element[] = [start];
  while (stack.length && out.length < max) {
    const el = stack.pop()!;
    if (pred(el)) out.push(el);
    // Push children in reverse so they pop in document order.
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

export function ldJsonScripts(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName('script')).filter((s) => /ld\+json/i.test(s.getAttribute('type') ?? ''));
}
