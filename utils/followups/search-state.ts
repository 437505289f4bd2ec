import { stageEntry } from '../model/stage';
import { OPEN_STAGES, type AppEvent, type Application, type Contact } from '../model/application';

/** An offer the user holds and has not answered yet (the application is in the offer stage). */
export interface OfferInHand {
  applicationId: string;
  /** The event that brought the offer; null for an application put in the offer stage without one. */
  eventId: string | null;
  /** Epoch ms of that event (or of the application's last change). */
  at: number;
  /** The employer's deadline for an answer, a local calendar date. */
  respondBy: string | null;
}

/** The offer the user said yes to: it ends the search for every application opened before it. */
export interface Acceptance {
  applicationId: string;
  eventId: string | null;
  at: number;
}

/**
 * What one application's prompts may depend on beyond its own records: offers held elsewhere and the
 * acceptance that ends the search. Derived once for the whole pipeline, from the few applications in the
 * offer and accepted stages, and handed to every application's planning.
 */
export interface SearchState {
  /** Oldest first. */
  offers: OfferInHand[];
  /** The latest acceptance, or null while the search is open. */
  acceptance: Acceptance | null;
  /**
   * Every reference the user keeps, for thanking when the accepted application names none of its own
   * (empty otherwise: the named ones come with that application's contacts).
   */
  fallbackReferenceIds: string[];
}

export const OPEN_SEARCH: SearchState = { offers: [], acceptance: null, fallbackReferenceIds: [] };

/** The stages whose applications make up the search state; only these need reading to derive it. */
export const SEARCH_STAGES = ['offer', 'accepted'] as const;

function entryOf(application: Application, events: readonly AppEvent[]): { eventId: string | null; at: number } {
  const entry = stageEntry(events);
  const at = entry?.stage === application.stage ? Date.parse(entry.event.at) : NaN;
  if (entry && entry.stage === application.stage && !Number.isNaN(at)) return { eventId: entry.event.id, at };
  // A stage with no event behind it (an older import): it counts from the application's last change.
  const updated = Date.parse(application.updatedAt);
  return { eventId: null, at: Number.isNaN(updated) ? 0 : updated };
}

const byTimeThenId = (a: { at: number; applicationId: string }, b: { at: number; applicationId: string }) =>
  a.at - b.at || (a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0);

/**
 * The search state from the applications in the offer and accepted stages (others are ignored), their
 * events, and the contacts: those linked to the accepted application, plus every reference when it names
 * none. `contacts` may hold more; only references are looked at.
 */
export function searchStateOf(
  applications: readonly Application[],
  eventsOf: (applicationId: string) => readonly AppEvent[],
  contacts: readonly Contact[],
): SearchState {
  const offers: OfferInHand[] = [];
  const acceptances: Acceptance[] = [];
  for (const application of applications) {
    if (application.stage !== 'offer' && application.stage !== 'accepted') continue;
    const { eventId, at } = entryOf(application, eventsOf(application.id));
    if (application.stage === 'offer') offers.push({ applicationId: application.id, eventId, at, respondBy: application.offerRespondBy?.trim() || null });
    else acceptances.push({ applicationId: application.id, eventId, at });
  }
  offers.sort(byTimeThenId);
  acceptances.sort(byTimeThenId);
  const acceptance = acceptances[acceptances.length - 1] ?? null;
  const references = contacts.filter((contact) => contact.role === 'reference');
  const named = acceptance ? references.some((contact) => contact.applicationIds.includes(acceptance.applicationId)) : true;
  const fallbackReferenceIds = named ? [] : references.map((contact) => contact.id).sort();
  return { offers, acceptance, fallbackReferenceIds };
}

/** Whether this application was open when the user accepted another offer, so that acceptance closes it. */
export function closedByAcceptance(application: Application, search: SearchState): boolean {
  const acceptance = search.acceptance;
  if (!acceptance || acceptance.applicationId === application.id || !OPEN_STAGES.includes(application.stage)) return false;
  // One saved after the acceptance belongs to a new search, and is planned as usual.
  return !(Date.parse(application.createdAt) > acceptance.at);
}

/** The offer held by another application that an application in interviews might mention, if any. */
export function offerElsewhere(application: Application, search: SearchState): OfferInHand | null {
  return search.offers.find((offer) => offer.applicationId !== application.id) ?? null;
}

/**
 * Which applications' prompts change when the search state goes from `before` to `after`: every open
 * one when the acceptance changed, the ones in interviews when the offers did, the accepted one when only
 * its fallback references did. Returned as stages plus ids, for an indexed read.
 */
export function affectedBySearchChange(before: SearchState, after: SearchState): { stages: readonly Application['stage'][]; ids: string[] } {
  const key = (acceptance: Acceptance | null) => (acceptance ? `${acceptance.applicationId}|${acceptance.eventId}|${acceptance.at}` : '');
  const offersKey = (state: SearchState) => state.offers.map((offer) => `${offer.applicationId}|${offer.eventId}|${offer.at}|${offer.respondBy}`).join(',');
  const stages = new Set<Application['stage']>();
  const ids = new Set<string>();
  if (key(before.acceptance) !== key(after.acceptance)) {
    for (const stage of OPEN_STAGES) stages.add(stage);
    for (const acceptance of [before.acceptance, after.acceptance]) if (acceptance) ids.add(acceptance.applicationId);
  }
  if (offersKey(before) !== offersKey(after)) stages.add('interviewing');
  if (before.fallbackReferenceIds.join(',') !== after.fallbackReferenceIds.join(',') && after.acceptance) ids.add(after.acceptance.applicationId);
  return { stages: [...stages], ids: [...ids] };
}
