import { expect, test } from 'vitest';
import { matchKeyOf } from '../../utils/db/match-key';
test('a re-post with a gender suffix and company suffix matches', () => {
  expect(matchKeyOf('Acme Inc.', 'Senior Engineer (m/f/d)')).toBe(matchKeyOf('ACME', 'Senior  Engineer'));
});
