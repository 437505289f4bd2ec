import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../utils/db/database';
import { addApplication, addContact, decidePrompt, logEvent, saveReflection, updateSettings } from '../../utils/db/repository';
import { exportBackup } from '../../utils/backup/export';
import { restoreBackupText } from '../../utils/backup/restore';
import { sampleBackup } from '../../scripts/sample-data';

const NOW = new Date('2026-03-20T12:00:00Z');

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** A small search with every kind of record, and a field Ajar does not know. */
async function fillSearch() {
  await updateSettings({ timeZone: 'America/New_York', signature: 'Best,\nSam', pipelineTarget: 3 });
  const acme = await addApplication({ company: 'Acme', title: 'Engineer', url: 'https://jobs.lever.co/acme/1', stage: 'applied', customFromAnotherTool: 'kept' } as never, new Date('2026-03-01T14:00:00Z'));
  const dana = await addContact({ name: 'Dana Lee', role: 'interviewer', email: 'dana@example.com', applicationIds: [acme.id] });
  const interview = await logEvent({ applicationId: acme.id, type: 'interview', at: '2026-03-10T14:00:00-04:00', durationMinutes: 45, contactIds: [dana.id], final: true }, new Date('2026-03-05T10:00:00Z'));
  const rejection = await logEvent({ applicationId: acme.id, type: 'rejected', at: '2026-03-15T10:00:00-04:00' }, new Date('2026-03-15T14:00:00Z'));
  await saveReflection({ applicationId: acme.id, eventId: rejection.id, wentWell: 'Clear stories', stickingPoints: ['system design'], missingQualifications: ['Kubernetes'], outsideMyControl: true, tags: ['onsite'] });
  const [prompt] = await db.prompts.filter((prompt) => prompt.kind === 'feedback-request').toArray();
  await decidePrompt(prompt, 'snoozed', new Date('2026-03-21T13:00:00Z'));
  return { acme, dana, interview };
}

describe('backup and restore', () => {
  test('export → wipe → restore → export gives the same document', async () => {
    await fillSearch();
    const first = await exportBackup(NOW);
    expect(first.applications[0]).toMatchObject({ customFromAnotherTool: 'kept' });
    expect(first.reminders).toHaveLength(1);
    expect(first.reflections).toHaveLength(1);

    await Promise.all(db.tables.map((table) => table.clear()));
    expect(await db.applications.count()).toBe(0);
    await restoreBackupText(JSON.stringify(first));
    const second = await exportBackup(NOW);
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    // The derived prompts are rebuilt from the restored records.
    expect(await db.prompts.filter((prompt) => prompt.kind === 'feedback-request').count()).toBe(1);
  });

  test('a generated year of searching restores exactly, times with UTC offsets included', async () => {
    const doc = sampleBackup({ now: NOW, applications: 60 });
    doc.events[0] = { ...doc.events[0], at: '2026-01-05T09:30:00+05:30' };
    const progress: [number, number][] = [];
    await restoreBackupText(JSON.stringify(doc), NOW, (written, total) => progress.push([written, total]));
    // The bar starts at nothing and ends at every record the file holds plus the prompts they call for.
    const stored = doc.applications.length + doc.contacts.length + doc.events.length + doc.reminders.length + doc.reflections.length + await db.prompts.count();
    expect(progress[0]).toEqual([0, stored]);
    expect(progress.at(-1)).toEqual([stored, stored]);
    const back = await exportBackup(new Date(doc.exportedAt));
    for (const table of ['applications', 'contacts', 'events', 'reminders', 'reflections'] as const) {
      expect([...back[table]].sort(byId)).toEqual([...doc[table]].sort(byId));
    }
    expect(back.settings).toMatchObject(doc.settings);
  });
});

describe('a bad backup changes nothing and says what is wrong, and where', () => {
  const cases: [string, (doc: Record<string, unknown>) => string, RegExp][] = [
    ['cut off', (doc) => JSON.stringify(doc).slice(0, 400), /ends too early/],
    ['not JSON at all', () => 'company,title\nAcme,Engineer', /not valid JSON at line 1/],
    ['an unknown stage', (doc) => JSON.stringify({ ...doc, applications: [{ ...(doc.applications as object[])[0], stage: 'ghosted' }] }), /applications\[0\]\.stage is 'ghosted'/],
    ['a missing company', (doc) => JSON.stringify({ ...doc, applications: [{ ...(doc.applications as object[])[0], company: undefined }] }), /applications\[0\]\.company is missing/],
    ['a date that is not one', (doc) => JSON.stringify({ ...doc, events: [{ ...(doc.events as object[])[0], at: '31/02/2026' }] }), /events\[0\]\.at/],
    ['a prototype-pollution key', (doc) => JSON.stringify(doc).replace('"format"', '"__proto__":{"polluted":true},"format"'), /__proto__ is a reserved name/],
    ['an event for an application not in the file', (doc) => JSON.stringify({ ...doc, events: [...(doc.events as object[]), { id: 'x', applicationId: 'nope', type: 'note', at: '2026-03-01T00:00:00Z' }] }), /names no application/],
    ['a newer format', (doc) => JSON.stringify({ ...doc, version: 2 }), /version 2; this Ajar reads version 1/],
    ['a script address', (doc) => JSON.stringify({ ...doc, applications: [{ ...(doc.applications as object[])[0], url: 'javascript:alert(1)' }] }), /applications\[0\]\.url/],
  ];

  test.each(cases)('%s', async (_name, corrupt, message) => {
    await fillSearch();
    const before = await exportBackup(NOW);
    const text = corrupt(JSON.parse(JSON.stringify(before)));
    await expect(restoreBackupText(text)).rejects.toThrow(message);
    expect(await exportBackup(NOW)).toEqual(before);
  });
});

function byId(a: { id: string }, b: { id: string }): number {
  return a.id.localeCompare(b.id);
}
