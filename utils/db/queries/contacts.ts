import { db } from '../database';
import type { AppEvent, Application, Contact } from '../../model/application';

/** Everyone, by name. */
export function readContactsByName(): Promise<Contact[]> {
  return db.contacts.orderBy('name').toArray();
}

/** Everyone not yet linked to this application, by name: who could be added to it. */
export function readContactsNotOn(applicationId: string): Promise<Contact[]> {
  return db.contacts.orderBy('name').filter((contact) => !contact.applicationIds.includes(applicationId)).toArray();
}

/** Which of these contact ids still exist (a person may have been deleted since a form was opened). */
export async function readExistingContactIds(ids: readonly string[]): Promise<string[]> {
  return (await db.contacts.bulkGet([...ids])).flatMap((contact) => (contact ? [contact.id] : []));
}

export interface ContactsOverview {
  contacts: Contact[];
  applications: Map<string, Pick<Application, 'id' | 'company' | 'title'>>;
  /** The events that name someone: where people were met and when they were last spoken to. */
  events: AppEvent[];
}

/** The Contacts view's records: everyone, the applications they belong to, and the events that name them. */
export async function readContactsOverview(): Promise<ContactsOverview> {
  const contacts = await readContactsByName();
  const ids = [...new Set(contacts.flatMap((contact) => contact.applicationIds))];
  const [applications, events] = await Promise.all([
    db.applications.bulkGet(ids),
    // Only events that name someone matter here; contactIds has no index, so they are picked in one pass.
    db.events.filter((event) => (event.contactIds?.length ?? 0) > 0).toArray(),
  ]);
  const byId = new Map(applications.filter((app): app is Application => !!app).map((app) => [app.id, { id: app.id, company: app.company, title: app.title }]));
  return { contacts, applications: byId, events };
}
