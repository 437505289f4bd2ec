// Generators of broken and hostile input for tests/io/fuzz.test.ts. Everything comes from one seeded
// PRNG, so a failing case number reproduces exactly.

export type Random = () => number;

/** mulberry32: tiny, fast and good enough to spread mutations around. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const index = (random: Random, length: number) => Math.floor(random() * (length + 1));

/** Fragments that break parsers or try to smuggle something in. */
export const HOSTILE = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', 'javascript:alert(1)',
  '<iframe srcdoc="<b>x</b>"></iframe>', '"', '""', ',', ';', '\n', '\r\n', '\u0000', '\u0007', '\u001b[31m',
  '\uFEFF', '\uD800', '{', '}', '[', ']', ':', '"__proto__":{"polluted":1},', '=cmd|calc!A1', '+1', '@SUM(1)',
  '-', '…', '👩‍💻', '\u202e', '<', '>', '&lt;script&gt;', '</p>', '<p', '<!--', ']]>', '\\', '\\u0000',
];

const CONTROL = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code));

/** One random textual mutation of a whole file: cut, splice, repeat, or flood. */
export function mutateText(random: Random, text: string): string {
  const at = index(random, text.length);
  switch (Math.floor(random() * 8)) {
    case 0:
      return text.slice(0, at); // truncated download
    case 1:
      return text.slice(0, at) + pick(random, HOSTILE) + text.slice(at);
    case 2:
      return text.slice(0, at) + pick(random, CONTROL) + text.slice(at);
    case 3: {
      const end = Math.min(text.length, at + Math.floor(random() * 200));
      return text.slice(0, at) + text.slice(end);
    }
    case 4: {
      const end = Math.min(text.length, at + Math.floor(random() * 80));
      return text.slice(0, end) + text.slice(at, end).repeat(1 + Math.floor(random() * 5)) + text.slice(end);
    }
    case 5:
      return text.slice(0, at) + 'x'.repeat(210_000 + Math.floor(random() * 1000)) + text.slice(at);
    case 6:
      return Array.from(text.slice(0, 4000), (char) => (random() < 0.02 ? String.fromCharCode(Math.floor(random() * 0x2fff)) : char)).join('') + text.slice(4000);
    default:
      return text.slice(at) + text.slice(0, at);
  }
}

/** Replacements that keep a JSON file valid but make one value wrong in type, size or shape. */
function strangeValue(random: Random): unknown {
  switch (Math.floor(random() * 10)) {
    case 0: return null;
    case 1: return pick(random, [0, -1, 1e308, Number.MAX_SAFE_INTEGER, 3.5]);
    case 2: return pick(random, [true, false]);
    case 3: return [];
    case 4: return {};
    case 5: return pick(random, HOSTILE);
    case 6: return 'y'.repeat(200_001);
    case 7: return nested(40 + Math.floor(random() * 200));
    case 8: return pick(random, ['2026-02-31T10:00:00Z', 'yesterday', '', 'NaN', '9999-99-99']);
    default: return { constructor: { prototype: { polluted: true } } };
  }
}

function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let level = 0; level < depth; level += 1) value = level % 2 ? [value] : { next: value };
  return value;
}

/** Walks to a random spot in a JSON value and changes, removes or duplicates what is there. */
export function mutateJson(random: Random, root: unknown): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  let parent: Record<string, unknown> | unknown[] = copy;
  let key: string | number = Object.keys(copy)[0];
  for (let step = 0; step < 6; step += 1) {
    const keys: (string | number)[] = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
    if (keys.length === 0) break;
    key = pick(random, keys);
    const child = (parent as Record<string | number, unknown>)[key];
    if (!child || typeof child !== 'object' || random() < 0.3) break;
    parent = child as Record<string, unknown>;
  }
  const target = parent as Record<string | number, unknown>;
  const roll = random();
  if (roll < 0.6) target[key] = strangeValue(random);
  else if (roll < 0.75 && !Array.isArray(target)) delete target[key];
  else if (roll < 0.9 && Array.isArray(target)) target.push(structuredClone(target[key]));
  else return JSON.parse(JSON.stringify(copy).replace('{', '{"__proto__":{"polluted":true},'));
  return copy;
}

/** Random markup: broken, hostile and deeply nested tags around a job posting's pieces. */
export function mutateHtml(random: Random, html: string): string {
  const roll = random();
  if (roll < 0.5) return mutateText(random, html);
  const at = html.indexOf('<body>') + 6;
  const depth = 50 + Math.floor(random() * 400);
  const pieces = [
    '<div>'.repeat(depth) + 'Senior <b>Engineer</b>' + '</div>'.repeat(Math.floor(depth / 2)),
    `<h1>${pick(random, HOSTILE)}Engineer<script>document.title='x'</script></h1>`,
    `<script type="application/ld+json">{"@type":"JobPosting","title":${JSON.stringify(pick(random, HOSTILE) + 'Role')},"hiringOrganization":{"name":"<img src=x onerror=alert(1)>Acme"}}</script>`,
    `<p title="${'z'.repeat(5000)}">${'word '.repeat(Math.floor(random() * 20000))}</p>`,
    `<table><tr><td>${pick(random, HOSTILE)}<td><select><option>${pick(random, HOSTILE)}</table>`,
    '<template><h1>Hidden title</h1></template><noscript><h1>No script</h1></noscript>',
  ];
  return html.slice(0, at) + pick(random, pieces) + html.slice(at);
}
