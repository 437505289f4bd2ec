import { isValid, subDays, subHours, subMinutes, subMonths, subWeeks, subYears } from 'date-fns';
import { calendarDay } from './calendar-day';

const MONTHS: Record<string, number> = {};
[
  ['january', 'jan', 'januar', 'janvier', 'enero'],
  ['february', 'feb', 'februar', 'février', 'febrero'],
  ['march', 'mar', 'marts', 'märz', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'abril'],
  ['may', 'maj', 'mai', 'mayo'],
  ['june', 'jun', 'juni', 'juin', 'junio'],
  ['july', 'jul', 'juli', 'juillet', 'julio'],
  ['august', 'aug', 'août', 'agosto'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'décembre', 'diciembre'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i)));

function ymd(y: number, m: number, d: number): string | null {
  const dt = new Date(y, m, d);
  if (!isValid(dt) || dt.getFullYear() !== y || dt.getMonth() !== m || dt.getDate() !== d) return null;
  if (y < 1990 || y > 2100) return null;
  return calendarDay(dt);
}

const UNITS: Array<[RegExp, (d: Date, n: number) => Date]> = [
  [/^(m|min|mins|minute|minutes)$/, subMinutes],
  [/^(h|hr|hrs|hour|hours)$/, subHours],
  [/^(d|day|days)$/, subDays],
  [/^(w|wk|wks|week|weeks)$/, subWeeks],
  [/^(mo|mos|month|months)$/, subMonths],
  [/^(y|yr|yrs|year|years)$/, subYears],
];

// Boards show a signed-in reader's posted time in their language ("Ripubblicata: 1 ora fa", "vor 3 Tagen").
const FOREIGN_UNITS: Array<[RegExp, (d: Date, n: number) => Date]> = [
  [/^(minut[oi]|minuten?|minutes?|minutos?)$/, subMinutes],
  [/^(or[ae]|stunden?|heures?|horas?|uur)$/, subHours],
  [/^(giorn[oi]|tag(en)?|jours?|d[ií]as?|dag(en)?)$/, subDays],
  [/^(settiman[ae]|wochen?|semaines?|semanas?|weken|week)$/, subWeeks],
  [/^(mes[ei]|monat(en)?|mois|mes(es)?|m[eê]s|maand(en)?)$/, subMonths],
  [/^(ann[oi]|jahr(en)?|ans?|años?|anos?|jaar)$/, subYears],
];
const FOREIGN_AGO = [
  /(\d+|un[ao]?)\s+([a-zà-ü]+)\s+fa(?![a-z])/, /(?:^|[^a-z])vor\s+(\d+|einem|einer)\s+([a-zà-ü]+)/, /il y a\s+(\d+|une?)\s+([a-zà-ü]+)/,
  /(?:^|[^a-z])hace\s+(\d+|una?)\s+([a-zà-ü]+)/, /(?:^|[^a-z])há\s+(\d+|uma?)\s+([a-zà-ü]+)/, /(\d+|een)\s+([a-z]+)\s+geleden/,
];

function counted(n: string, unitWord: string, units: typeof UNITS, now: Date): string | null {
  const count = /^\d+$/.test(n) ? parseInt(n, 10) : 1;
  const unit = units.find(([re]) => re.test(unitWord));
  return unit && count <= 5000 ? calendarDay(unit[1](now, count)) : null;
}

function relative(s: string, now: Date): string | null {
  if (/\b(today|just posted|just now|new today|posted now|heute|oggi|hoy|hoje|vandaag)\b|aujourd.hui/.test(s)) return calendarDay(now);
  if (/\b(yesterday|gestern|ieri|ayer|ontem|gisteren)\b/.test(s)) return calendarDay(subDays(now, 1));
  const m = /\b(\d+|an?|one)\s*\+?\s*([a-z]+)\s+ago\b/.exec(s);
  if (m) return counted(m[1], m[2], UNITS, now);
  for (const re of FOREIGN_AGO) {
    const f = re.exec(s);
    if (f) return counted(f[1], f[2], FOREIGN_UNITS, now);
  }
  return null;
}

/**
 * A date as yyyy-MM-dd from ISO strings, "18 October 2024", "Oct 18, 2024", "18. oktober 2024",
 * or relative text ("3 days ago", "30+ days ago", "today") counted back from `now`.
 */
export function parseDate(v: unknown, now: Date = new Date()): string | null {
  if (typeof v === 'number' && v > 0) {
    const d = new Date(v > 1e11 ? v : v * 1000);
    return isValid(d) ? calendarDay(d) : null;
  }
  if (typeof v !== 'string') return null;
  const s = v.trim().toLowerCase().slice(0, 200);
  if (!s) return null;
  // The calendar day the site wrote, not shifted through the reader's time zone.
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s) ?? /\b(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b/.exec(s);
  if (m) return ymd(+m[1], +m[2] - 1, +m[3]);
  const rel = relative(s, now);
  if (rel) return rel;
  m = /\b(\d{1,2})\.?\s+([a-zéû]+)\.?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[2]] !== undefined) return ymd(+m[3], MONTHS[m[2]], +m[1]);
  m = /\b([a-zéû]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[1]] !== undefined) return ymd(+m[3], MONTHS[m[1]], +m[2]);
  return null;
}
