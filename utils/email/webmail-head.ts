import { TZDate } from '@date-fns/tz';
import { parseAddress } from './address';
import { readingsPerLanguage } from './date-languages';
import type { Address } from './message';

// A message copied from a webmail view keeps its head without labels: the sender's name (perhaps with the address),
// the time it was sent as that view shows it, and perhaps "to me" — then a blank line and the body.
//   Jess Whitford
//   Mon 9/03/2026 4:12 PM
// The time is shown in the reader's own zone, so it is read there.

export interface WebmailHead {
  from: Address | null;
  /** Gmail prints the subject over the sender. */
  subject: string | null;
  date: Date;
  body: string;
}

// "Mon 9/03/2026 4:12 PM", "Tue, 10.03.2026 09:14": numbers only, which D/M or M/D the weekday settles.
// Outlook in Dutch or German writes "wo 4-2-2026 17:05", "Mi 04.02.2026 17:05".
const NUMERIC = /^(?:(mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|mi[ée]|jeu|jue|ven|vie|sam|s[áa]b|dim|dom|ma|di|wo|do|vr|za|zo|mo|mi|fr|sa|so)\p{L}*\.?,?\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}),?\s+(?:at\s+|um\s+|om\s+|à\s+)?(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?$/iu;
// The day of the week each abbreviation names, Sunday 0, in the languages read.
const WEEKDAY_NUMBER: Record<string, number> = { sun: 0, zo: 0, so: 0, dim: 0, dom: 0, mon: 1, ma: 1, mo: 1, lun: 1, tue: 2, di: 2, mar: 2, wed: 3, wo: 3, mi: 3, mer: 3, 'mié': 3, mie: 3, thu: 4, do: 4, jeu: 4, jue: 4, fri: 5, vr: 5, fr: 5, ven: 5, vie: 5, sat: 6, za: 6, sa: 6, sam: 6, 'sáb': 6, sab: 6 };
// "to me", "To: Daniel Reyes", "à moi": who it went to, as the view prints it.
const RECIPIENT_LINE = /^(?:to|à|an|para|aan)\s*:?\s+\S/i;
const CLOCK = /\d{1,2}[:.h]\d{2}|\d\s*(?:am|pm)\b/i;

type Wall = { year: number; month: number; day: number; hour: number; minute: number };
const AGO = /\s*\((?:[^()]*\bago|il y a[^()]*|vor [^()]*|hace [^()]*|[^()]* geleden)\)\s*$/i;

/**
 * The wall clock a date line shows, or null when the line is anything more than a date and a time. Gmail leaves out
 * this year's year ("Mon, Jun 15, 4:52 PM (2 hours ago)") and, for today's mail, the day ("4:52 PM (2 hours ago)"):
 * with the moment the message is read, those are placed on the last such day not after it.
 */
function wallClock(line: string, timeZone: string, now: Date | null): Wall | null {
  const text = line.replace(AGO, '').trim();
  if (text.length > 60 || !CLOCK.test(text)) return null;
  if (!/\b\d{4}\b/.test(text)) return now ? thisYearsClock(text, AGO.test(line), timeZone, now) : null;
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, weekday, first, second, year, hour, minute, half] = numeric;
    if (Number(hour) > (half ? 12 : 23)) return null;
    const clock = { hour: half ? (Number(hour) % 12) + (half.toLowerCase() === 'p' ? 12 : 0) : Number(hour), minute: Number(minute) };
    const dayFirst = { year: Number(year), month: Number(second), day: Number(first) };
    const monthFirst = { year: Number(year), month: Number(first), day: Number(second) };
    const valid = [dayFirst, monthFirst].filter(({ year: y, month, day }) => month >= 1 && month <= 12 && new Date(Date.UTC(y, month - 1, day)).getUTCDate() === day);
    const named = weekday ? valid.filter(({ year: y, month, day }) => new Date(Date.UTC(y, month - 1, day)).getUTCDay() === WEEKDAY_NUMBER[weekday.toLowerCase()]) : valid;
    // Without a weekday to settle it, the way the reader's country writes dates: month first in the Americas' US zones.
    const usual = timeZone.startsWith('America/') && !/Sao_Paulo|Argentina|Bogota|Lima|Santiago|Caracas|Montevideo|Mexico_City/.test(timeZone) ? monthFirst : dayFirst;
    const pick = named.length === 1 ? named[0] : named.includes(usual) ? usual : named[0];
    return pick ? { ...pick, ...clock } : null;
  }
  const reading = wholeLineReading(text);
  if (!reading) return null;
  const { start } = reading;
  if (!start.isCertain('year') || !start.isCertain('day') || !start.isCertain('hour')) return null;
  return { year: start.get('year')!, month: start.get('month')!, day: start.get('day')!, hour: start.get('hour')!, minute: start.get('minute') ?? 0 };
}

