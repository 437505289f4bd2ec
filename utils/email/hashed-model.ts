// What the reader's two small models share: features hashed into buckets, weights stored as int8, and softmax.
// The kind model (kind-model.ts) and the company model (company-model.ts) each keep their own weights.

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

/** Scores turned into odds that sum to one. */
export function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/** Stored weights: base64 of signed bytes, each `scale` / 127 of the weight it stands for. */
export function decodeInt8(base64: string): Int8Array {
  const binary = atob(base64);
  const decoded = new Int8Array(binary.length);
  for (let at = 0; at < binary.length; at += 1) decoded[at] = (binary.charCodeAt(at) << 24) >> 24;
  return decoded;
}
