import { beforeEach, describe, expect, test } from 'vitest';
import { RowCache } from '../../components/dashboard/pipeline/row-cache';
import { db } from '../../utils/db/database';
import { addApplication, deleteApplication, logEvent, updateApplication } from '../../utils/db/repository';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const names = (rows: { company: string; stage: string }[]) => rows.map((row) => `${row.company}:${row.stage}`);

describe('the pipeline row cache follows every kind of write', () => {
  test('adds, edits, stage moves and deletes show up, newest activity first', async () => {
    const cache = new RowCache();
    const acme = await addApplication({ company: 'Acme', title: 'Engineer' }, new Date('2026-03-01T10:00:00Z'));
    const globex = await addApplication({ company: 'Globex', title: 'Analyst' }, new Date('2026-03-02T10:00:00Z'));
    expect(names(await cache.refresh())).toEqual(['Globex:saved', 'Acme:saved']);

    await logEvent({ applicationId: acme.id, type: 'applied', at: '2026-03-03T10:00:00Z' }, new Date('2026-03-03T10:00:00Z'));
    expect(names(await cache.refresh())).toEqual(['Acme:applied', 'Globex:saved']);

    await updateApplication(globex.id, { company: 'Globex Corp' }, new Date('2026-03-04T10:00:00Z'));
    expect(names(await cache.refresh())).toEqual(['Globex Corp:saved', 'Acme:applied']);

    await deleteApplication(acme.id);
    expect(names(await cache.refresh())).toEqual(['Globex Corp:saved']);
  });

  test('a record rewritten with an older update time (as a restore does) is not left stale', async () => {
    const cache = new RowCache();
    const acme = await addApplication({ company: 'Acme', title: 'Engineer' }, new Date('2026-03-05T10:00:00Z'));
    await cache.refresh();
    const stored = (await db.applications.get(acme.id))!;
    await db.applications.put({ ...stored, company: 'Acme (restored)', updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(names(await cache.refresh())).toEqual(['Acme (restored):saved']);
  });
});
