import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { AjarDatabase } from '../../utils/db/database';

const fixture = (version: number) => JSON.parse(readFileSync(path.join(import.meta.dirname, `../fixtures/db/v${version}.json`), 'utf8'));

// The schema each released version declared, frozen here so the test writes exactly what users have on disk.
const RELEASED_SCHEMAS: Record<number, Record<string, string>> = {
  1: {
    applications: 'id, stage, updatedAt, createdAt, company, canonicalUrl',
    events: 'id, applicationId, [applicationId+at], type, at',
    contacts: 'id, *applicationIds, role, name',
    reminders: 'id, applicationId, status, until',
    reflections: 'id, applicationId, eventId, createdAt',
    settings: 'key',
  },
  2: {
    applications: 'id, stage, updatedAt, createdAt, company, canonicalUrl, matchKey, source, [stage+updatedAt]',
    events: 'id, applicationId, [applicationId+at], type, at',
    contacts: 'id, *applicationIds, role, name',
    reminders: 'id, applicationId, status, until',
    reflections: 'id, applicationId, eventId, createdAt',
    settings: 'key',
    prompts: 'id, applicationId, dueAt, kind',
    notices: 'id, at',
  },
};

async function writeAsVersion(name: string, version: number) {
  const old = new Dexie(name);
  old.version(version).stores(RELEASED_SCHEMAS[version]);
  const rows = fixture(version);
  await old.transaction('rw', old.tables, async () => {
    for (const table of old.tables) await table.bulkAdd(rows[table.name] ?? []);
  });
  old.close();
  return rows;
}

describe('opening a database written by an older Ajar', () => {
  const name = 'ajar-migration-test';
  afterEach(() => Dexie.delete(name));

  test('v1 → current keeps every record and field, and fills what v2 derives', async () => {
    const rows = await writeAsVersion(name, 1);
    const db = new AjarDatabase(name);
    await db.open();

    expect(db.verno).toBeGreaterThanOrEqual(2);
    for (const table of ['events', 'contacts', 'reminders', 'reflections'] as const) {
      expect(await db.table(table).toArray()).toEqual(rows[table]);
    }
    const applications = await db.applications.toArray();
    expect(applications.map(({ matchKey: _m, ...rest }) => rest)).toEqual(rows.applications);
    expect(await db.settings.get('main')).toMatchObject({ aFieldFromTheFuture: 'kept' });

    // A re-post of the same job is found through the new index.
    const repost = await db.applications.where('matchKey').equals(applications[0].matchKey!).first();
    expect(repost?.id).toBe('a1');
    expect(applications[0].matchKey).toBe('acme|backend engineer');
    // The tables v2 added exist and start empty (the background derives prompts on start).
    expect(await db.prompts.count()).toBe(0);
    expect(await db.notices.count()).toBe(0);
    db.close();
  });

  test('v2 → current keeps every record, prompt and notice, and finds expired prompts through the new index', async () => {
    const rows = await writeAsVersion(name, 2);
    const db = new AjarDatabase(name);
    await db.open();

    expect(db.verno).toBeGreaterThanOrEqual(3);
    for (const table of ['applications', 'events', 'contacts', 'reminders', 'reflections', 'settings', 'prompts', 'notices'] as const) {
      expect(await db.table(table).toArray()).toEqual(rows[table]);
    }
    // The queries Ajar makes still find the same rows through the indexes v3 keeps.
    expect((await db.applications.where('[stage+updatedAt]').between(['applied', Dexie.minKey], ['applied', Dexie.maxKey]).toArray()).map((a) => a.id)).toEqual(['a2']);
    expect((await db.events.where('applicationId').equals('a1').toArray()).map((e) => e.id).sort()).toEqual(['e1', 'e2', 'e3']);
    expect((await db.events.where('type').equals('interview').toArray()).map((e) => e.id)).toEqual(['e3']);
    expect((await db.contacts.where('applicationIds').equals('a1').toArray()).map((c) => c.id)).toEqual(['c1']);
    // Only the prep prompt has an expiry, and it is found without reading the others.
    expect((await db.prompts.where('expiresAt').belowOrEqual('2026-03-01T00:00:00.000Z').toArray()).map((p) => p.id)).toEqual(['prep:a1:e3:-']);
    expect(await db.meta.count()).toBe(0);
    db.close();
  });
});
