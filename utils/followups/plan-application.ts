import type { AppEvent, Application, Contact, Reflection } from '../model/application';
import type { Reminder } from '../model/prompts';
import type { Settings } from '../model/settings';
import type { PlannedPrompt } from './planned-prompt';
import { promptKey } from './prompt-key';
import { afterQuietHours } from './quiet-hours';
import type { Candidate } from './rules/candidate';
import { OPEN_SEARCH, type SearchState } from './search-state';
import { rulesFor } from './stage-rules';
import { Timeline } from './timeline';

export interface ApplicationInput {
  application: Application;
  events: AppEvent[];
  contacts: Contact[];
  reminders: Reminder[];
  reflections: Reflection[];
}

function iso(time: number | undefined): string | undefined {
  return time === undefined ? undefined : new Date(time).toISOString();
}

/** The due time after the user's decision: a snooze moves it to exactly when they asked. */
function dueAfterDecision(candidate: Candidate, reminder: Reminder | undefined, settings: Settings, timeZone: string): number {
  const snoozedUntil = reminder?.status === 'snoozed' && reminder.until ? Date.parse(reminder.until) : NaN;
  return Number.isNaN(snoozedUntil) ? afterQuietHours(candidate.due, settings, timeZone) : snoozedUntil;
}

/**
 * Every prompt one application calls for, whatever the time: the extension stores these and recomputes
 * them when this application changes, or when the search state (an offer, an acceptance) does. Prompts
 * the user marked done or dismissed are left out.
 */
export function planApplication(input: ApplicationInput, settings: Settings, timeZone: string, search: SearchState = OPEN_SEARCH): PlannedPrompt[] {
  const { application } = input;
  const rules = rulesFor(application, search);
  if (rules.length === 0) return [];
  const ruleInput = {
    application,
    timeline: new Timeline(input.events),
    contacts: input.contacts,
    search,
    reflectedEventIds: new Set(input.reflections.map((reflection) => reflection.eventId).filter((id) => id !== null)),
    settings,
    timeZone,
  };
  const decisions = new Map(input.reminders.map((reminder) => [reminder.id, reminder]));
  const out: PlannedPrompt[] = [];
  for (const rule of rules) {
    for (const candidate of rule(ruleInput)) {
      const id = promptKey(candidate.kind, application.id, candidate.eventId, candidate.contactId);
      const reminder = decisions.get(id);
      if (reminder?.status === 'done' || reminder?.status === 'dismissed') continue;
      const prompt: PlannedPrompt = {
        id,
        kind: candidate.kind,
        applicationId: application.id,
        eventId: candidate.eventId,
        contactId: candidate.contactId,
        // Never due before it can be acted on: delivery counts a prompt as handled once its due time passes.
        dueAt: new Date(Math.max(dueAfterDecision(candidate, reminder, settings, timeZone), candidate.notBefore ?? -Infinity)).toISOString(),
      };
      const notBefore = iso(candidate.notBefore);
      const expiresAt = iso(candidate.expiresAt);
      if (notBefore) prompt.notBefore = notBefore;
      if (expiresAt) prompt.expiresAt = expiresAt;
      out.push(prompt);
    }
  }
  return out;
}