/** The date-and-time reading that is the whole line but for a weekday: "Interview on Tuesday 10 March 2026 at 9" is a sentence. */
function wholeLineReading(text: string) {
  const [reading] = readingsPerLanguage(text).flat().sort((a, b) => b.text.length - a.text.length);
  if (!reading) return null;
  const rest = `${text.slice(0, reading.index)} ${text.slice(reading.index + reading.text.length)}`;
  return /^[\s,.]*(?:(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|jue|vie|s[áa]b|dom)\p{L}*\.?)?[\s,.]*$/iu.test(rest) ? reading : null;
}

/** "Mon, Jun 15, 4:52 PM", or "4:52 PM (2 hours ago)" for today: the latest such time not after `now`. */
function thisYearsClock(text: string, saysAgo: boolean, timeZone: string, now: Date): Wall | null {
  const reading = wholeLineReading(text);
  if (!reading || !reading.start.isCertain('hour')) return null;
  const clock = { hour: reading.start.get('hour')!, minute: reading.start.get('minute') ?? 0 };
  const today = new TZDate(now.getTime(), timeZone);
  // A bare time is only a head when the view says how long ago it was: "10:00 AM" alone could be anything.
  if (!reading.start.isCertain('day')) {
    if (!saysAgo) return null;
    const wall = { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate(), ...clock };
    if (new TZDate(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, 0, timeZone).getTime() <= now.getTime()) return wall;
    const yesterday = new TZDate(wall.year, wall.month - 1, wall.day - 1, 12, 0, 0, timeZone);
    return { year: yesterday.getFullYear(), month: yesterday.getMonth() + 1, day: yesterday.getDate(), ...clock };
  }
  const [month, day] = [reading.start.get('month')!, reading.start.get('day')!];
  const sentIn = (year: number) => new TZDate(year, month - 1, day, clock.hour, clock.minute, 0, timeZone).getTime();
  const year = sentIn(today.getFullYear()) <= now.getTime() ? today.getFullYear() : today.getFullYear() - 1;
  return { year, month, day, ...clock };
}

/** A sender's line: a name, perhaps with an address, and nothing like a sentence. */
function senderOf(line: string): Address | null {
  if (line.length > 90 || /[.!?:;,]$/.test(line) || line.split(/\s+/).length > 8) return null;
  const address = parseAddress(line);
  return address?.name || address?.email ? address : null;
}

/** The head of a message pasted from a webmail view, or null when the text opens any other way. */
export function webmailHead(text: string, timeZone: string, now: Date | null = null): WebmailHead | null {
  const paragraphs = text.trim().split(/\n[ \t]*\n/);
  const lines = (paragraphs[0] ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  if (paragraphs.length < 2 || lines.length < 2 || lines.length > 4) return null;
  let date: Date | null = null;
  const named: Array<{ line: string; address: Address }> = [];
  for (const line of lines) {
    const clock: ReturnType<typeof wallClock> = date ? null : wallClock(line, timeZone, now);
    if (clock) date = new TZDate(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, 0, timeZone);
    else if (RECIPIENT_LINE.test(line)) continue;
    else {
      const address = named.length < 2 ? senderOf(line) : null;
      if (!address) return null;
      named.push({ line, address });
    }
  }
  if (!date || Number.isNaN(date.getTime())) return null;
  return { from: named.at(-1)?.address ?? null, subject: named.length === 2 ? named[0].line : null, date: new Date(date.getTime()), body: paragraphs.slice(1).join('\n\n').trim() };
}
