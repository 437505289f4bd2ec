import { db } from './database';
import { getSettings } from './queries/settings';
import { planRecords } from './plan-records';
import { loadSearchState, plannedSearchState, recordSearchState } from './queries/search-state';
import { affectedBySearchChange, type SearchState } from '../followups/search-state';
import type { WhereClause } from 'dexie';
import type { AppEvent, Application, Contact, Reflection } from '../model/application';
import type { Reminder } from '../model/prompts';
import { planSettingsDiffer, type Settings } from '../model/settings';
import type { PlannedPrompt } from '../followups';

/**
 * Re-derives the pending prompts of the given applications from their records. Runs inside the
 * caller's transaction when there is one, so a write and its prompts land together or not at all.
 * When the write changed the search state (an offer arrived, an acceptance was logged, moved or undone),
 * every application whose prompts depend on it is re-derived too: an acceptance on one application
 * closes the others, and undoing it brings their prompts back.
 */
export async function refreshPromptsFor(applicationIds: Iterable<string>, now: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const [search, planned] = await Promise.all([loadSearchState(), plannedSearchState()]);
    const affected = affectedBySearchChange(planned, search);
    const touched = [...applicationIds, ...affected.ids];
    if (affected.stages.length === 0) {
      await replan(touched, search, now);
      if (affected.ids.length > 0) await recordSearchState(search);
      return;
    }
    const others = (await db.applications.where('stage').anyOf([...affected.stages]).limit(IN_STEP_LIMIT + 1).primaryKeys()) as string[];
    if (others.length <= IN_STEP_LIMIT) {
      await replan([...touched, ...others], search, now);
    } else {
      // Thousands of open applications (20 s in one transaction at 10k): this write's own applications are
      // planned now, and the plan is marked stale for the background to finish a chunk at a time (onWake).
      await replan(touched, search, now);
      await db.meta.delete('plan');
    }
    await recordSearchState(search);
  });
}

/** How many other applications a search change re-plans inside the write; past this the background does. */
export const IN_STEP_LIMIT = 400;

async function replan(applicationIds: readonly string[], search: SearchState, now: Date): Promise<void> {
  const ids = [...new Set(applicationIds)];
  if (ids.length === 0) return;
  // One indexed read per table for all the ids (anyOf), not five per application: a 10k CSV import
  // otherwise makes ~60,000 sequential requests inside its transaction.
  const settings = await getSettings();
  await db.prompts.where('applicationId').anyOf(ids).delete();
  const [applications, events, contacts, reminders, reflections] = await Promise.all([
    db.applications.bulkGet(ids),
    db.events.where('applicationId').anyOf(ids).toArray(),
    db.contacts.where('applicationIds').anyOf(ids).distinct().toArray(),
    db.reminders.where('applicationId').anyOf(ids).toArray(),
    db.reflections.where('applicationId').anyOf(ids).toArray(),
  ]);
  const present = applications.filter((application): application is Application => !!application);
  await db.prompts.bulkPut(planRecords({ applications: present, events, contacts, reminders, reflections }, settings, now, search));
}

// A few hundred applications: one chunk's reads take tens of milliseconds, so a page opened meanwhile waits little.
const CHUNK = 400;

/**
 * Re-derives every pending prompt a chunk of applications at a time, for the background after an install or
 * update (the rules may have changed), a settings change, or when the zone the prompts were planned in is no
 * longer the user's. Each chunk is read in one read-only transaction through id ranges (a handful of
 * requests, not a cursor step per record), and written only where its prompts differ, in its own
 * transaction; after an update that changed no rule it writes nothing at all, so the pages opened meanwhile
 * never wait behind it. The plan is recorded last: a worker killed half-way finds it stale and goes again.
 */
export async function rederiveInChunks(now: Date = new Date(), chunk = CHUNK): Promise<void> {
  await db.meta.delete('plan');
  // Settings saved while a pass runs (another tab) make its earlier chunks stale: it goes again. So does
  // an offer or acceptance logged meanwhile, whose re-derivation the later chunks would otherwise undo.
  for (;;) {
    const settings = await getSettings();
    const search = await db.transaction('r', db.tables, () => loadSearchState());
    await rederivePass(settings, search, now, chunk);
    const after = await getSettings();
    const searchAfter = await db.transaction('r', db.tables, () => loadSearchState());
    if (!planSettingsDiffer(after, settings) && !searchStatesDiffer(search, searchAfter)) {
      await db.transaction('rw', db.meta, () => Promise.all([recordPlanZone(settings.timeZone), recordSearchState(search)]));
      return;
    }
  }
}

