import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../utils/db/database';
import { planIsCurrent, pruneExpiredPrompts, rederiveInChunks } from '../../utils/db/derived-prompts';
import { planRecords } from '../../utils/db/plan-records';
import { getSettings } from '../../utils/db/queries/settings';
import { addApplication, addContact, logEvent, updateSettings } from '../../utils/db/repository';

const at = (iso: string) => new Date(iso);
const NOW = at('2026-03-09T07:00:00Z');

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ timeZone: 'Europe/Berlin', pipelineTarget: 0 });
});

/** Five applications in different states: waiting, interviewing with people, one interview still ahead. */
async function pipeline() {
  for (let index = 0; index < 3; index += 1) {
    await addApplication({ company: `Waiting ${index}`, title: 'Engineer', stage: 'applied' }, at(`2026-02-0${index + 1}T09:00:00Z`));
  }
  const met = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, at('2026-02-02T09:00:00Z'));
  const dana = await addContact({ name: 'Dana Lee', role: 'interviewer', applicationIds: [met.id] });
  await logEvent({ applicationId: met.id, type: 'interview', at: '2026-03-04T14:00:00+01:00', durationMinutes: 45, contactIds: [dana.id] }, at('2026-03-01T09:00:00Z'));
  const ahead = await addApplication({ company: 'Globex', title: 'Analyst', stage: 'applied' }, at('2026-02-20T09:00:00Z'));
  await logEvent({ applicationId: ahead.id, type: 'interview', at: '2026-03-12T10:00:00+01:00', durationMinutes: 30 }, at('2026-03-05T09:00:00Z'));
  return { met, ahead };
}

const sorted = async () => (await db.prompts.toArray()).sort((a, b) => a.id.localeCompare(b.id));

describe('re-deriving prompts a few applications at a time', () => {
  test('ends with exactly the prompts the whole record set calls for, and drops prompts of applications that are gone', async () => {
    await pipeline();
    const [applications, events, contacts, reminders, reflections] = await Promise.all([
      db.applications.toArray(), db.events.toArray(), db.contacts.toArray(), db.reminders.toArray(), db.reflections.toArray(),
    ]);
    const whole = planRecords({ applications, events, contacts, reminders, reflections }, await getSettings(), NOW).sort((a, b) => a.id.localeCompare(b.id));
    await rederiveInChunks(NOW);
    expect(await sorted()).toEqual(whole);
    expect(whole.length).toBeGreaterThanOrEqual(6);

    // Damage the derived table the ways a crash or a bug could: a prompt lost, one left behind by a deleted application.
    await db.prompts.delete(whole[0].id);
    await db.prompts.put({ ...whole[1], id: 'follow-up:gone:e:-', applicationId: 'gone' });
    await db.meta.delete('plan');
    expect(await planIsCurrent()).toBe(false);

    await rederiveInChunks(NOW, 2);
    expect(await sorted()).toEqual(whole);
    expect(await planIsCurrent()).toBe(true);
  });

  test('settings saved in another tab while a pass runs send it round again, so no chunk keeps the old cadence', async () => {
    for (let index = 0; index < 30; index += 1) {
      await addApplication({ company: `Waiting ${index}`, title: 'Engineer', stage: 'applied' }, at(`2026-02-${String(1 + (index % 27)).padStart(2, '0')}T09:00:00Z`));
    }
    // This tab saved a new cadence; its pass starts rewriting follow-ups one application at a time.
    await db.settings.update('main', { followUpBusinessDays: 5 });
    // A follow-up's due time changes, so the pass updates the stored prompt: that is its first write.
    let firstWrite!: () => void;
    const firstChunkWritten = new Promise<void>((resolve) => (firstWrite = resolve));
    const onWrite = () => firstWrite();
    db.prompts.hook('updating', onWrite);
    const running = rederiveInChunks(NOW, 1);
    await firstChunkWritten;
    db.prompts.hook('updating').unsubscribe(onWrite);
    // Meanwhile another tab saves again, and closes before its own re-derivation ends.
    await db.settings.update('main', { followUpBusinessDays: 3 });
    await running;

    const [applications, events] = await Promise.all([db.applications.toArray(), db.events.toArray()]);
    const settings = await getSettings();
    const wanted = planRecords({ applications, events, contacts: [], reminders: [], reflections: [] }, settings, NOW).sort((a, b) => a.id.localeCompare(b.id));
    const withFive = planRecords({ applications, events, contacts: [], reminders: [], reflections: [] }, { ...settings, followUpBusinessDays: 5 }, NOW);
    expect(withFive.map((prompt) => prompt.dueAt)).not.toEqual(wanted.map((prompt) => prompt.dueAt));
    expect(await sorted()).toEqual(wanted);
    expect(await planIsCurrent()).toBe(true);
  });

  test('a plan made in another zone is not current (the zone follows the system unless the user set one)', async () => {
    await pipeline();
    await db.meta.put({ key: 'plan', timeZone: 'America/New_York' });
    expect(await planIsCurrent()).toBe(false);
  });
});

describe('pruning', () => {
  test('removes the prep prompt once its interview has begun and keeps everything else', async () => {
    const { met, ahead } = await pipeline();
    const before = await sorted();
    const prepOf = (id: string) => before.find((prompt) => prompt.kind === 'prep' && prompt.applicationId === id)!;
    expect(prepOf(met.id)).toBeDefined();
    expect(prepOf(ahead.id)).toBeDefined();
    // Acme's interview is at 14:00 Berlin (13:00 UTC) on 4 March.
    expect(await pruneExpiredPrompts(at('2026-03-04T12:59:00Z'))).toBe(0);
    expect(await pruneExpiredPrompts(at('2026-03-04T13:00:00Z'))).toBe(1);
    expect(await sorted()).toEqual(before.filter((prompt) => prompt.id !== prepOf(met.id).id));
  });
});
