import { TZDate } from '@date-fns/tz';

/** Midnight of the local day that contains `time` in the user's zone, plus `days` whole local days. */
export function startOfLocalDay(time: number, timeZone: string, days = 0): number {
  const local = new TZDate(time, timeZone);
  return new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + days, 0, 0, 0, timeZone).getTime();
}
