import { atLocalHour, previousBusinessDay, subLocalBusinessDays } from '../local-time';
import type { Candidate, RuleInput } from './candidate';

/** The round after which references are usually called, when no interview is marked final. */
const REFERENCE_ROUND_INDEX = 2;

// A10: prepare the business day before each interview, at a set local hour; useless once it has started.
export function prepPrompts({ timeline, settings, timeZone }: RuleInput): Candidate[] {
  return timeline.of('interview').map((interview) => ({
    kind: 'prep' as const,
    eventId: interview.event.id,
    contactId: null,
    due: atLocalHour(previousBusinessDay(interview.at, timeZone), settings.prepHourLocal, timeZone).getTime(),
    expiresAt: interview.at,
  }));
}

// A6: brief references a few business days before a final (or third) interview, unless done since the previous one.
export function referencesPrompts({ timeline, settings, timeZone }: RuleInput): Candidate[] {
  const interviews = timeline.of('interview');
  const out: Candidate[] = [];
  interviews.forEach((interview, index) => {
    if (!interview.event.final && index !== REFERENCE_ROUND_INDEX) return;
    const since = index > 0 ? interviews[index - 1].at : -Infinity;
    if (timeline.hasAfter('references-briefed', since)) return;
    const due = subLocalBusinessDays(interview.at, settings.referencesBusinessDaysBefore, timeZone);
    out.push({ kind: 'references', eventId: interview.event.id, contactId: null, due, expiresAt: interview.at });
  });
  return out;
}
