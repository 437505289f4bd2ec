import { addLocalDays } from '../local-time';
import { doorKeeper } from './addressee';
import type { Candidate, RuleInput } from './candidate';
import { rejectionAfterInterview } from './rejection';

// A5: keep the door open with the decision maker a few months after a rejection, and again later.
export function keepInTouchPrompts(input: RuleInput): Candidate[] {
  const rejection = rejectionAfterInterview(input);
  if (!rejection) return [];
  const { timeline, settings, timeZone } = input;
  const checkIns = timeline.after('check-in-sent', rejection.at);
  const points = [...settings.keepInTouchDays].sort((a, b) => a - b);
  // Each check-in settles one point, in order. The first point is settled by any check-in after the
  // rejection; each later one by a further check-in after the previous point's due time. Only the
  // earliest unsettled point is pending, answering the rejection or the check-in that settled the
  // point before it (which also keeps every point's identity distinct).
  let answers = rejection.event.id;
  let openedAt = rejection.at;
  let next = 0;
  for (const days of points) {
    const due = addLocalDays(rejection.at, days, timeZone);
    while (next < checkIns.length && checkIns[next].at <= openedAt) next += 1;
    const settledBy = checkIns[next];
    if (!settledBy) return [{ kind: 'keep-in-touch', eventId: answers, contactId: doorKeeper(input), due }];
    answers = settledBy.event.id;
    openedAt = Math.max(due, settledBy.at);
    next += 1;
  }
  return [];
}
