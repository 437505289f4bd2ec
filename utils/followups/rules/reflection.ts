import { addLocalDays, HOUR_MS } from '../local-time';
import { interviewEnd, type Candidate, type RuleInput } from './candidate';

// A7: reflect a few hours after each interview ends, while it is fresh.
export function interviewReflectionPrompts({ timeline, reflectedEventIds, settings }: RuleInput): Candidate[] {
  const out: Candidate[] = [];
  for (const interview of timeline.of('interview')) {
    if (reflectedEventIds.has(interview.event.id)) continue;
    const end = interviewEnd(interview, settings);
    out.push({ kind: 'reflection', eventId: interview.event.id, contactId: null, due: end + settings.reflectionAfterInterviewHours * HOUR_MS, notBefore: end });
  }
  return out;
}

// A7: reflect on each rejection a day later, when the sting has eased but the details are fresh.
export function rejectionReflectionPrompts({ timeline, reflectedEventIds, settings, timeZone }: RuleInput): Candidate[] {
  const out: Candidate[] = [];
  for (const rejection of timeline.of('rejected')) {
    if (reflectedEventIds.has(rejection.event.id)) continue;
    out.push({ kind: 'reflection', eventId: rejection.event.id, contactId: null, due: addLocalDays(rejection.at, settings.reflectionAfterRejectionDays, timeZone) });
  }
  return out;
}
