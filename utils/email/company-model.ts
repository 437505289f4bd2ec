// A conditional logit over hashed features: of the names a message offers, which one is the employer.
// Trained by scripts/train-company-model.ts on the examples in tests/email/blind; its weights are company-weights.json.
import { bucketsOf } from './kind-model';
import weights from './company-weights.json';

/** The stored model: one int8 weight per bucket, each `scale` / 127, base64 encoded. */
export interface CompanyWeights {
  buckets: number;
  scale: number;
  trainedOn: number;
  weights: string;
}

/** A name the message offers, and its features. */
export interface ScoredChoice {
  name: string;
  features: string[];
}

/** Scores the names a message offers: the highest is the employer. The training script passes its own. */
export type CompanyScorer = (choices: ScoredChoice[]) => number[];

/** Each name's score: the sum of its features' weights. */
export function scoresWith(weightOf: (bucket: number) => number, choices: ScoredChoice[], buckets: number): number[] {
  return choices.map((choice) => bucketsOf(choice.features, buckets).reduce((sum, bucket) => sum + weightOf(bucket), 0));
}

/** How likely each name is the employer, by its score against the others'. */
export function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

let decoded: Int8Array | null = null;
function table(): Int8Array {
  if (!decoded) {
    const binary = atob((weights as CompanyWeights).weights);
    decoded = new Int8Array(binary.length);
    for (let at = 0; at < binary.length; at += 1) decoded[at] = (binary.charCodeAt(at) << 24) >> 24;
  }
  return decoded;
}

/** The trained scorer the reader uses. */
export const trainedCompanyScorer: CompanyScorer = (choices) => {
  const model = weights as CompanyWeights;
  const stored = table();
  const unit = model.scale / 127;
  return scoresWith((bucket) => stored[bucket] * unit, choices, model.buckets);
};
