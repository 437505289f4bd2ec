import type { Application, Contact } from '../../model/application';
import type { PromptKind } from '../../model/prompts';
import type { Settings } from '../../model/settings';
import type { SearchState } from '../search-state';
import type { TimedEvent, Timeline } from '../timeline';
import { MINUTE_MS } from '../local-time';

/** A prompt a rule derived, before the user's decisions and quiet hours are applied. Times are epoch ms. */
export interface Candidate {
  kind: PromptKind;
  eventId: string | null;
  contactId: string | null;
  due: number;
  /** Not shown before this moment (e.g. a thank-you before the interview has ended). */
  notBefore?: number;
  /** Not shown from this moment on (e.g. prep once the interview has started). */
  expiresAt?: number;
}

/** What every rule may look at for one application. */
export interface RuleInput {
  application: Application;
  timeline: Timeline;
  contacts: readonly Contact[];
  /** Event ids that already have a Reflection. */
  reflectedEventIds: ReadonlySet<string>;
  /** Offers held and the acceptance, across the whole pipeline. */
  search: SearchState;
  settings: Settings;
  timeZone: string;
}

export function interviewEnd(interview: TimedEvent, settings: Settings): number {
  const minutes = interview.event.durationMinutes ?? settings.interviewLengthMinutes;
  return interview.at + minutes * MINUTE_MS;
}
