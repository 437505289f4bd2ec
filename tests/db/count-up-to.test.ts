import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../utils/db/database';
import { cappedLabel, countUpTo } from '../../utils/db/count-up-to';
import { addApplication } from '../../utils/db/repository';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('counting up to a cap', () => {
  test('gives the exact count below the cap, and cap + 1 ("100+") past it', async () => {
    for (let index = 0; index < 7; index += 1) await addApplication({ company: `Company ${index}`, title: 'Engineer', stage: 'applied' });
    await addApplication({ company: 'Elsewhere', title: 'Engineer', stage: 'saved' });
    const applied = () => db.applications.where('stage').equals('applied');
    expect(await countUpTo(applied(), 10)).toBe(7);
    expect(cappedLabel(await countUpTo(applied(), 10), 10)).toBe('7');
    expect(await countUpTo(applied(), 7)).toBe(7);
    expect(cappedLabel(7, 7)).toBe('7');
    expect(await countUpTo(applied(), 5)).toBe(6);
    expect(cappedLabel(await countUpTo(applied(), 5), 5)).toBe('5+');
  });
});
