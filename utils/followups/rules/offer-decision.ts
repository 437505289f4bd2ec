import { addLocalDays, atLocalHour, localDateAtHour, subLocalBusinessDays } from '../local-time';
import type { Candidate, RuleInput } from './candidate';

/** How many business days before the employer's deadline the decision comes up: time to weigh, ask, negotiate. */
export const OFFER_DECISION_BUSINESS_DAYS = 3;

// A9: an offer in hand is leverage only until its deadline, so the decision comes up a few business days before it.
export function offerDecisionPrompts({ application, search, settings, timeZone }: RuleInput): Candidate[] {
  const offer = search.offers.find((held) => held.applicationId === application.id);
  const deadlineDay = offer?.respondBy ? localDateAtHour(offer.respondBy, 0, timeZone) : null;
  if (!offer || !deadlineDay) return [];
  const deadline = atLocalHour(deadlineDay, settings.decisionFollowUpHourLocal, timeZone).getTime();
  const due = Math.max(subLocalBusinessDays(deadline, OFFER_DECISION_BUSINESS_DAYS, timeZone), offer.at);
  // Useful until the deadline's day is over; after it, the offer's fate is settled with the employer.
  return [{ kind: 'offer-decision', eventId: offer.eventId, contactId: null, due, expiresAt: addLocalDays(deadlineDay.getTime(), 1, timeZone) }];
}
