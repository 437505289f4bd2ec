import type { AppEvent } from '../../model/application';
import type { Candidate, RuleInput } from './candidate';

/** A note to references sent without naming anyone is taken to have gone to all of them. */
function reaches(contactId: string) {
  return (sent: AppEvent) => !sent.contactIds?.length || sent.contactIds.includes(contactId);
}

// A6: references helped seal it, so tell each of them how it ended and thank them (the ones named on this application, else all).
export function thankReferencesPrompts({ application, contacts, search, timeline }: RuleInput): Candidate[] {
  const acceptance = search.acceptance;
  if (acceptance?.applicationId !== application.id) return [];
  const named = [...new Set(contacts.filter((contact) => contact.role === 'reference').map((contact) => contact.id))];
  const references = named.length > 0 ? named : search.fallbackReferenceIds;
  return references
    .filter((contactId) => !timeline.hasAfter('references-briefed', acceptance.at, reaches(contactId)))
    .map((contactId) => ({ kind: 'thank-references' as const, eventId: acceptance.eventId, contactId, due: acceptance.at }));
}
