import { TZDate } from '@date-fns/tz';
import type { Settings } from '../model/settings';
import { inZone } from './local-time';

/** Minutes after local midnight of an "HH:mm" setting, or null when it cannot be read. */
function minutesOfDay(hhmm: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** A11: nothing is due at night — a time inside quiet hours moves to the moment they end (local). */
export function afterQuietHours(time: number, settings: Pick<Settings, 'quietHoursStart' | 'quietHoursEnd'>, timeZone: string): number {
  const start = minutesOfDay(settings.quietHoursStart);
  const end = minutesOfDay(settings.quietHoursEnd);
  if (start === null || end === null || start === end) return time;
  const local = inZone(time, timeZone);
  const now = local.getHours() * 60 + local.getMinutes();
  const wrapsMidnight = start > end;
  const inside = wrapsMidnight ? now >= start || now < end : now >= start && now < end;
  if (!inside) return time;
  // When the window wraps midnight and we are before it, it ends tomorrow; otherwise today.
  const dayOffset = wrapsMidnight && now >= start ? 1 : 0;
  const ends = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + dayOffset, Math.floor(end / 60), end % 60, 0, timeZone);
  return ends.getTime();
}
