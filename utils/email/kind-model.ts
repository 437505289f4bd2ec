// A multinomial logistic regression over hashed features: how likely each kind is, given what a message says.
// Trained by scripts/train-kind-model.ts on the examples in tests/email/blind; its weights are kind-weights.json.
import type { MessageKind } from './classify';
import weights from './kind-weights.json';

export const KINDS: readonly MessageKind[] = ['rejection', 'interview', 'received', 'offer', 'response', 'none'];

/** The stored model: `buckets` × KINDS weights, each an int8 of `scale` / 127, base64 encoded row by row. */
export interface KindWeights {
  buckets: number;
  scale: number;
  trainedOn: number;
  weights: string;
}

/** FNV-1a: a feature's bucket, the same in training and in the reader. */
export function bucketOf(feature: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < feature.length; at += 1) {
    hash ^= feature.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

/** The buckets a message's features fall in, each once. */
export function bucketsOf(features: string[], buckets: number): number[] {
  return [...new Set(features.map((feature) => bucketOf(feature, buckets)))];
}

/** Softmax of the summed weights; the sum is scaled by 1/√n so long and short messages weigh alike. */
export function probabilities(weightOf: (bucket: number, kind: number) => number, active: number[]): number[] {
  const scale = 1 / Math.sqrt(active.length || 1);
  const scores = KINDS.map((_, kind) => active.reduce((sum, bucket) => sum + weightOf(bucket, kind), 0) * scale);
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

let decoded: Int8Array | null = null;
function table(): Int8Array {
  if (!decoded) {
    const binary = atob((weights as KindWeights).weights);
    decoded = new Int8Array(binary.length);
    for (let at = 0; at < binary.length; at += 1) decoded[at] = (binary.charCodeAt(at) << 24) >> 24;
  }
  return decoded;
}

/** How likely each kind is, by the given weights, for a message whose features fall in these buckets. */
export function oddsWith(weightOf: (bucket: number, kind: number) => number, active: number[]): Record<MessageKind, number> {
  const odds = probabilities(weightOf, active);
  return Object.fromEntries(KINDS.map((kind, at) => [kind, odds[at]])) as Record<MessageKind, number>;
}

/** How likely each kind is for a message with these features, by the trained weights. */
export function kindOdds(features: string[]): Record<MessageKind, number> {
  const model = weights as KindWeights;
  const stored = table();
  const unit = model.scale / 127;
  return oddsWith((bucket, kind) => stored[bucket * KINDS.length + kind] * unit, bucketsOf(features, model.buckets));
}
