// `npm run train-company-model`: learns which of the names a message offers is the employer, from the examples
// written blind (tests/email/blind/<set>/expected.json) and the tricky cases in tests/email/messages, and writes
// utils/email/company-weights.json. Deterministic: the same examples give the same weights.
// `-- --hold-out la,lb` trains without those sets and prints how the rules and the model read them.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type MessageSource, readMessage, sourceFromFile } from '../utils/email';
import { type CompanyScorer, type CompanyWeights, type ScoredChoice, scoresWith } from '../utils/email/company-model';
import { NO_EMPLOYER } from '../utils/email/company-features';
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
  company: string | null;
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

/** The hand-ordered rules' own choice: their name, or none when they give none. */
const rulesOnly: CompanyScorer = (choices) => choices.map((choice) => (choice.features.includes('rules-choice') || choice.features.includes('no-employer|rules-none') ? 1 : 0));

/** Reads each message as the reader does, noting the names it offers; the rules' choice stands meanwhile. */
async function examples(all: Source[]): Promise<Example[]> {
  const found: Example[] = [];
  for (const { set, source, options, company } of all) {
    let offered: ScoredChoice[] = [];
    const recorder: CompanyScorer = (choices) => {
      offered = choices;
      return rulesOnly(choices);
    };
    await readMessage(source, options, recorder);
    // Naming none is right when there is no employer, and when the employer is not among the names offered: no name beats a wrong one.
    const offersIt = !!company && offered.some((choice) => choice.name !== NO_EMPLOYER && sameName(choice.name, company));
    const right = (name: string) => (name === NO_EMPLOYER ? !offersIt : !!company && sameName(name, company));
    const choices = offered.map((choice) => ({ active: bucketsOf(choice.features, BUCKETS), right: right(choice.name) }));
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
    const tally = { companies: 0, byRules: 0, byModel: 0, nones: 0, noneByRules: 0, noneByModel: 0 };
    const same = (found: string | null, company: string | null) => (company ? sameName(found, company) : found === null);
    for (const { source, options, company, set } of all) {
      if (!holdOut.has(set)) continue;
      const [rules, model] = [same((await readMessage(source, options, rulesOnly)).company, company), same((await readMessage(source, options, trained)).company, company)];
      if (company) Object.assign(tally, { companies: tally.companies + 1, byRules: tally.byRules + Number(rules), byModel: tally.byModel + Number(model) });
      else Object.assign(tally, { nones: tally.nones + 1, noneByRules: tally.noneByRules + Number(rules), noneByModel: tally.noneByModel + Number(model) });
    }
    process.stdout.write(`held out ${tally.companies} companies: rules ${tally.byRules}, model ${tally.byModel}; ${tally.nones} with none: rules ${tally.noneByRules}, model ${tally.noneByModel}\n`);
    return;
  }
  writeFileSync(OUT, `${JSON.stringify(quantized(train(data), all.length))}\n`);
  process.stdout.write(`trained on ${data.length} of ${all.length} examples: ${path.relative(ROOT, OUT)}\n`);
}

void main();
