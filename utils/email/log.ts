import { db } from '../db/database';
import { writeRecords } from '../db/write';
import { addApplication, addContact, logEvent, updateContact } from '../db/repository';
import type { AppEvent, Application } from '../model/application';
import { EVENT_OF_KIND, type Proposal } from './propose';

export interface Logged {
  application: Application;
  event: AppEvent;
}

/**
 * Logs what the user confirmed, in one transaction: the application (when the message was about a job
 * not tracked yet), its people as contacts, and the event that moves the stage. Either all of it is
 * stored or none, so a failure never leaves an interview without its interviewers.
 */
export async function logProposal(proposal: Proposal, now: Date = new Date()): Promise<Logged> {
  if (Number.isNaN(Date.parse(proposal.at))) throw new Error('That date and time could not be read.');
  return writeRecords(async (scope): Promise<Logged> => {
    scope.changed();
    let applicationId = proposal.applicationId;
    if (!applicationId) {
      const company = proposal.newApplication.company.trim();
      if (!company) throw new Error('Name the company to save this as a new application.');
      // A receipt's own "applied" event is the one logged below, dated by the message.
      const created = await addApplication({
        company,
        title: proposal.newApplication.title.trim() || 'Role to confirm',
        source: 'email',
        stage: proposal.kind === 'received' ? 'saved' : 'applied',
      }, now);
      applicationId = created.id;
    } else if (!(await db.applications.get(applicationId))) {
      throw new Error('That application is no longer in Ajar.');
    }

    const contactIds: string[] = [];
    for (const person of proposal.people) {
      if (!person.include || !person.name.trim()) continue;
      const existing = person.contactId ? await db.contacts.get(person.contactId) : undefined;
      if (existing) {
        await updateContact(existing.id, {
          applicationIds: [...existing.applicationIds, applicationId],
          // An address the message gives fills a gap; it never overwrites one the user typed.
          email: existing.email || person.email.trim() || null,
        }, now);
        contactIds.push(existing.id);
      } else {
        const created = await addContact({
          name: person.name.trim(),
          email: person.email.trim() || null,
          role: person.role,
          notes: person.jobTitle.trim() || null,
          applicationIds: [applicationId],
        }, now);
        contactIds.push(created.id);
      }
    }

    const event = await logEvent({
      applicationId,
      type: EVENT_OF_KIND[proposal.kind],
      at: new Date(proposal.at).toISOString(),
      ...(proposal.kind === 'interview' ? { durationMinutes: proposal.durationMinutes && proposal.durationMinutes > 0 ? proposal.durationMinutes : null, final: false } : {}),
      ...(contactIds.length > 0 ? { contactIds } : {}),
    }, now);
    return { application: (await db.applications.get(applicationId))!, event };
  }, now);
}
