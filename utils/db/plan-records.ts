import { planApplication, searchStateOf, type PlannedPrompt, type SearchState } from '../followups';
import type { AppEvent, Application, Contact, Reflection } from '../model/application';
import type { Reminder } from '../model/prompts';
import type { Settings } from '../model/settings';

export interface RecordSet {
  applications: readonly Application[];
  events: readonly AppEvent[];
  contacts: readonly Contact[];
  reminders: readonly Reminder[];
  reflections: readonly Reflection[];
}

/** Prompts whose moment has passed for good (prep after the interview began) are never stored. */
export function stillUseful(prompt: PlannedPrompt, time: number): boolean {
  return !prompt.expiresAt || Date.parse(prompt.expiresAt) > time;
}

/** The search state of a complete record set (a backup): every application and contact is in it. */
export function searchStateOfRecords(records: RecordSet): SearchState {
  const eventsOf = groupBy(records.events, (e) => [e.applicationId]);
  return searchStateOf(records.applications, (id) => eventsOf.get(id) ?? [], records.contacts);
}

/**
 * The pending prompts of every application in the set, planned in memory: each table's rows are grouped
 * by application once, so a whole pipeline costs one pass. Read from the tables (a rebuild, a refresh) or
 * straight from a validated backup, the same records give the same prompts. `search` is the state of the
 * whole pipeline; a set that is the whole pipeline (a backup) may leave it out.
 */
export function planRecords(records: RecordSet, settings: Settings, now: Date, search: SearchState = searchStateOfRecords(records)): PlannedPrompt[] {
  const time = now.getTime();
  const eventsOf = groupBy(records.events, (e) => [e.applicationId]);
  // In id order, as an indexed read of the contacts table returns them: the addressee fallback picks the first.
  const contacts = [...records.contacts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const contactsOf = groupBy(contacts, (c) => c.applicationIds ?? []);
  const remindersOf = groupBy(records.reminders, (r) => [r.applicationId]);
  const reflectionsOf = groupBy(records.reflections, (r) => [r.applicationId]);
  return records.applications.flatMap((application) =>
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
      search,
    ).filter((prompt) => stillUseful(prompt, time)),
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
