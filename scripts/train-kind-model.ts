// `npm run train-kind-model`: learns how much each feature says for each kind from the examples written blind
// (tests/email/blind/<set>/expected.json) and the tricky cases in tests/email/messages, and writes
// utils/email/kind-weights.json. Deterministic: the same examples give the same weights.
// `-- --hold-out la,lb` trains without those sets and prints how the rules and the model read them.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readKindInputs, sourceFromFile } from '../utils/email';
import { type MessageKind, addressesTheReader, featuresOf, kindEvidence, verdictByRules, weighKinds } from '../utils/email/classify';
import { EXPECTED } from '../tests/email/messages-expected';
import { bucketsOf } from '../utils/email/hashed-model';
import { KINDS, type KindWeights, oddsWith, probabilities } from '../utils/email/kind-model';
import { BLIND, MESSAGES, ROOT, quantizedInt8, seededRandom, shuffle } from './training';

const OUT = path.join(ROOT, 'utils/email/kind-weights.json');
// 2^16 buckets: few collisions among the ~250,000 words and pairs seen, and 384 KB of int8 weights.
const BUCKETS = 1 << 16;
const EPOCHS = 40;
const L2 = 1e-4;
const LEARNING_RATE = 0.5;

interface Example {
  set: string;
  kind: MessageKind;
  byRules: { kind: MessageKind; settled: boolean };
  fixedTime: boolean;
  addressed: boolean;
  active: number[];
}

async function example(set: string, file: string, bytes: Buffer, kind: MessageKind, options: { now?: string; tz?: string }): Promise<Example> {
  const content = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { message, body, sender, signals } = await readKindInputs(sourceFromFile(file, content), { now: new Date(options.now ?? '2026-03-02T12:00:00Z'), timeZone: options.tz ?? 'America/New_York' });
  const evidence = kindEvidence(message, body);
  return { set, kind, byRules: verdictByRules(message, body, sender, signals, evidence), fixedTime: signals.fixedTime, addressed: addressesTheReader(body), active: bucketsOf(featuresOf(message, body, sender, signals, evidence), BUCKETS) };
}

/** The blind sets, and the hand-written examples of the tricky cases the reader's tests name. */
async function examples(): Promise<Example[]> {
  const found: Example[] = [];
  for (const set of readdirSync(BLIND).sort()) {
    const expected = JSON.parse(readFileSync(path.join(BLIND, set, 'expected.json'), 'utf8')) as Record<string, { kind: MessageKind; now?: string; tz?: string }>;
    for (const [file, want] of Object.entries(expected)) found.push(await example(set, file, readFileSync(path.join(BLIND, set, file)), want.kind, want));
  }
  for (const [file, want] of Object.entries(EXPECTED)) found.push(await example('messages', file, readFileSync(path.join(MESSAGES, file)), want.kind, { tz: want.timeZone }));
  return found;
}

/** Stochastic gradient descent on the cross-entropy, L2-regularised. */
function train(data: Example[]): Float64Array {
  const weights = new Float64Array(BUCKETS * KINDS.length);
  const weightOf = (bucket: number, kind: number) => weights[bucket * KINDS.length + kind];
  const next = seededRandom(14);
  const order = data.map((_, at) => at);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    shuffle(order, next);
    const rate = LEARNING_RATE / (1 + epoch * 0.2);
    for (const index of order) {
      const { active, kind } = data[index];
      const odds = probabilities(weightOf, active);
      const scale = 1 / Math.sqrt(active.length || 1);
      for (const bucket of active) {
        for (let k = 0; k < KINDS.length; k += 1) {
          const cell = bucket * KINDS.length + k;
          weights[cell] -= rate * (scale * (odds[k] - (KINDS[k] === kind ? 1 : 0)) + L2 * weights[cell]);
        }
      }
    }
  }
  return weights;
}

function quantized(weights: Float64Array, trainedOn: number): KindWeights {
  const stored = quantizedInt8(weights);
  return { buckets: BUCKETS, scale: stored.scale, trainedOn, weights: stored.weights };
}

/** The kind the reader would give with these weights: the same weighing as `classify`. */
function decide(weights: Float64Array, example: Example): MessageKind {
  if (example.byRules.settled) return example.byRules.kind;
  return weighKinds(oddsWith((bucket, kind) => weights[bucket * KINDS.length + kind], example.active), example.byRules.kind, example.fixedTime, example.addressed);
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf('--hold-out');
  const holdOut = new Set(flag >= 0 ? (process.argv[flag + 1] ?? '').split(',').filter(Boolean) : []);
  const data = await examples();
  if (holdOut.size > 0) {
    const test = data.filter((example) => holdOut.has(example.set));
    const weights = train(data.filter((example) => !holdOut.has(example.set)));
    const right = (pick: (example: Example) => MessageKind) => test.filter((example) => pick(example) === example.kind).length;
    process.stdout.write(`held out ${test.length}: rules ${right((example) => example.byRules.kind)}, weighed ${right((example) => decide(weights, example))}\n`);
    return;
  }
  writeFileSync(OUT, `${JSON.stringify(quantized(train(data), data.length))}\n`);
  process.stdout.write(`trained on ${data.length} examples: ${path.relative(ROOT, OUT)}\n`);
}

void main();
