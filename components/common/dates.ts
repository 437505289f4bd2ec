import { TZDate } from '@date-fns/tz';

// Dates are shown in the browser's locale but in the time zone the user chose in Settings, so a
// prompt "due at 09:00" reads 09:00 wherever the laptop happens to be.

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(undefined, { ...options, timeZone });
    formatters.set(key, found);
  }
  return found;
}

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time);
}

/** "Mar 10, 2026" */
export function formatDate(iso: string | null | undefined, timeZone: string): string {
  const date = parse(iso);
  return date ? formatter(timeZone, { dateStyle: 'medium' }).format(date) : '';
}

/** "Mar 10, 2026, 2:00 PM" */
export function formatDateTime(iso: string | null | undefined, timeZone: string): string {
  const date = parse(iso);
  return date ? formatter(timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(date) : '';
}

/** The local calendar date ("yyyy-MM-dd") of an instant in a zone. */
export function localDateOf(time: number, timeZone: string): string {
  const local = new TZDate(time, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** "HH:mm" local time of an instant in a zone. */
export function localTimeOf(time: number, timeZone: string): string {
  const local = new TZDate(time, timeZone);
  return `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
}

/** What a form says when its date and time fields name no instant. */
export const UNREADABLE_DATE_TIME = 'That date or time could not be read. Try a date like 2026-03-10 and a time like 14:00.';

/** The instant a local date ("yyyy-MM-dd") and time ("HH:mm") name in a zone, or null when unreadable. */
export function instantOf(date: string, time: string, timeZone: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{1,2}):(\d{2})$/.exec(time || '00:00');
  if (!day || !clock) return null;
  const local = new TZDate(Number(day[1]), Number(day[2]) - 1, Number(day[3]), Number(clock[1]), Number(clock[2]), 0, timeZone);
  return Number.isNaN(local.getTime()) ? null : new Date(local.getTime());
}
