import { db } from '../database';
import { OPEN_SEARCH, SEARCH_STAGES, searchStateOf, type Acceptance, type SearchState } from '../../followups/search-state';
import type { AppEvent, Application, Contact } from '../../model/application';

/** Records not stored yet (an import about to be written) that the state should already count. */
export interface PendingRecords {
  applications: readonly Application[];
  events: readonly AppEvent[];
}

/**
 * The search state from the tables: the applications in the offer and accepted stages and their events
 * (a handful in any real search, read through the stage index), and the references only when the
 * accepted application names none of its own. Runs in the caller's transaction when there is one.
 */
export async function loadSearchState(pending?: PendingRecords): Promise<SearchState> {
  const stored = await db.applications.where('stage').anyOf([...SEARCH_STAGES]).toArray();
  const applications = [...stored, ...(pending?.applications ?? []).filter((application) => (SEARCH_STAGES as readonly string[]).includes(application.stage))];
  if (applications.length === 0) return OPEN_SEARCH;
  const ids = applications.map((application) => application.id);
  const events = [...(await db.events.where('applicationId').anyOf(ids).toArray()), ...(pending?.events ?? [])];
  const eventsOf = new Map<string, AppEvent[]>();
  for (const event of events) eventsOf.set(event.applicationId, [...(eventsOf.get(event.applicationId) ?? []), event]);
  const withoutReferences = searchStateOf(applications, (id) => eventsOf.get(id) ?? [], []);
  const accepted = withoutReferences.acceptance?.applicationId;
  if (!accepted) return withoutReferences;
  const linked = await db.contacts.where('applicationIds').equals(accepted).toArray();
  // Only when the accepted application names no reference are all of them read, to thank them all.
  const contacts: Contact[] = linked.some((contact) => contact.role === 'reference') ? linked : await db.contacts.toArray();
  return searchStateOf(applications, (id) => eventsOf.get(id) ?? [], contacts);
}

/** The search state the stored prompts were planned with; an open search when none was recorded. */
export async function plannedSearchState(): Promise<SearchState> {
  return (await db.meta.get('search'))?.search ?? OPEN_SEARCH;
}

/** Called inside the transaction that wrote prompts planned with this state. */
export async function recordSearchState(search: SearchState): Promise<void> {
  await db.meta.put({ key: 'search', search });
}

/**
 * Whether the user has saved anything since the acceptance (a new search): read through the updatedAt
 * index, since an application saved later was also last changed later. Stops at the first. (Always a
 * read: a live query loses track of its reads after awaiting a promise that is not Dexie's.)
 */
export async function savedSinceAcceptance(acceptance: Acceptance): Promise<boolean> {
  const count = await db.applications
    .where('updatedAt')
    .above(new Date(acceptance.at).toISOString())
    .filter((application) => Date.parse(application.createdAt) > acceptance.at)
    .limit(1)
    .count();
  return count > 0;
}

/** Where the whole search stands, for the popup and Today: done (an acceptance), an offer in hand, or open. */
export type SearchOutcome =
  | { kind: 'done'; company: string; title: string; applicationId: string }
  | { kind: 'offer'; companies: string[] }
  | { kind: 'open' };

/** Read from the state the prompts were planned with (one row) and the few applications it names. */
export async function searchOutcome(): Promise<SearchOutcome> {
  // Read directly, not through plannedSearchState: a live query (Today) that awaits nested async functions
  // before its first read was seen to lose track of the reads that follow, and never refreshed.
  const search = (await db.meta.get('search'))?.search ?? OPEN_SEARCH;
  if (search.acceptance && !(await savedSinceAcceptance(search.acceptance))) {
    const accepted = await db.applications.get(search.acceptance.applicationId);
    if (accepted) return { kind: 'done', company: accepted.company, title: accepted.title, applicationId: accepted.id };
  }
  if (search.offers.length > 0) {
    const offered = await db.applications.bulkGet(search.offers.map((offer) => offer.applicationId));
    return { kind: 'offer', companies: offered.flatMap((application) => (application ? [application.company] : [])) };
  }
  return { kind: 'open' };
}
