import type { Settings } from '../../model/settings';
import type { PlannedPrompt, SearchState } from '../../followups';
import { planRecords } from '../../db/plan-records';
import type { PlannedApplication } from './plan';

/**
 * The pending prompts of applications an import is about to create, planned from the plan itself.
 * A fresh application has a new id, so nothing else in the database (contacts, reminders, reflections,
 * old prompts) can refer to it yet: its own events are all the engine needs, and no read is required.
 * Prompts whose moment has already passed for good are left out, as the derived table always does.
 * `search` is the search state with the import counted (an imported acceptance closes what is open).
 */
export function promptsForFresh(fresh: readonly PlannedApplication[], settings: Settings, now: Date, search: SearchState): PlannedPrompt[] {
  const records = { applications: fresh.map((item) => item.application), events: fresh.flatMap((item) => item.events), contacts: [], reminders: [], reflections: [] };
  return planRecords(records, settings, now, search);
}
