// A multinomial logistic regression over hashed features: how likely each kind is, given what a message says.
// Trained by scripts/train-kind-model.ts on the examples in tests/email/blind; its weights are kind-weights.json.
import type { MessageKind } from './classify';
import { bucketsOf, decodeInt8, softmax } from './hashed-model';
import weights from './kind-weights.json';

export const KINDS: readonly MessageKind[] = ['rejection', 'interview', 'received', 'offer', 'response', 'none'];

/** The stored model: `buckets` × KINDS weights, each an int8 of `scale` / 127, base64 encoded row by row. */
export interface KindWeights {
  buckets: number;
  scale: number;
  trainedOn: number;
  weights: string;
}

/** Softmax of the summed weights; the sum is scaled by 1/√n so long and short messages weigh alike. */
export function probabilities(weightOf: (bucket: number, kind: number) => number, active: number[]): number[] {
  const scale = 1 / Math.sqrt(active.length || 1);
  return softmax(KINDS.map((_, kind) => active.reduce((sum, bucket) => sum + weightOf(bucket, kind), 0) * scale));
}

let decoded: Int8Array | null = null;
function table(): Int8Array {
  decoded ??= decodeInt8((weights as KindWeights).weights);
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
