import type { BackupDocument } from './schema';
import type { Settings } from '../db/types';
import { planApplication, type PlannedPrompt } from '../followups';

/**
 * Every pending prompt of a restored backup, planned from the validated document in memory: the same
 * records rebuildAllPrompts would read back from the tables the restore has just written (155k rows at
 * 10k applications), grouped the same way, without the read. Prompts whose moment has passed for good are
 * left out, as the derived table always does.
 */
export function promptsForBackup(doc: BackupDocument, settings: Settings, now: Date): PlannedPrompt[] {
  const eventsOf = groupBy(doc.events, (event) => [event.applicationId]);
  // In id order, as an indexed read of the contacts table returns them.
  const contacts = [...doc.contacts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const contactsOf = groupBy(contacts, (contact) => contact.applicationIds ?? []);
  const remindersOf = groupBy(doc.reminders, (reminder) => [reminder.applicationId]);
  const reflectionsOf = groupBy(doc.reflections, (reflection) => [reflection.applicationId]);
  const time = now.getTime();
  return doc.applications.flatMap((application) =>
    planApplication(
      {
        application,
        events: eventsOf.get(application.id) ?? [],
        contacts: contactsOf.get(application.id) ?? [],
        reminders: remindersOf.get(application.id) ?? [],
        reflections: reflectionsOf.get(application.id) ?? [],
      },
      settings,
      settings.timeZone,
    ).filter((prompt) => !prompt.expiresAt || Date.parse(prompt.expiresAt) > time),
  );
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
