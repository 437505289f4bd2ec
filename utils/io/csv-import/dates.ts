/** Which number comes first in a date like 03/04/2026: the month (US) or the day (most of the world). */
export type DayOrder = 'mdy' | 'dmy';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?:[T ,]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?$/i;
const MONTH_FIRST = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i;

/**
 * Decides d/m or m/d for one column from all of its values: a first number above 12 can only be a day,
 * a second one above 12 only a day too. When nothing decides, dots mean day-first (14.03.2026 is
 * European) and slashes month-first (the US spreadsheets most trackers export). `null` means the
 * column contradicts itself.
 */
export function detectDayOrder(values: readonly string[]): DayOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  let dots = 0;
  let slashes = 0;
  for (const value of values) {
    const match = NUMERIC.exec(value.trim());
    if (!match) continue;
    const [first, second] = [Number(match[1]), Number(match[3])];
    if (first > 12 && second <= 12) dayFirst = true;
    if (second > 12 && first <= 12) monthFirst = true;
    if (match[2] === '.') dots += 1;
    else slashes += 1;
  }
  if (dayFirst && monthFirst) return null;
  if (dayFirst) return 'dmy';
  if (monthFirst) return 'mdy';
  return dots > slashes ? 'dmy' : 'mdy';
}

/** A calendar date as yyyy-MM-dd, or null when the text is not a date that exists. */
export function parseCalendarDate(text: string, order: DayOrder): string | null {
  const value = text.trim();
  let parts: [number, number, number] | null = null;
  let match = ISO.exec(value);
  if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = NUMERIC.exec(value))) {
    const [a, b] = [Number(match[1]), Number(match[3])];
    const year = match[4].length === 2 ? 2000 + Number(match[4]) : Number(match[4]);
    parts = order === 'mdy' ? [year, a, b] : [year, b, a];
  } else if ((match = MONTH_FIRST.exec(value))) parts = withMonthName(match[1], match[2], match[3]);
  else if ((match = DAY_FIRST.exec(value))) parts = withMonthName(match[2], match[1], match[3]);
  if (!parts) return null;
  const [year, month, day] = parts;
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function withMonthName(name: string, day: string, year: string): [number, number, number] | null {
  const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  // "Marc" or "Mayo" are not months: the text must be the start of the month's English name.
  if (month === 0 || !fullMonthName(month).startsWith(name.toLowerCase())) return null;
  return [Number(year), month, Number(day)];
}

function fullMonthName(month: number): string {
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }).toLowerCase();
}

/** 31/02 and 29/02 of a common year are refused rather than rolled over into March. */
function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1970 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
