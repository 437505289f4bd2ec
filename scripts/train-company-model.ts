// `npm run train-company-model`: learns which of the names a message offers is the employer, from the examples
// written blind (tests/email/blind/<set>/expected.json) and the tricky cases in tests/email/messages, and writes
// utils/email/company-weights.json. Deterministic: the same examples give the same weights.
// `-- --hold-out la,lb` trains without those sets and prints how the rules and the model read them.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type MessageSource, readMessage, sourceFromFile } from '../utils/email';
import { type CompanyScorer, type CompanyWeights, type ScoredChoice, scoresWith } from '../utils/email/company-model';
import { bucketsOf, softmax } from '../utils/email/hashed-model';
import { BLIND, MESSAGES, ROOT, quantizedInt8, seededRandom, shuffle } from './training';
import { sameName } from '../tests/email/blind';
import { EXPECTED } from '../tests/email/messages-expected';

const OUT = path.join(ROOT, 'utils/email/company-weights.json');
// 2^14 buckets: the features are few (sources, shapes, the candidates' own words), and 16 KB of int8 weights.
const BUCKETS = 1 << 14;
const EPOCHS = 30;
const L2 = 1e-4;
const LEARNING_RATE = 0.2;

interface Source {
  set: string;
  source: MessageSource;
  options: { now: Date; timeZone: string };
  company: string | null;
}

interface Example {
  set: string;
  company: string;
  /** Each name offered: its buckets, and whether it is the employer. */
  choices: Array<{ active: number[]; right: boolean }>;
}

function sources(): Source[] {
  const found: Source[] = [];
  const load = (set: string, file: string, full: string, company: string | null, now: string | undefined, timeZone: string | undefined) => {
    const bytes = readFileSync(full);
    const content = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    found.push({ set, source: sourceFromFile(file, content), options: { now: new Date(now ?? '2026-03-02T12:00:00Z'), timeZone: timeZone ?? 'America/New_York' }, company });
  };
  for (const set of readdirSync(BLIND).sort()) {
    const expected = JSON.parse(readFileSync(path.join(BLIND, set, 'expected.json'), 'utf8')) as Record<string, { company: string | null; now?: string; tz?: string }>;
    for (const [file, want] of Object.entries(expected)) load(set, file, path.join(BLIND, set, file), want.company, want.now, want.tz);
  }
  for (const [file, want] of Object.entries(EXPECTED)) load('messages', file, path.join(MESSAGES, file), want.company, undefined, want.timeZone);
  return found;
}

/** Reads each message as the reader does, noting the names it offers; the rules' choice stands meanwhile. */
async function examples(all: Source[]): Promise<Example[]> {
  const found: Example[] = [];
  for (const { set, source, options, company } of all) {
    let offered: ScoredChoice[] = [];
    const recorder: CompanyScorer = (choices) => {
      offered = choices;
      return choices.map((choice) => (choice.features.includes('rules-choice') ? 1 : 0));
    };
    await readMessage(source, options, recorder);
    if (!company) continue;
    const choices = offered.map((choice) => ({ active: bucketsOf(choice.features, BUCKETS), right: sameName(choice.name, company) }));
    // A message whose employer is none of the names offered teaches nothing about choosing among them.
    if (choices.some((choice) => choice.right)) found.push({ set, company, choices });
  }
  return found;
}

/** Stochastic gradient descent on the cross-entropy of the right name against the others, L2-regularised. */
function train(data: Example[]): Float64Array {
  const weights = new Float64Array(BUCKETS);
  const next = seededRandom(14);
  const order = data.map((_, at) => at);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    shuffle(order, next);
    const rate = LEARNING_RATE / (1 + epoch * 0.2);
    for (const index of order) {
      const { choices } = data[index];
      const odds = softmax(choices.map((choice) => choice.active.reduce((sum, bucket) => sum + weights[bucket], 0)));
      const rightOnes = choices.filter((choice) => choice.right).length;
      choices.forEach((choice, at) => {
        const gradient = odds[at] - (choice.right ? 1 / rightOnes : 0);
        for (const bucket of choice.active) weights[bucket] -= rate * (gradient + L2 * weights[bucket]);
      });
    }
  }
  return weights;
}

function quantized(weights: Float64Array, trainedOn: number): CompanyWeights {
  const stored = quantizedInt8(weights);
  return { buckets: BUCKETS, scale: stored.scale, trainedOn, weights: stored.weights };
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf('--hold-out');
  const holdOut = new Set(flag >= 0 ? (process.argv[flag + 1] ?? '').split(',').filter(Boolean) : []);
  const all = sources();
  const data = await examples(all);
  if (holdOut.size > 0) {
    const weights = train(data.filter((example) => !holdOut.has(example.set)));
    const trained: CompanyScorer = (choices) => scoresWith((bucket) => weights[bucket], choices, BUCKETS);
    const rulesOnly: CompanyScorer = (choices) => choices.map((choice) => (choice.features.includes('rules-choice') ? 1 : 0));
    let companies = 0;
    let byRules = 0;
    let byModel = 0;
    for (const { source, options, company, set } of all) {
      if (!holdOut.has(set) || !company) continue;
      companies += 1;
      if (sameName((await readMessage(source, options, rulesOnly)).company, company)) byRules += 1;
      if (sameName((await readMessage(source, options, trained)).company, company)) byModel += 1;
    }
    process.stdout.write(`held out ${companies} companies: rules ${byRules}, model ${byModel}\n`);
    return;
  }
  writeFileSync(OUT, `${JSON.stringify(quantized(train(data), all.length))}\n`);
  process.stdout.write(`trained on ${data.length} of ${all.length} examples: ${path.relative(ROOT, OUT)}\n`);
}

void main();
