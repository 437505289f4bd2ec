// What the two training scripts share: where the examples are, a seeded shuffle, so training is repeatable, and
// int8 storage of the weights.
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
/** The sets written blind, each with its expected.json. */
export const BLIND = path.join(ROOT, 'tests/email/blind');
/** The hand-written tricky cases, whose expectations are in tests/email/messages-expected.ts. */
export const MESSAGES = path.join(ROOT, 'tests/email/messages');

// mulberry32: a small seeded generator.
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates in place, drawing from `next`. */
export function shuffle(order: number[], next: () => number): void {
  for (let at = order.length - 1; at > 0; at -= 1) {
    const swap = Math.floor(next() * (at + 1));
    [order[at], order[swap]] = [order[swap], order[at]];
  }
}

/** The weights as signed bytes of their largest magnitude / 127, base64 encoded, with that scale. */
export function quantizedInt8(weights: Float64Array): { scale: number; weights: string } {
  const scale = weights.reduce((top, weight) => Math.max(top, Math.abs(weight)), 0) || 1;
  const bytes = Uint8Array.from(weights, (weight) => Math.round((weight / scale) * 127) & 0xff);
  return { scale, weights: Buffer.from(bytes).toString('base64') };
}
