import { db } from '../database';
import type { AppEvent, Application, Contact, Reflection } from '../../model/application';

export interface ApplicationRecord {
  application: Application;
  /** Newest first. */
  events: AppEvent[];
  /** By name. */
  contacts: Contact[];
  reflections: Reflection[];
}

/** One application with everything hanging off it, read through the applicationId indexes; null when it is gone. */
export async function readApplicationRecord(id: string): Promise<ApplicationRecord | null> {
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
}

/** The newest few applications, for the popup. */
export function readRecentApplications(limit: number): Promise<Application[]> {
  return db.applications.orderBy('updatedAt').reverse().limit(limit).toArray();
}

/** Whether there is any application at all, found by reading one key: a count would walk the whole table. */
export async function hasAnyApplication(): Promise<boolean> {
  return (await db.applications.limit(1).primaryKeys()).length > 0;
}

/** Every application and every contact: what a message is matched against to find the one it is about. */
export async function readApplicationsAndContacts(): Promise<{ applications: Application[]; contacts: Contact[] }> {
  const [applications, contacts] = await Promise.all([db.applications.toArray(), db.contacts.toArray()]);
  return { applications, contacts };
}

/** One application, or undefined when it is gone. */
export function readApplication(id: string): Promise<Application | undefined> {
  return db.applications.get(id);
}

/** An application's timeline, in no particular order, through the applicationId index. */
export function readEventsOf(applicationId: string): Promise<AppEvent[]> {
  return db.events.where('applicationId').equals(applicationId).toArray();
}

/** Every interview logged, past and scheduled, through the type index. */
export function readInterviews(): Promise<AppEvent[]> {
  return db.events.where('type').equals('interview').toArray();
}

/** Every contact. */
export function readAllContacts(): Promise<Contact[]> {
  return db.contacts.toArray();
}
