import { beforeEach, expect, test } from 'vitest';
import { db } from '../../utils/db/database';
import { rederiveInChunks } from '../../utils/db/derived-prompts';
import { addApplication, updateSettings } from '../../utils/db/repository';
import { commitImport, previewCsvImport } from '../../utils/io/csv-import';
import { emptyDatabase, sample } from './db-helpers';

// The import plans its prompts from the rows in memory instead of reading them back; this pins that
// shortcut to what the engine derives from the stored records.
const NOW = new Date('2026-03-16T15:00:00Z');

beforeEach(async () => {
  await emptyDatabase();
  await updateSettings({ timeZone: 'America/New_York' });
});

const byId = <T extends { id: string }>(prompts: T[]): T[] => [...prompts].sort((a, b) => a.id.localeCompare(b.id));

test.each(['huntr-export.csv', 'teal-export.csv', 'generic-export.csv'])('prompts written by importing %s are the ones the stored records call for', async (file) => {
  // An application tracked before the import keeps its own prompts untouched.
  await addApplication({ company: 'Already Here', title: 'Engineer', stage: 'applied' }, new Date('2026-03-01T10:00:00Z'));
  const plan = await previewCsvImport(sample(file), undefined, NOW);
  expect(plan.fresh.length).toBeGreaterThan(0);
  await commitImport(plan, NOW);
  const written = byId(await db.prompts.toArray());
  expect(written.some((prompt) => plan.fresh.some((item) => item.application.id === prompt.applicationId))).toBe(true);

  await rederiveInChunks(NOW);
  expect(written).toEqual(byId(await db.prompts.toArray()));
});
