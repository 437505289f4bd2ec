import { TZDate } from '@date-fns/tz';
import { addBusinessDays, addDays, isWeekend, subBusinessDays } from 'date-fns';

// Every "local" time in the engine is wall-clock time in the user's zone, so a 09:00 prompt stays at 09:00
// across a daylight-saving change. TZDate makes date-fns do its calendar arithmetic in that zone.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

export function inZone(time: number, timeZone: string): TZDate {
  return new TZDate(time, timeZone);
}

/** The same local calendar day as `day`, at a local hour (fractions allowed: 9.5 is 09:30). */
export function atLocalHour(day: Date, hour: number, timeZone: string): TZDate {
  const local = inZone(day.getTime(), timeZone);
  const minutes = Math.round(hour * 60);
  return new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), Math.floor(minutes / 60), minutes % 60, 0, timeZone);
}

/** A `yyyy-MM-dd` local calendar date at a local hour, or null when the text is not such a date. */
export function localDateAtHour(date: string, hour: number, timeZone: string): TZDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const noon = new TZDate(year, month - 1, day, 12, 0, 0, timeZone);
  // Reject 2026-02-31 and the like instead of silently rolling into the next month.
  if (noon.getFullYear() !== year || noon.getMonth() !== month - 1 || noon.getDate() !== day) return null;
  return atLocalHour(noon, hour, timeZone);
}

export function addLocalBusinessDays(time: number, days: number, timeZone: string): number {
  return addBusinessDays(inZone(time, timeZone), days).getTime();
}

export function subLocalBusinessDays(time: number, days: number, timeZone: string): number {
  return subBusinessDays(inZone(time, timeZone), days).getTime();
}

export function addLocalDays(time: number, days: number, timeZone: string): number {
  return addDays(inZone(time, timeZone), days).getTime();
}

/** The last business day strictly before the local day of `time`. */
export function previousBusinessDay(time: number, timeZone: string): TZDate {
  let day = addDays(inZone(time, timeZone), -1);
  while (isWeekend(day)) day = addDays(day, -1);
  return day;
}

/** The first `weekday` (0 Sunday … 6 Saturday) at `hour` local on or after the local day of `time`. */
export function weekdayOnOrAfter(time: number, weekday: number, hour: number, timeZone: string): TZDate {
  const today = inZone(time, timeZone);
  const ahead = (((weekday - today.getDay()) % 7) + 7) % 7;
  return atLocalHour(addDays(today, ahead), hour, timeZone);
}
