import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { restoreBackupText } from '../../utils/backup/restore';
import { db } from '../../utils/db/database';
import { IN_STEP_LIMIT, planIsCurrent, rederiveInChunks } from '../../utils/db/derived-prompts';
import { onWake } from '../../utils/background/lifecycle';
import { pipelinePrompt } from '../../utils/db/queries/due-prompts';
import { planRecords } from '../../utils/db/plan-records';
import { addContact, decidePrompt, deleteApplication, deleteEvent, logEvent, updateApplication, updateEvent } from '../../utils/db/repository';
import { getSettings } from '../../utils/db/queries/settings';
import { importCsvText } from '../../utils/io/csv-import';

// The stored prompts are derived per application; an offer or acceptance on one changes the others'.
// Each write below must leave the derived table exactly as planning the whole database from scratch would.
const NOW = new Date('2026-03-12T18:00:00Z');
const fixture = (name: string) => readFileSync(`tests/fixtures/offers/${name}`, 'utf8');

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function storedPrompts(): Promise<string[]> {
  return (await db.prompts.toArray()).map((prompt) => `${prompt.kind} ${prompt.applicationId} ${prompt.dueAt}`).sort();
}

async function wholePlan(): Promise<string[]> {
  const [applications, events, contacts, reminders, reflections] = await Promise.all([
    db.applications.toArray(), db.events.toArray(), db.contacts.toArray(), db.reminders.toArray(), db.reflections.toArray(),
  ]);
  return planRecords({ applications, events, contacts, reminders, reflections }, await getSettings(), NOW).map((prompt) => `${prompt.kind} ${prompt.applicationId} ${prompt.dueAt}`).sort();
}

const kinds = async (applicationId: string) => (await db.prompts.where('applicationId').equals(applicationId).toArray()).map((prompt) => prompt.kind).sort();

async function expectInStep(): Promise<void> {
  expect(await storedPrompts()).toEqual(await wholePlan());
}

