import { beforeAll, describe, expect, it } from 'vitest';
import { type Accuracy, measureBlindSets, share } from './blind';

// 664 messages in 17 sets, each written by someone who had not seen the reader. Every set was measured
// before any fix it led to; since then they are all examples, so this holds the reader to what it reaches now.
describe('reading the messages written blind', () => {
  let accuracy: Accuracy;
  beforeAll(async () => {
    accuracy = await measureBlindSets();
  }, 120_000);

  const misses = (what: string) => accuracy.misses.filter((miss) => miss.what.startsWith(what)).map((miss) => `${miss.file}: ${miss.what}`).join('\n');

  it('tells the kind of news right for at least 97% of them', () => {
    expect(accuracy.messages).toBeGreaterThanOrEqual(600);
    expect(share(accuracy.kindRight, accuracy.messages), misses('kind')).toBeGreaterThanOrEqual(0.97);
  });

  it('reads every interview start to the minute but for at most 3 in 100', () => {
    expect(accuracy.interviews).toBeGreaterThanOrEqual(140);
    expect(share(accuracy.startRight, accuracy.interviews), misses('start')).toBeGreaterThanOrEqual(0.97);
  });

  it('names the employer right for at least 78% of the messages that name one', () => {
    expect(share(accuracy.companyRight, accuracy.companies), misses('company')).toBeGreaterThanOrEqual(0.78);
  });
});
