import { db } from '../db/database';
import { getSettings } from '../db/queries/settings';
import type { Settings } from '../model/settings';
import { CLOSING_KINDS, promptsDueBetween, type LivePrompt } from '../db/queries/due-prompts';
import { searchOutcome } from '../db/queries/search-state';
import { afterQuietHours } from '../followups/quiet-hours';
import { startOfLocalDay } from '../local-day';

export interface Delivery {
  /** One prompt shown on its own. */
  single?: LivePrompt;
  /** Several came due at once (the browser was closed, or a busy day): one summary instead of a flood. */
  summary?: LivePrompt[];
}

/**
 * Decides what to notify now, and records it so a restarted worker never notifies the same thing twice.
 * Quiet: nothing at night (the alarm comes back at the end of quiet hours), at most the daily cap of
 * notifications, and everything held back still waits in the popup.
 *
 * Only what came due since the last delivery is considered: its time is kept (meta 'delivery'), so a wake
 * reads a few prompts, not a backlog of thousands. A prompt written already overdue (a backdated interview,
 * an import, a restore) is on the screen where it was written, and is not notified again later.
 */
export async function takeDelivery(now: Date = new Date()): Promise<Delivery> {
  const settings = await getSettings();
  if (afterQuietHours(now.getTime(), settings, settings.timeZone) > now.getTime()) return {};
  return db.transaction('rw', [db.notices, db.prompts, db.settings, db.applications, db.reminders, db.meta], async () => {
    const fresh = await undelivered(now, settings);
    await markDeliveredThrough(now);
    if (fresh.length === 0) return {};
    const shownToday = await db.notices.where('at').aboveOrEqual(new Date(startOfLocalDay(now.getTime(), settings.timeZone)).toISOString()).filter((notice) => notice.shown).count();
    const canShow = shownToday < settings.notificationsPerDay;
    const delivery: Delivery = !canShow ? {} : fresh.length === 1 ? { single: fresh[0] } : { summary: fresh };
    const at = now.toISOString();
    await db.notices.bulkPut(fresh.map((prompt, index) => ({ id: noticeId(prompt), promptId: prompt.id, at, shown: canShow && index === 0 })));
    return delivery;
  });
}

/**
 * Due since the last delivery and not yet notified (a notice guards against a clock that went back). Once an
 * offer is accepted only what is left to close is notified, as the popup and Today show: a keep-in-touch
 * nudge about the old search would nag someone whose search is over.
 */
export async function undelivered(now: Date, settings: Settings): Promise<LivePrompt[]> {
  const through = (await db.meta.get('delivery'))?.through;
  const done = (await searchOutcome()).kind === 'done';
  const due = (await promptsDueBetween(through, now, settings)).filter((prompt) => !done || CLOSING_KINDS.includes(prompt.kind));
  const notices = await db.notices.bulkGet(due.map(noticeId));
  return due.filter((_, index) => !notices[index]);
}

/** Everything due up to `now` counts as handled from here on (never moved backwards). */
export async function markDeliveredThrough(now: Date): Promise<void> {
  const through = now.toISOString();
  const known = (await db.meta.get('delivery'))?.through;
  if (!known || known < through) await db.meta.put({ key: 'delivery', through });
}

/** A prompt is notified once per due time: a snooze that ends is a new due time, so a new notice. */
export function noticeId(prompt: Pick<LivePrompt, 'id' | 'storedDueAt'>): string {
  return `${prompt.id}@${prompt.storedDueAt}`;
}
