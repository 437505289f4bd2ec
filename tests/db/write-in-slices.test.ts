import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../utils/db/database';
import { writeInSlices } from '../../utils/db/write-in-slices';
import type { AppEvent, Application } from '../../utils/model/application';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const application = (index: number): Application => ({
  id: `a${String(index).padStart(4, '0')}`, company: `Company ${index}`, title: 'Engineer', stage: 'applied',
  createdAt: '2026-03-01T10:00:00Z', updatedAt: '2026-03-01T10:00:00Z',
});
const event = (index: number): AppEvent => ({ id: `e${index}`, applicationId: application(index).id, type: 'applied', at: '2026-03-01T10:00:00Z', createdAt: '2026-03-01T10:00:00Z' });

describe('writing a long restore or import a slice at a time', () => {
  test('stores every row and reports progress that only grows, from nothing to all of it', async () => {
    const apps = Array.from({ length: 25 }, (_, index) => application(index));
    const events = Array.from({ length: 12 }, (_, index) => event(index));
    const progress: number[] = [];
    await db.transaction('rw', db.tables, () =>
      writeInSlices([{ table: db.applications, rows: apps }, { table: db.events, rows: events }], (written, total) => {
        expect(total).toBe(37);
        progress.push(written);
      }, 10));
    expect(await db.applications.count()).toBe(25);
    expect(await db.events.count()).toBe(12);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(37);
    expect(progress.length).toBe(1 + 3 + 2);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  test('a row that cannot be written leaves none of them, however many slices had landed', async () => {
    const apps = Array.from({ length: 25 }, (_, index) => application(index));
    apps[22] = apps[3];
    await expect(db.transaction('rw', db.tables, () => writeInSlices([{ table: db.applications, rows: apps }], undefined, 10))).rejects.toThrow();
    expect(await db.applications.count()).toBe(0);
  });

  test('replace: true overwrites what is there instead of failing on it', async () => {
    await db.applications.add(application(1));
    await db.transaction('rw', db.tables, () =>
      writeInSlices([{ table: db.applications, rows: [{ ...application(1), company: 'Renamed' }, application(2)], replace: true }]));
    expect((await db.applications.get(application(1).id))?.company).toBe('Renamed');
    expect(await db.applications.count()).toBe(2);
  });
});
