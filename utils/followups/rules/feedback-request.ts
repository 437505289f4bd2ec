import { addLocalBusinessDays } from '../local-time';
import { doorKeeper } from './addressee';
import type { Candidate, RuleInput } from './candidate';
import { rejectionAfterInterview } from './rejection';

// A4: a business day after a rejection that followed an interview, ask for a few lines of feedback.
export function feedbackRequestPrompts(input: RuleInput): Candidate[] {
  const rejection = rejectionAfterInterview(input);
  if (!rejection) return [];
  const { timeline, settings, timeZone } = input;
  // Feedback that arrived unasked settles it as well as asking does.
  if (timeline.hasAfter('feedback-requested', rejection.at) || timeline.hasAfter('feedback-received', rejection.at)) return [];
  const due = addLocalBusinessDays(rejection.at, settings.feedbackRequestBusinessDays, timeZone);
  return [{ kind: 'feedback-request', eventId: rejection.event.id, contactId: doorKeeper(input), due }];
}
