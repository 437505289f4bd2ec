import { localDateAtHour } from '../local-time';
import { offerElsewhere } from '../search-state';
import { doorKeeper } from './addressee';
import type { Candidate, RuleInput } from './candidate';

// A9: an offer elsewhere is leverage with the employers still interviewing you: tell them politely and ask where they stand.
export function offerLeveragePrompts(input: RuleInput): Candidate[] {
  const { application, search, timeline, timeZone } = input;
  const offer = offerElsewhere(application, search);
  if (!offer) return [];
  // Writing to them after the offer arrived (logged as a follow-up) is the note this prompt asks for.
  if (timeline.hasAfter('follow-up-sent', offer.at)) return [];
  // Worth sending only before the answer is due: from the deadline's day on, there is nothing left to ask them to speed up.
  const deadline = offer.respondBy ? localDateAtHour(offer.respondBy, 0, timeZone) : null;
  const candidate: Candidate = { kind: 'offer-leverage', eventId: offer.eventId, contactId: doorKeeper(input), due: offer.at };
  if (deadline) candidate.expiresAt = deadline.getTime();
  return [candidate];
}
