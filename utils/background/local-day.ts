import { startOfDay } from 'date-fns';
import { TZDate } from '@date-fns/tz';

/** Midnight of `now`'s day in the user's time zone: the daily notification cap counts from there. */
export function localDayStart(now: Date, timeZone: string): Date {
  return new Date(startOfDay(new TZDate(now.getTime(), timeZone)).getTime());
}
