import { addLocalBusinessDays, localDateAtHour } from '../local-time';
import type { TimedEvent } from '../timeline';
import { interviewEnd, type Candidate, type RuleInput } from './candidate';

/** Where the wait for the employer started: the application itself, or the latest interview. */
interface Wait {
  anchor: TimedEvent;
  /** When the first follow-up is due. */
  firstDue: number;
  /** Not shown before this moment (an interview must have ended). */
  notBefore?: number;
}

// A2: silence after applying — follow up a number of business days later.
function waitAfterApplying(applied: TimedEvent, { settings, timeZone }: RuleInput): Wait {
  return { anchor: applied, firstDue: addLocalBusinessDays(applied.at, settings.followUpBusinessDays, timeZone) };
}

// A3: after an interview, follow up just after the employer's own decision date, else some business days later.
function waitAfterInterview(interview: TimedEvent, { application, settings, timeZone }: RuleInput): Wait {
  const end = interviewEnd(interview, settings);
  const decision = application.decisionExpectedBy ? localDateAtHour(application.decisionExpectedBy, settings.decisionFollowUpHourLocal, timeZone) : null;
  const firstDue = decision
    ? addLocalBusinessDays(decision.getTime(), settings.afterDecisionDateBusinessDays, timeZone)
    : addLocalBusinessDays(end, settings.postInterviewFollowUpBusinessDays, timeZone);
  return { anchor: interview, firstDue, notBefore: end };
}

/**
 * The latest interview starts the current wait, else the application. An "applied" logged after an
 * interview (marked by hand once the interview was booked) was answered by that interview, unless the
 * process closed in between and this is a new attempt.
 */
function currentWait(input: RuleInput): Wait | null {
  const applied = input.timeline.last('applied');
  const interview = input.timeline.last('interview');
  if (interview && (!applied || interview.at >= applied.at || !closedBetween(input, interview.at, applied.at))) return waitAfterInterview(interview, input);
  return applied ? waitAfterApplying(applied, input) : null;
}

function closedBetween({ timeline }: RuleInput, from: number, to: number): boolean {
  return (['rejected', 'withdrawn'] as const).some((type) => timeline.after(type, from).some((event) => event.at <= to));
}

// A2: up to maxFollowUps nudges while the employer stays silent, then a suggestion to close as "no response".
export function followUpLadderPrompts(input: RuleInput): Candidate[] {
  const { timeline, settings, timeZone } = input;
  const wait = currentWait(input);
  if (!wait || timeline.employerMovedAfter(wait.anchor.at)) return [];
  const sent = timeline.after('follow-up-sent', wait.anchor.at);
  const last = sent[sent.length - 1];
  const notBefore = wait.notBefore;
  if (sent.length < settings.maxFollowUps) {
    if (!last) return [{ kind: 'follow-up', eventId: wait.anchor.event.id, contactId: null, due: wait.firstDue, notBefore }];
    const due = addLocalBusinessDays(last.at, settings.followUpBusinessDays, timeZone);
    return [{ kind: 'follow-up', eventId: last.event.id, contactId: null, due, notBefore }];
  }
  const closeFrom = last ?? wait.anchor;
  const base = last ? last.at : (notBefore ?? wait.anchor.at);
  const due = addLocalBusinessDays(base, settings.closeOutBusinessDays, timeZone);
  return [{ kind: 'close-out', eventId: closeFrom.event.id, contactId: null, due, notBefore }];
}
