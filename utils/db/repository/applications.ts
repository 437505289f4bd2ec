import { db } from '../database';
import { writeRecords, type WriteScope } from '../write';
import { newId, nowIso } from '../ids';
import { canonicalUrlOf, matchKeyOf } from '../match-key';
import type { AppEvent, Application } from '../../model/application';

export type NewApplication = Partial<Omit<Application, 'id' | 'createdAt' | 'updatedAt' | 'stage' | 'matchKey'>> & {
  company: string;
  title: string;
  /** 'applied' logs an `applied` event right after the `saved` one. */
  stage?: 'saved' | 'applied';
};

/** Creates an application with its `saved` event (and `applied` when asked), in one transaction. */
export async function addApplication(input: NewApplication, now: Date = new Date()): Promise<Application> {
  return writeRecords((scope) => insertApplication(input, now, scope), now);
}

/**
 * Saves a posting unless Ajar tracks it already. The look-up and the write are one transaction, so a
 * double click or two tabs sending the same posting save it once.
 */
export async function addApplicationUnlessTracked(input: NewApplication, now: Date = new Date()): Promise<{ application: Application; created: boolean }> {
  return writeRecords(async (scope) => {
    const existing = await findTracked(input);
    if (existing) return { application: existing.application, created: false };
    return { application: await insertApplication(input, now, scope), created: true };
  }, now);
}

/** Inside the caller's transaction: the application, its first events and its prompts. */
async function insertApplication(input: NewApplication, now: Date, scope: WriteScope): Promise<Application> {
  const at = nowIso(now);
  const { stage: requested, ...fields } = input;
  const application: Application = {
    ...fields,
    id: newId(),
    company: input.company.trim(),
    title: input.title.trim(),
    stage: requested === 'applied' ? 'applied' : 'saved',
    canonicalUrl: input.canonicalUrl ?? canonicalUrlOf(input.url),
    matchKey: matchKeyOf(input.company, input.title),
    createdAt: at,
    updatedAt: at,
  };
  const events: AppEvent[] = [{ id: newId(), applicationId: application.id, type: 'saved', at, createdAt: at }];
  if (requested === 'applied') events.push({ id: newId(), applicationId: application.id, type: 'applied', at, createdAt: at });
  await db.applications.add(application);
  await db.events.bulkAdd(events);
  scope.touch([application.id]);
  return application;
}

/** Edits an application's fields; the stage is not among them (it follows the timeline). */
export async function updateApplication(
  id: string,
  patch: Partial<Omit<Application, 'id' | 'stage' | 'createdAt'>>,
  now: Date = new Date(),
): Promise<void> {
  await writeRecords(async (scope) => {
    const current = await db.applications.get(id);
    if (!current) throw new Error('That application is no longer in Ajar.');
    const next: Application = { ...current, ...patch, id, stage: current.stage, updatedAt: nowIso(now) };
    if ('company' in patch || 'title' in patch) next.matchKey = matchKeyOf(next.company, next.title);
    if ('url' in patch && !('canonicalUrl' in patch)) next.canonicalUrl = canonicalUrlOf(next.url);
    await db.applications.put(next);
    scope.touch([id]);
  }, now);
}

/** Removes an application with its timeline, decisions and reflections; its contacts stay, unlinked. */
export async function deleteApplication(id: string, now: Date = new Date()): Promise<void> {
  await writeRecords(async (scope) => {
    scope.changed();
    await db.events.where('applicationId').equals(id).delete();
    await db.reminders.where('applicationId').equals(id).delete();
    await db.reflections.where('applicationId').equals(id).delete();
    await db.prompts.where('applicationId').equals(id).delete();
    await db.contacts
      .where('applicationIds')
      .equals(id)
      .modify((contact) => {
        contact.applicationIds = contact.applicationIds.filter((other) => other !== id);
      });
    await db.applications.delete(id);
    // Deleting the accepted (or an offered) application changes what the others are asked to do: the
    // helper's re-derivation after a change follows the search state.
  }, now);
}

export interface TrackedMatch {
  application: Application;
  /** How it matched: the same posting address, or the same company and title (a re-post). */
  by: 'url' | 'company-title';
}

/** Finds an application already tracked for a posting, so a revisit never creates a duplicate. */
export async function findTracked(posting: { url?: string | null; company?: string | null; title?: string | null }): Promise<TrackedMatch | null> {
  const canonical = canonicalUrlOf(posting.url);
  if (canonical) {
    const byUrl = await db.applications.where('canonicalUrl').equals(canonical).first();
    if (byUrl) return { application: byUrl, by: 'url' };
  }
  if (posting.company && posting.title) {
    const byKey = await db.applications.where('matchKey').equals(matchKeyOf(posting.company, posting.title)).first();
    if (byKey) return { application: byKey, by: 'company-title' };
  }
  return null;
}

/**
 * The application a "thank you for applying to Acme" page is about, when the page names only the
 * company: the most recently saved, not yet applied one there. The user still confirms with a click.
 */
export async function findSavedAtCompany(company: string): Promise<Application | null> {
  const prefix = matchKeyOf(company, '');
  const candidates = await db.applications.where('matchKey').startsWith(prefix).filter((app) => app.stage === 'saved').toArray();
  return candidates.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
}
