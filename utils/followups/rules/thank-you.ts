import type { AppEvent } from '../../model/application';
import { MINUTE_MS } from '../local-time';
import { interviewEnd, type Candidate, type RuleInput } from './candidate';

/** A thank-you sent without naming anyone is taken to have gone to everyone the user met. */
function thanks(contactId: string | null) {
  return (sent: AppEvent) => contactId === null || !sent.contactIds?.length || sent.contactIds.includes(contactId);
}

// A1: a thank-you to each person met, shortly after every interview ends.
export function thankYouPrompts({ timeline, settings }: RuleInput): Candidate[] {
  const out: Candidate[] = [];
  for (const interview of timeline.of('interview')) {
    const end = interviewEnd(interview, settings);
    const due = end + settings.thankYouDelayMinutes * MINUTE_MS;
    const named = interview.event.contactIds?.length ? [...new Set(interview.event.contactIds)] : [null];
    for (const contactId of named) {
      if (timeline.hasAfter('thank-you-sent', interview.at, thanks(contactId))) continue;
      out.push({ kind: 'thank-you', eventId: interview.event.id, contactId, due, notBefore: end });
    }
  }
  return out;
}
