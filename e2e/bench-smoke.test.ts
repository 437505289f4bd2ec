import { expect, test } from 'vitest';
import { RESULT_KEYS, runBench } from '../bench/run';

// The bench is not a test and CI times nothing: this runs it at tiny sizes, once, so it keeps working.
// Only the shape is checked (every key holds a number), never a timing.
test('the bench runs end to end in smoke mode and reports every key as a number', async () => {
  const results = await runBench({ smoke: true, out: null, log: () => undefined });
  for (const key of RESULT_KEYS) {
    expect(results, key).toHaveProperty([key]);
    expect(typeof results[key], key).toBe('number');
    expect(Number.isNaN(results[key]), `${key} is NaN`).toBe(false);
  }
}, 300_000);
