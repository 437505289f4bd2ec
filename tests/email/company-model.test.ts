import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import weights from '../../utils/email/company-weights.json';
import { BLIND } from './blind';
import { EXPECTED } from './messages-expected';

describe('the trained choice of employer', () => {
  it('was trained on every example there is: adding examples means training again', () => {
    const blind = readdirSync(BLIND).reduce((count, set) => count + Object.keys(JSON.parse(readFileSync(path.join(BLIND, set, 'expected.json'), 'utf8'))).length, 0);
    expect(weights.trainedOn).toBe(blind + Object.keys(EXPECTED).length);
  });
});
