import { db } from '../database';
import { writeRecords } from '../write';
import { newId, nowIso } from '../ids';
import type { Contact } from '../../model/application';

export type NewContact = Partial<Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>> & Pick<Contact, 'name' | 'role'>;

export async function addContact(input: NewContact, now: Date = new Date()): Promise<Contact> {
  const at = nowIso(now);
  const contact: Contact = { ...input, id: newId(), name: input.name.trim(), applicationIds: [...new Set(input.applicationIds ?? [])], createdAt: at, updatedAt: at };
  await writeRecords(async (scope) => {
    await db.contacts.add(contact);
    scope.touch(contact.applicationIds);
  }, now);
  return contact;
}

export async function updateContact(id: string, patch: Partial<Omit<Contact, 'id' | 'createdAt'>>, now: Date = new Date()): Promise<void> {
  await changeContact(id, () => patch, now, 'fail');
}

/** Links a person to an application (an interviewer, the hiring manager…), which can address prompts to them. */
export async function linkContact(contactId: string, applicationId: string, now: Date = new Date()): Promise<void> {
  await changeContact(contactId, (current) => (current.applicationIds.includes(applicationId) ? null : { applicationIds: [...current.applicationIds, applicationId] }), now, 'fail');
}

export async function unlinkContact(contactId: string, applicationId: string, now: Date = new Date()): Promise<void> {
  await changeContact(contactId, (current) => (current.applicationIds.includes(applicationId) ? { applicationIds: current.applicationIds.filter((id) => id !== applicationId) } : null), now, 'ignore');
}

/**
 * Reads the contact and writes the change made from that reading in one transaction: two links made at
 * once (two tabs, a form linking several people) each see the other's, so neither is lost.
 * `change` returns null when there is nothing to do.
 */
async function changeContact(
  id: string,
  change: (current: Contact) => Partial<Omit<Contact, 'id' | 'createdAt'>> | null,
  now: Date,
  ifMissing: 'fail' | 'ignore',
): Promise<void> {
  await writeRecords(async (scope) => {
    const current = await db.contacts.get(id);
    if (!current) {
      if (ifMissing === 'fail') throw new Error('That contact is no longer in Ajar.');
      return;
    }
    const patch = change(current);
    if (!patch) return;
    const next: Contact = { ...current, ...patch, id, updatedAt: nowIso(now) };
    next.applicationIds = [...new Set(next.applicationIds ?? [])];
    await db.contacts.put(next);
    scope.touch([...current.applicationIds, ...next.applicationIds]);
  }, now);
}

export async function deleteContact(id: string, now: Date = new Date()): Promise<void> {
  await writeRecords(async (scope) => {
    scope.changed();
    const current = await db.contacts.get(id);
    if (!current) return;
    await db.contacts.delete(id);
    // They leave the interviews they were in, so no thank-you is left for someone Ajar no longer knows.
    // Messages already sent keep the id: emptied, a sent thank-you would read as thanking everyone.
    const interviews = await db.events.where('applicationId').anyOf(current.applicationIds)
      .filter((event) => event.type === 'interview' && (event.contactIds ?? []).includes(id)).toArray();
    await db.events.bulkPut(interviews.map((event) => ({ ...event, contactIds: event.contactIds!.filter((other) => other !== id) })));
    scope.touch(current.applicationIds);
  }, now);
}
