// Plain-text helpers. Nothing here parses HTML into a live document: markup found in strings is
// removed with regexes so hostile values never reach a parser that could run or load anything.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', bull: '•', middot: '·', copy: '©', reg: '®',
  trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', laquo: '«', raquo: '»', times: '×',
  aelig: 'æ', oslash: 'ø', aring: 'å', AElig: 'Æ', Oslash: 'Ø', Aring: 'Å', eacute: 'é', egrave: 'è',
  uuml: 'ü', ouml: 'ö', auml: 'ä', Uuml: 'Ü', Ouml: 'Ö', Auml: 'Ä', szlig: 'ß', ntilde: 'ñ',
  ccedil: 'ç', iacute: 'í', oacute: 'ó', aacute: 'á', uacute: 'ú', shy: '', zwj: '', zwnj: '',
};

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code < 0x110000 && !(code >= 0xd800 && code < 0xe000) ? String.fromCodePoint(code) : '';
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? m;
  });
}

const BLOCK_TAG = /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|dt|dd|blockquote|pre)\b[^>]*>/gi;

/** Removes tags (and the bodies of script/style), keeping block boundaries as newlines. */
export function stripTags(s: string): string {
  if (!s.includes('<')) return s;
  return s
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<(script|style|noscript|template|iframe|object)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(BLOCK_TAG, '\n')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    // An unterminated tag at the end is still markup, not text.
    .replace(/<[a-zA-Z][^<>]*$/, '');
}

/** Tags out, entities decoded, then tags out again: decoded values can carry markup of their own. */
function plain(s: string): string {
  return stripTags(decodeEntities(stripTags(s)));
}

export function cap(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  // Never split a surrogate pair.
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** One-line field: plain text, whitespace collapsed. */
export function cleanLine(v: unknown, max = 300): string | null {
  if (typeof v === 'number') v = String(v);
  if (typeof v !== 'string') return null;
  const s = plain(v).replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  return s ? cap(s, max).trim() : null;
}

/** Multi-line field: plain text, paragraphs kept as single blank-line breaks. */
export function cleanBlock(v: unknown, max = 20000): string | null {
  if (typeof v !== 'string') return null;
  const s = plain(v)
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return s ? cap(s, max).trim() : null;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'HEAD']);
const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'SECTION', 'ARTICLE',
  'HEADER', 'FOOTER', 'DT', 'DD', 'DL', 'BLOCKQUOTE', 'PRE', 'BR', 'MAIN', 'ASIDE', 'NAV', 'FORM', 'FIGURE',
]);

/** Human-visible text of an element, with newlines at block boundaries; stops after `limit` chars. */
export function elementText(root: Node | null | undefined, limit = 60000, skip?: (el: Element) => boolean): string {
  if (!root) return '';
  const out: string[] = [];
  let len = 0;
  const walk = (node: Node, depth: number): void => {
    // Depth guard: hostile pages can nest deeply enough to exhaust the stack.
    if (len >= limit || depth > 400) return;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      out.push(t);
      len += t.length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    const tag = el.tagName;
    if (tag && SKIP.has(tag)) return;
    if (tag && el.hasAttribute('hidden')) return;
    if (tag && skip?.(el)) return;
    const block = tag ? BLOCK.has(tag.toUpperCase()) : false;
    if (block) out.push('\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, depth + 1);
    if (block) out.push('\n');
  };
  walk(root, 0);
  return out.join('').slice(0, limit);
}
