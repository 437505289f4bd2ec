// The local calendar day as yyyy-MM-dd. date-fns' `format` would do, but it brings its whole token
// engine and English locale (~20 kB) into the job-board content script for this one pattern.

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Local yyyy-MM-dd of `date`; years before 1 AD count as era years, as date-fns' "yyyy" does. */
export function calendarDay(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid time value');
  const year = date.getFullYear();
  return `${pad(year > 0 ? year : 1 - year, 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}