describe('re-deriving every application an offer touches', () => {
  test('restore plans with the search state, and the pipeline nudge rests while an offer is in hand', async () => {
    await restoreBackupText(fixture('offer-in-hand.json'), NOW);
    await expectInStep();
    expect(await kinds('globex')).toContain('offer-leverage');
    expect(await pipelinePrompt(NOW)).toBeNull();
  });

  test('accepting on one application closes the others; undoing it brings their prompts back with the decisions kept', async () => {
    await restoreBackupText(fixture('offer-in-hand.json'), NOW);
    await decidePrompt({ id: 'follow-up:initech:initech-applied:-', kind: 'follow-up', applicationId: 'initech', eventId: 'initech-applied', contactId: null }, 'snoozed', new Date('2026-03-19T14:00:00Z'), NOW);
    const before = await storedPrompts();

    const accepted = await logEvent({ applicationId: 'acme', type: 'accepted', at: '2026-03-12T10:00:00-04:00' }, NOW);
    await expectInStep();
    expect(await kinds('globex')).toEqual(['withdraw']);
    expect(await kinds('initech')).toEqual(['withdraw']);
    expect(await kinds('acme')).toEqual(['thank-references']);
    expect(await pipelinePrompt(NOW)).toBeNull();

    // Moved to another day: the withdraw notes follow it.
    await updateEvent(accepted.id, { at: '2026-03-11T10:00:00-04:00' }, NOW);
    await expectInStep();
    expect((await db.prompts.where('applicationId').equals('globex').first())?.dueAt).toBe('2026-03-11T14:00:00.000Z');

    await deleteEvent(accepted.id, NOW);
    await expectInStep();
    expect(await storedPrompts()).toEqual(before);
    expect((await db.prompts.get('follow-up:initech:initech-applied:-'))?.dueAt).toBe('2026-03-19T14:00:00.000Z');
  });

  test('"withdrawn" logged on the accepted offer, or deleting it, reopens the search', async () => {
    await restoreBackupText(fixture('offer-accepted.json'), NOW);
    await expectInStep();
    expect(await kinds('globex')).toEqual(['withdraw']);
    await logEvent({ applicationId: 'acme', type: 'withdrawn', at: '2026-03-12T12:00:00-04:00' }, NOW);
    await expectInStep();
    expect(await kinds('globex')).not.toContain('withdraw');
    expect(await kinds('globex')).toContain('prep');

    await restoreBackupText(fixture('offer-accepted.json'), NOW);
    await deleteApplication('acme', NOW);
    await expectInStep();
    expect(await kinds('initech')).toEqual(['follow-up']);
  });

  test('an offer arriving or its deadline changing re-plans the applications in interviews', async () => {
    await restoreBackupText(fixture('offer-accepted-then-withdrawn.json'), NOW);
    expect(await kinds('globex')).not.toContain('offer-leverage');
    const stark = await db.transaction('rw', db.tables, async () => {
      await db.applications.add({ id: 'stark', company: 'Stark', title: 'Engineer', stage: 'interviewing', createdAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' });
      return 'stark';
    });
    await logEvent({ applicationId: stark, type: 'offer', at: '2026-03-12T09:00:00-04:00' }, NOW);
    await expectInStep();
    expect(await kinds('globex')).toContain('offer-leverage');
    await updateApplication(stark, { offerRespondBy: '2026-03-12' }, NOW);
    await expectInStep();
    // The deadline's day has come: nothing left to ask Globex to speed up.
    expect(await kinds('globex')).not.toContain('offer-leverage');
    expect(await kinds(stark)).toContain('offer-decision');
  });

  test('a reference added later is thanked when the accepted application names none', async () => {
    const backup = JSON.parse(fixture('offer-accepted.json'));
    backup.contacts = backup.contacts.filter((contact: { role: string }) => contact.role !== 'reference');
    await restoreBackupText(JSON.stringify(backup), NOW);
    expect(await kinds('acme')).toEqual([]);
    await addContact({ name: 'Riley Park', role: 'reference' }, NOW);
    await expectInStep();
    expect(await kinds('acme')).toEqual(['thank-references']);
  });

  test('a CSV import after the acceptance: what was already open when it happened gets a withdraw note', async () => {
    await restoreBackupText(fixture('offer-accepted.json'), NOW);
    await importCsvText('Company,Title,Status,Applied on\nUmbrella,Engineer,Applied,2026-03-03\n', undefined, NOW);
    await expectInStep();
    const umbrella = await db.applications.where('matchKey').startsWith('umbrella').first();
    expect(await kinds(umbrella!.id)).toEqual(['withdraw']);
  });

  test('an imported acceptance closes what was already here', async () => {
    await restoreBackupText(fixture('offer-accepted-then-withdrawn.json'), NOW);
    await importCsvText('Company,Title,Status,Applied on\nUmbrella,Engineer,Accepted,2026-02-03\n', undefined, NOW);
    await expectInStep();
    expect(await kinds('globex')).toEqual(['withdraw']);
  });

  test('the background re-derivation plans with the search state too', async () => {
    await restoreBackupText(fixture('offer-accepted.json'), NOW);
    await db.prompts.clear();
    await db.meta.clear();
    await rederiveInChunks(NOW, 2);
    await expectInStep();
    expect(await kinds('initech')).toEqual(['withdraw']);
    expect(await pipelinePrompt(NOW)).toBeNull();
  });
});

describe('a search change over thousands of open applications', () => {
  test('the write plans its own application now, and the background finishes the rest a chunk at a time', async () => {
    const backup = JSON.parse(fixture('offer-in-hand.json'));
    for (let index = 0; index < IN_STEP_LIMIT + 50; index += 1) {
      const id = `bulk-${String(index).padStart(4, '0')}`;
      backup.applications.push({ id, company: `Company ${index}`, title: 'Engineer', stage: 'applied', createdAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' });
      backup.events.push({ id: `${id}-applied`, applicationId: id, type: 'applied', at: '2026-03-02T10:00:00-05:00', createdAt: '2026-02-01T00:00:00.000Z' });
    }
    await restoreBackupText(JSON.stringify(backup), NOW);
    await logEvent({ applicationId: 'acme', type: 'accepted', at: '2026-03-12T10:00:00-04:00' }, NOW);
    expect(await kinds('acme')).toEqual(['thank-references']);
    expect(await planIsCurrent()).toBe(false);

    await onWake(NOW);
    await expectInStep();
    expect(await kinds('bulk-0399')).toEqual(['withdraw']);
    expect(await kinds('globex')).toEqual(['withdraw']);
    expect(await planIsCurrent()).toBe(true);
  });
});