function searchStatesDiffer(a: SearchState, b: SearchState): boolean {
  const affected = affectedBySearchChange(a, b);
  return affected.stages.length > 0 || affected.ids.length > 0;
}

async function rederivePass(settings: Settings, search: SearchState, now: Date, chunk: number): Promise<void> {
  const ids = (await db.applications.orderBy(':id').primaryKeys()) as string[];
  for (let start = 0; start < ids.length; start += chunk) {
    const first = ids[start];
    const last = ids[Math.min(start + chunk, ids.length) - 1];
    const { planned, stored } = await db.transaction('r', db.tables, () => planIdRange(first, last, settings, search, now));
    if (!samePrompts(planned, stored)) {
      // Written from a fresh read inside the write, so an edit made since the read-only pass is not undone.
      await db.transaction('rw', db.tables, async () => {
        const fresh = await planIdRange(first, last, settings, search, now);
        const keep = new Set(fresh.planned.map((prompt) => prompt.id));
        await db.prompts.bulkDelete(fresh.stored.filter((prompt) => !keep.has(prompt.id)).map((prompt) => prompt.id));
        await db.prompts.bulkPut(fresh.planned);
      });
    }
  }
  await deleteOrphanedPrompts(ids);
}

/**
 * Drops prompts of applications that no longer exist (none should; a cheap check over the index's keys).
 * The ids the pass began with only narrow the candidates: an application saved while the pass ran is not
 * among them, yet its prompts are very much wanted, so absence is checked again inside the delete.
 */
async function deleteOrphanedPrompts(knownIds: readonly string[]): Promise<void> {
  const known = new Set(knownIds);
  const candidates = ((await db.prompts.orderBy('applicationId').uniqueKeys()) as string[]).filter((id) => !known.has(id));
  if (candidates.length === 0) return;
  await db.transaction('rw', db.prompts, db.applications, async () => {
    const present = await db.applications.bulkGet(candidates);
    const orphaned = candidates.filter((_, index) => !present[index]);
    if (orphaned.length > 0) await db.prompts.where('applicationId').anyOf(orphaned).delete();
  });
}

/** The prompts the records of applications `first`..`last` (by id) call for, and the ones stored for them. */
async function planIdRange(first: string, last: string, settings: Settings, search: SearchState, now: Date) {
  const range = <T>(clause: WhereClause) => clause.between(first, last, true, true).toArray() as Promise<T[]>;
  const [applications, events, linked, reminders, reflections, stored] = await Promise.all([
    range<Application>(db.applications.where(':id')),
    range<AppEvent>(db.events.where('applicationId')),
    range<Contact>(db.contacts.where('applicationIds')),
    range<Reminder>(db.reminders.where('applicationId')),
    range<Reflection>(db.reflections.where('applicationId')),
    range<PlannedPrompt>(db.prompts.where('applicationId')),
  ]);
  // A contact linked to two applications in the range is listed once per link.
  const contacts = [...new Map(linked.map((contact) => [contact.id, contact])).values()];
  return { planned: planRecords({ applications, events, contacts, reminders, reflections }, settings, now, search), stored };
}

function samePrompts(planned: readonly PlannedPrompt[], stored: readonly PlannedPrompt[]): boolean {
  if (planned.length !== stored.length) return false;
  const byId = new Map(stored.map((prompt) => [prompt.id, prompt]));
  return planned.every((prompt) => {
    const twin = byId.get(prompt.id);
    return !!twin && twin.dueAt === prompt.dueAt && twin.notBefore === prompt.notBefore && twin.expiresAt === prompt.expiresAt
      && twin.kind === prompt.kind && twin.eventId === prompt.eventId && twin.contactId === prompt.contactId && twin.applicationId === prompt.applicationId;
  });
}

/** Whether the stored prompts were planned in the user's current zone (it follows the system's by default). */
export async function planIsCurrent(): Promise<boolean> {
  const [plan, settings] = await Promise.all([db.meta.get('plan'), getSettings()]);
  return plan?.timeZone === settings.timeZone;
}

/** Drops prompts whose moment has passed for good (prep once the interview began), through their index. */
export async function pruneExpiredPrompts(now: Date = new Date()): Promise<number> {
  return db.prompts.where('expiresAt').belowOrEqual(now.toISOString()).delete();
}

/** Called inside the transaction that wrote a whole plan. */
export async function recordPlanZone(timeZone: string): Promise<void> {
  await db.meta.put({ key: 'plan', timeZone });
}
