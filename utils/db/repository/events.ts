import { db } from '../database';
import { writeRecords, type WriteScope } from '../write';
import { newId, nowIso } from '../ids';
import { deriveStage } from '../../model/stage';
import type { AppEvent } from '../../model/application';

export type NewEvent = Omit<AppEvent, 'id' | 'createdAt'>;

/** Appends an event to an application's timeline and moves its stage to match, in one transaction. */
export async function logEvent(input: NewEvent, now: Date = new Date()): Promise<AppEvent> {
  const event: AppEvent = { ...input, id: newId(), createdAt: nowIso(now) };
  if (Number.isNaN(Date.parse(event.at))) throw new Error('That date and time could not be read.');
  await writeRecords(async (scope) => {
    if (!(await db.applications.get(event.applicationId))) throw new Error('That application is no longer in Ajar.');
    await db.events.add(event);
    await restage(event.applicationId, now, scope);
  }, now);
  return event;
}

/**
 * Logs `applied` for an application still only saved (the user confirmed on an ATS's "thank you for
 * applying" page). The stage is read inside the write, so two sends log it once. Returns whether it logged.
 */
export async function markApplied(applicationId: string, now: Date = new Date()): Promise<boolean> {
  return writeRecords(async (scope) => {
    const application = await db.applications.get(applicationId);
    if (!application) throw new Error('That application is no longer in Ajar.');
    if (application.stage !== 'saved') return false;
    const at = nowIso(now);
    await db.events.add({ id: newId(), applicationId, type: 'applied', at, createdAt: at });
    await restage(applicationId, now, scope);
    return true;
  }, now);
}

/** Changes an event (a rescheduled interview, a corrected date); the stage and prompts follow in the same transaction. */
export async function updateEvent(id: string, patch: Partial<Omit<AppEvent, 'id' | 'applicationId'>>, now: Date = new Date()): Promise<void> {
  if (patch.at !== undefined && Number.isNaN(Date.parse(patch.at))) throw new Error('That date and time could not be read.');
  await writeRecords(async (scope) => {
    const current = await db.events.get(id);
    if (!current) throw new Error('That event is no longer in Ajar.');
    await db.events.put({ ...current, ...patch, id, applicationId: current.applicationId });
    await restage(current.applicationId, now, scope);
  }, now);
}

export async function deleteEvent(id: string, now: Date = new Date()): Promise<void> {
  await writeRecords(async (scope) => {
    const current = await db.events.get(id);
    // Nothing to delete is still a signal, as it always was: a re-arm costs one index read.
    scope.changed();
    if (!current) return;
    await db.events.delete(id);
    await restage(current.applicationId, now, scope);
  }, now);
}

/** Sets the stage derived from the whole timeline; the application's prompts follow when the write ends. */
async function restage(applicationId: string, now: Date, scope: WriteScope): Promise<void> {
  const events = await db.events.where('applicationId').equals(applicationId).toArray();
  await db.applications.update(applicationId, { stage: deriveStage(events), updatedAt: nowIso(now) });
  scope.touch([applicationId]);
}
