import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../utils/db/database';
import { rederiveInChunks } from '../../utils/db/derived-prompts';
import { addApplication, addContact, linkContact, unlinkContact, updateSettings } from '../../utils/db/repository';
import { captureHandlers } from '../../utils/background/capture-handlers';
import type { Application } from '../../utils/model/application';
import type { ExtractedPosting } from '../../utils/capture/types';

const NOW = new Date('2026-03-09T07:00:00Z');
const sender = { id: 'test-extension-id', url: 'https://boards.greenhouse.io/acme/jobs/1', tab: { id: 1 } } as Browser.runtime.MessageSender;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ timeZone: 'UTC', pipelineTarget: 0 });
});

describe('a re-derivation pass and a save at the same time', () => {
  test('an application saved while a pass runs over 10,000 applications keeps its follow-up', async () => {
    const createdAt = '2025-06-01T09:00:00.000Z';
    const applications: Application[] = Array.from({ length: 10_000 }, (_, index) => ({
      id: `seed-${String(index).padStart(5, '0')}`, company: `Company ${index}`, title: 'Engineer', stage: 'saved', createdAt, updatedAt: createdAt,
    }));
    await db.applications.bulkAdd(applications);

    // The pass has read the ids it will go through once it reads its first chunk of applications.
    let started!: () => void;
    const firstChunkRead = new Promise<void>((resolve) => (started = resolve));
    const onRead = (row: Application) => {
      started();
      return row;
    };
    db.applications.hook('reading', onRead);
    const pass = rederiveInChunks(NOW);
    await firstChunkRead;
    db.applications.hook('reading').unsubscribe(onRead);
    const saved = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, new Date('2026-03-02T09:00:00Z'));
    await pass;

    const prompts = await db.prompts.where('applicationId').equals(saved.id).toArray();
    expect(prompts.map((prompt) => prompt.kind)).toEqual(['follow-up']);
  });
});

describe('the same request twice at once', () => {
  const posting: ExtractedPosting = {
    title: 'Engineer', company: 'Acme', location: null, employmentType: null, remote: null, salary: null, datePosted: null,
    description: null, applyUrl: null, url: 'https://boards.greenhouse.io/acme/jobs/1', source: 'greenhouse',
  };

  test('saving a posting twice (a double click, two tabs) keeps one application', async () => {
    const [first, second] = await Promise.all([
      captureHandlers.savePosting({ posting, applied: false }, sender),
      captureHandlers.savePosting({ posting, applied: false }, sender),
    ]);
    expect(second.applicationId).toBe(first.applicationId);
    expect(await db.applications.count()).toBe(1);
    expect(await db.events.count()).toBe(1);
  });

  test('marking applied twice logs one applied event', async () => {
    const saved = await captureHandlers.savePosting({ posting, applied: false }, sender);
    await Promise.all([
      captureHandlers.markApplied({ applicationId: saved.applicationId }, sender),
      captureHandlers.markApplied({ applicationId: saved.applicationId }, sender),
    ]);
    expect(await db.events.where('type').equals('applied').count()).toBe(1);
  });

  test('linking one person to two applications at once keeps both links; unlinking both at once removes both', async () => {
    const acme = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' });
    const globex = await addApplication({ company: 'Globex', title: 'Engineer', stage: 'applied' });
    const dana = await addContact({ name: 'Dana Lee', role: 'recruiter' });
    await Promise.all([linkContact(dana.id, acme.id), linkContact(dana.id, globex.id)]);
    expect((await db.contacts.get(dana.id))?.applicationIds.sort()).toEqual([acme.id, globex.id].sort());
    await Promise.all([unlinkContact(dana.id, acme.id), unlinkContact(dana.id, globex.id)]);
    expect((await db.contacts.get(dana.id))?.applicationIds).toEqual([]);
  });
});
