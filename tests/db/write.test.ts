import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { exportBackup } from '../../utils/backup/export';
import { restoreBackupText } from '../../utils/backup/restore';
import { onPromptsMayHaveChanged } from '../../utils/db/changes';
import { db } from '../../utils/db/database';
import { addApplication, addApplicationUnlessTracked, addContact, logEvent, markApplied, updateSettings } from '../../utils/db/repository';
import { writeRecords } from '../../utils/db/write';

let signals = 0;
let stopListening = () => {};

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ timeZone: 'Europe/Berlin' });
  signals = 0;
  stopListening = onPromptsMayHaveChanged(() => {
    signals += 1;
  });
});

afterEach(() => stopListening());

const NOW = new Date('2026-03-02T09:00:00Z');

describe('every write re-derives what it touched and then says so, once', () => {
  test('an application sent a week ago has its follow-up the moment it is saved, and the background hears of it once', async () => {
    const app = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, NOW);
    expect((await db.prompts.where('applicationId').equals(app.id).toArray()).map((prompt) => prompt.kind)).toContain('follow-up');
    expect(signals).toBe(1);
  });

  test('a write that fails half-way leaves neither the record nor its prompts, and signals nothing', async () => {
    const app = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, NOW);
    signals = 0;
    const failing = writeRecords(async (scope) => {
      await db.events.add({ id: 'e-offer', applicationId: app.id, type: 'offer', at: NOW.toISOString(), createdAt: NOW.toISOString() });
      scope.touch([app.id]);
      throw new Error('the disk is full');
    }, NOW);
    await expect(failing).rejects.toThrow('the disk is full');
    expect(await db.events.get('e-offer')).toBeUndefined();
    expect(signals).toBe(0);
  });

  test('a write that finds nothing to change signals nothing', async () => {
    const app = await addApplication({ company: 'Acme', title: 'Engineer', url: 'https://jobs.example/acme/1', stage: 'applied' }, NOW);
    signals = 0;
    expect(await markApplied(app.id, NOW)).toBe(false);
    expect((await addApplicationUnlessTracked({ company: 'Acme', title: 'Engineer', url: 'https://jobs.example/acme/1' }, NOW)).created).toBe(false);
    expect(signals).toBe(0);
    await logEvent({ applicationId: app.id, type: 'note', note: 'Called them', at: NOW.toISOString() }, NOW);
    expect(signals).toBe(1);
  });

  test('writes made inside another join it: nothing is announced before the whole of it is stored', async () => {
    const signalsInside: number[] = [];
    const app = await writeRecords(async (scope) => {
      const created = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, NOW);
      await addContact({ name: 'Dana Lee', role: 'recruiter', applicationIds: [created.id] }, NOW);
      signalsInside.push(signals);
      scope.changed();
      return created;
    }, NOW);
    expect(signalsInside).toEqual([0]);
    expect(signals).toBe(1);
    expect(await db.prompts.where('applicationId').equals(app.id).count()).toBeGreaterThan(0);
  });

  test('a restore, the bulk form, writes the prompts with the records and signals once', async () => {
    await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, NOW);
    const backup = JSON.stringify(await exportBackup(NOW));
    await Promise.all(db.tables.map((table) => table.clear()));
    signals = 0;
    await restoreBackupText(backup, NOW);
    expect(await db.prompts.filter((prompt) => prompt.kind === 'follow-up').count()).toBe(1);
    expect(signals).toBe(1);
  });
});
