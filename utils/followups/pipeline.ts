import type { PendingPrompt, Reminder } from '../model/prompts';
import type { Settings } from '../model/settings';
import { addLocalDays, weekdayOnOrAfter } from './local-time';
import { promptKey } from './prompt-key';
import { afterQuietHours } from './quiet-hours';

export const PIPELINE_KEY = promptKey('pipeline', null, null, null);

/** The weekly nudge slot (Monday 09:00 local by default) on or after the local day of `time`. */
function nudgeSlot(time: number, settings: Settings, timeZone: string): number {
  return weekdayOnOrAfter(time, settings.pipelineNudgeWeekday, settings.pipelineNudgeHourLocal, timeZone).getTime();
}

// A9: when fewer applications than the target are live, one weekly nudge to add more.
export function planPipeline(activeCount: number, reminders: Reminder[], settings: Settings, now: Date, timeZone: string): PendingPrompt | null {
  if (activeCount >= settings.pipelineTarget) return null;
  let due = nudgeSlot(now.getTime(), settings, timeZone);
  const decision = reminders.find((reminder) => reminder.id === PIPELINE_KEY);
  if (decision?.status === 'snoozed' && decision.until && !Number.isNaN(Date.parse(decision.until))) {
    due = Date.parse(decision.until);
  } else if (decision && decision.status !== 'snoozed') {
    // The nudge recurs: done or dismissed settles the slot it was showing, and the next week's comes back.
    const settledSlot = nudgeSlot(Date.parse(decision.decidedAt), settings, timeZone);
    const nextSlot = nudgeSlot(addLocalDays(settledSlot, 1, timeZone), settings, timeZone);
    due = Math.max(due, nextSlot);
  }
  return {
    id: PIPELINE_KEY,
    kind: 'pipeline',
    applicationId: null,
    eventId: null,
    contactId: null,
    dueAt: new Date(afterQuietHours(due, settings, timeZone)).toISOString(),
  };
}
