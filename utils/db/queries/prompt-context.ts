import { db } from '../database';
import type { AppEvent, Application, Contact } from '../../model/application';
import type { PendingPrompt } from '../../model/prompts';

/** What a prompt's wording and draft need: its application, the person, and the event it answers. */
export interface PromptContext {
  application: Application | null;
  contact: Contact | null;
  event: AppEvent | null;
}

/** Loads the records behind a page of prompts in three indexed reads, whatever the pipeline's size. */
export async function loadPromptContexts(prompts: readonly PendingPrompt[]): Promise<Map<string, PromptContext>> {
  const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => !!id))];
  const applicationIds = unique(prompts.map((p) => p.applicationId));
  const contactIds = unique(prompts.map((p) => p.contactId));
  const eventIds = unique(prompts.map((p) => p.eventId));
  const [applications, contacts, events] = await Promise.all([
    db.applications.bulkGet(applicationIds),
    db.contacts.bulkGet(contactIds),
    db.events.bulkGet(eventIds),
  ]);
  const index = <T extends { id: string }>(rows: (T | undefined)[]) => new Map(rows.filter((row): row is T => !!row).map((row) => [row.id, row]));
  const applicationById = index(applications);
  const contactById = index(contacts);
  const eventById = index(events);
  return new Map(
    prompts.map((prompt) => [
      prompt.id,
      {
        application: (prompt.applicationId && applicationById.get(prompt.applicationId)) || null,
        contact: (prompt.contactId && contactById.get(prompt.contactId)) || null,
        event: (prompt.eventId && eventById.get(prompt.eventId)) || null,
      },
    ]),
  );
}
