import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../utils/db/database';
import type { AppEvent, Application, Contact, Reflection } from '../../../utils/model/application';

export interface ApplicationRecord {
  application: Application;
  /** Newest first. */
  events: AppEvent[];
  contacts: Contact[];
  reflections: Reflection[];
}

/** One application with everything hanging off it, read through the applicationId indexes and kept live. */
export function useApplicationRecord(id: string): ApplicationRecord | null | undefined {
  return useLiveQuery(async () => {
    const application = await db.applications.get(id);
    if (!application) return null;
    const [events, contacts, reflections] = await Promise.all([
      db.events.where('applicationId').equals(id).toArray(),
      db.contacts.where('applicationIds').equals(id).toArray(),
      db.reflections.where('applicationId').equals(id).toArray(),
    ]);
    events.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || Date.parse(b.createdAt) - Date.parse(a.createdAt));
    contacts.sort((a, b) => a.name.localeCompare(b.name));
    return { application, events, contacts, reflections };
  }, [id]);
}
