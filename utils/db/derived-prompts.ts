import { db } from './database';
import { getSettings } from './settings';
import { planRecords } from './plan-records';
import type { Application } from './types';

/**
 * Re-derives the pending prompts of the given applications from their records. Runs inside the
 * caller's transaction when there is one, so a write and its prompts land together or not at all.
 */
export async function refreshPromptsFor(applicationIds: Iterable<string>, now: Date = new Date()): Promise<void> {
  const ids = [...new Set(applicationIds)];
  if (ids.length === 0) return;
  // One indexed read per table for all the ids (anyOf), not five per application: a 10k CSV import
  // otherwise makes ~60,000 sequential requests inside its transaction.
  await db.transaction('rw', db.tables, async () => {
    const settings = await getSettings();
    await db.prompts.where('applicationId').anyOf(ids).delete();
    const [applications, events, contacts, reminders, reflections] = await Promise.all([
      db.applications.bulkGet(ids),
      db.events.where('applicationId').anyOf(ids).toArray(),
      db.contacts.where('applicationIds').anyOf(ids).distinct().toArray(),
      db.reminders.where('applicationId').anyOf(ids).toArray(),
      db.reflections.where('applicationId').anyOf(ids).toArray(),
    ]);
    const present = applications.filter((application): application is Application => !!application);
    await db.prompts.bulkPut(planRecords({ applications: present, events, contacts, reminders, reflections }, settings, now));
  });
}

/**
 * Re-derives every pending prompt: after an import, a settings change or an install.
 * Reads each table once and groups in memory, so 10,000 applications cost one pass, not 10,000 queries.
 */
export async function rebuildAllPrompts(now: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const settings = await getSettings();
    const [applications, events, contacts, reminders, reflections] = await Promise.all([
      db.applications.toArray(),
      db.events.toArray(),
      db.contacts.toArray(),
      db.reminders.toArray(),
      db.reflections.toArray(),
    ]);
    await db.prompts.clear();
    await db.prompts.bulkPut(planRecords({ applications, events, contacts, reminders, reflections }, settings, now));
  });
}
