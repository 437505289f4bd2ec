import { db } from './database';
import { getSettings } from './settings';
import { planApplication, type PlannedPrompt } from '../followups';
import type { AppEvent, Application, Contact, Reflection, Reminder, Settings } from './types';

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
    const wanted = new Set(ids);
    const eventsOf = groupBy(events, (e) => [e.applicationId]);
    // In id order, as the per-application index read returned them.
    contacts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const contactsOf = groupBy(contacts, (c) => (c.applicationIds ?? []).filter((id) => wanted.has(id)));
    const remindersOf = groupBy(reminders, (r) => [r.applicationId]);
    const reflectionsOf = groupBy(reflections, (r) => [r.applicationId]);
    const prompts = applications.flatMap((application) =>
      application
        ? plan({
          application,
          events: eventsOf.get(application.id) ?? [],
          contacts: contactsOf.get(application.id) ?? [],
          reminders: remindersOf.get(application.id) ?? [],
          reflections: reflectionsOf.get(application.id) ?? [],
        }, settings, now)
        : [],
    );
    await db.prompts.bulkPut(prompts);
  });
}

/**
 * Re-derives every pending prompt: after a restore, an import, a settings change or an install.
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
    const eventsOf = groupBy(events, (e) => [e.applicationId]);
    // In id order, as the per-application index read returned them.
    contacts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const contactsOf = groupBy(contacts, (c) => c.applicationIds ?? []);
    const remindersOf = groupBy(reminders, (r) => [r.applicationId]);
    const reflectionsOf = groupBy(reflections, (r) => [r.applicationId]);
    const prompts = applications.flatMap((application) =>
      plan(
        {
          application,
          events: eventsOf.get(application.id) ?? [],
          contacts: contactsOf.get(application.id) ?? [],
          reminders: remindersOf.get(application.id) ?? [],
          reflections: reflectionsOf.get(application.id) ?? [],
        },
        settings,
        now,
      ),
    );
    await db.prompts.clear();
    await db.prompts.bulkPut(prompts);
  });
}

interface Records {
  application: Application;
  events: AppEvent[];
  contacts: Contact[];
  reminders: Reminder[];
  reflections: Reflection[];
}

/** Prompts whose moment has passed for good (prep after the interview began) are not stored at all. */
function plan(records: Records, settings: Settings, now: Date): PlannedPrompt[] {
  const time = now.getTime();
  return planApplication(records, settings, settings.timeZone).filter((prompt) => !prompt.expiresAt || Date.parse(prompt.expiresAt) > time);
}

function groupBy<T>(rows: readonly T[], idsOf: (row: T) => readonly (string | null | undefined)[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    for (const id of idsOf(row)) {
      if (!id) continue;
      const group = groups.get(id);
      if (group) group.push(row);
      else groups.set(id, [row]);
    }
  }
  return groups;
}
