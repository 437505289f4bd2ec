import { beforeEach, expect, test } from 'vitest';
import { restoreBackupText } from '../../utils/backup/restore';
import { db } from '../../utils/db/database';
import { rederiveInChunks } from '../../utils/db/derived-prompts';
import { sampleBackup } from '../../scripts/sample-data';

// A restore plans its prompts from the document instead of reading the tables back; this pins that
// shortcut to what the engine derives from the stored records.
const NOW = new Date('2026-03-20T12:00:00Z');

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const byId = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));

test.each(['UTC', 'America/New_York', 'Asia/Kolkata'])('a restored search (%s) gets the prompts its stored records call for', async (timeZone) => {
  const doc = sampleBackup({ now: NOW, applications: 120, seed: 5, timeZone, eventsPerApplication: 6, remindersPerApplication: 2 });
  await restoreBackupText(JSON.stringify(doc), NOW);
  const written = byId(await db.prompts.toArray());
  expect(written.length).toBeGreaterThan(20);
  await rederiveInChunks(NOW);
  expect(written).toEqual(byId(await db.prompts.toArray()));
});
