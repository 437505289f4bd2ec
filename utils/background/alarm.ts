import { browser } from 'wxt/browser';
import { getSettings } from '../db/queries/settings';
import { nextDueAfter } from '../db/queries/due-prompts';
import { afterQuietHours } from '../followups/quiet-hours';
import { undelivered } from './deliver';

export const ALARM_NAME = 'ajar-next-prompt';

/**
 * Keeps exactly one alarm, at the next moment something needs the user: the next prompt coming due,
 * or the end of quiet hours when prompts are waiting. Idempotent: an alarm already set for that time is
 * left alone, so calling this after every write and on every wake costs one index read.
 */
export async function rearm(now: Date = new Date()): Promise<number | null> {
  const settings = await getSettings();
  let next = await nextDueAfter(now, settings);
  const quietEnd = afterQuietHours(now.getTime(), settings, settings.timeZone);
  if (quietEnd > now.getTime() && (await undelivered(now, settings)).length > 0) next = next === null ? quietEnd : Math.min(next, quietEnd);
  const existing = await browser.alarms.get(ALARM_NAME);
  if (next === null) {
    if (existing) await browser.alarms.clear(ALARM_NAME);
    return null;
  }
  if (!existing || Math.abs(existing.scheduledTime - next) > 500) {
    await browser.alarms.create(ALARM_NAME, { when: Math.max(next, now.getTime() + 1000) });
  }
  return next;
}
