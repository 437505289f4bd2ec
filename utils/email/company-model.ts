// A conditional logit over hashed features: of the names a message offers, which one is the employer.
// Trained by scripts/train-company-model.ts on the examples in tests/email/blind; its weights are company-weights.json.
import { bucketsOf, decodeInt8 } from './hashed-model';
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

let decoded: Int8Array | null = null;
function table(): Int8Array {
  decoded ??= decodeInt8((weights as CompanyWeights).weights);
  return decoded;
}

/** The trained scorer the reader uses. */
export const trainedCompanyScorer: CompanyScorer = (choices) => {
  const model = weights as CompanyWeights;
  const stored = table();
  const unit = model.scale / 127;
  return scoresWith((bucket) => stored[bucket] * unit, choices, model.buckets);
};
