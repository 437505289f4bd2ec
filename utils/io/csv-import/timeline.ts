import { TZDate } from '@date-fns/tz';
import { newId } from '../../db/ids';
import type { AppEvent, EventType, Stage } from '../../model/application';

export interface ImportedDates {
  /** yyyy-MM-dd local dates from the file; any may be missing. */
  saved: string | null;
  applied: string | null;
  lastActivity: string | null;
}

// The event that records each outcome; a stage on the event makes the move explicit (the way a move on the
// board does). "Interviewing" is recorded as the employer's response, not as an interview at an invented
// hour, so no thank-you note is suggested for a meeting whose time the file does not know.
const OUTCOME: Partial<Record<Stage, { type: EventType; stage: Stage }>> = {
  interviewing: { type: 'response', stage: 'interviewing' },
  offer: { type: 'offer', stage: 'offer' },
  accepted: { type: 'accepted', stage: 'accepted' },
  rejected: { type: 'rejected', stage: 'rejected' },
  withdrawn: { type: 'withdrawn', stage: 'withdrawn' },
  'no-response': { type: 'note', stage: 'no-response' },
};

// Hours of the local day for each step: dates in the file have no time, and spreading the steps over the
// day keeps them in order when they fall on the same date.
const SAVED_HOUR = 9;
const APPLIED_HOUR = 12;
const OUTCOME_HOUR = 17;

/**
 * The timeline an imported application needs so that its stage, its "applied N days ago" and its
 * follow-ups come out as they would have had the user tracked it in Ajar from the start.
 */
export function importedTimeline(applicationId: string, stage: Stage, dates: ImportedDates, timeZone: string, now: Date, note: string): { events: AppEvent[]; savedAt: string } {
  const todayText = localToday(now, timeZone);
  const savedDate = earliest(dates.saved, dates.applied, dates.lastActivity) ?? todayText;
  // A row still in "Applied" was last moved when it was sent, so its last activity dates the application.
  const appliedGuess = dates.applied ?? (stage === 'applied' ? dates.lastActivity : null) ?? dates.saved ?? dates.lastActivity;
  const appliedDate = latest(savedDate, appliedGuess ?? savedDate);
  const outcomeDate = latest(appliedDate, dates.lastActivity ?? appliedDate);
  const createdAt = now.toISOString();
  const event = (type: EventType, date: string, hour: number, extra: Partial<AppEvent> = {}): AppEvent => ({
    id: newId(), applicationId, type, at: atLocal(date, hour, timeZone), createdAt, ...extra,
  });
  const events = [event('saved', savedDate, SAVED_HOUR)];
  if (stage !== 'saved') events.push(event('applied', appliedDate, APPLIED_HOUR));
  const outcome = OUTCOME[stage];
  if (outcome) events.push(event(outcome.type, outcomeDate, OUTCOME_HOUR, { stage: outcome.stage, note }));
  return { events, savedAt: events[0].at };
}

// Every row of an import asks for the same "today"; resolving the zone once saves ~7 µs a row.
let lastToday: { time: number; timeZone: string; text: string } | null = null;
function localToday(now: Date, timeZone: string): string {
  if (lastToday?.time === now.getTime() && lastToday.timeZone === timeZone) return lastToday.text;
  const today = new TZDate(now.getTime(), timeZone);
  const text = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  lastToday = { time: now.getTime(), timeZone, text };
  return text;
}

/** A local wall-clock time on a date, as a UTC ISO time (the zone's DST rules decide the offset). */
export function atLocal(date: string, hour: number, timeZone: string): string {
  // A spreadsheet repeats the same few hundred dates; resolving a zone's offset is the costly part of a row.
  const key = `${timeZone}|${date}|${hour}`;
  const known = LOCAL_TIMES.get(key);
  if (known !== undefined) return known;
  const [year, month, day] = date.split('-').map(Number);
  const iso = new Date(new TZDate(year, month - 1, day, hour, 0, 0, timeZone).getTime()).toISOString();
  if (LOCAL_TIMES.size >= LOCAL_TIMES_KEPT) LOCAL_TIMES.clear();
  LOCAL_TIMES.set(key, iso);
  return iso;
}

// Enough for years of dates at three hours each; the zone's rules never change while the extension runs.
const LOCAL_TIMES_KEPT = 20_000;
const LOCAL_TIMES = new Map<string, string>();

function earliest(...dates: (string | null)[]): string | null {
  const known = dates.filter((date): date is string => Boolean(date)).sort();
  return known[0] ?? null;
}

function latest(a: string, b: string): string {
  return a > b ? a : b;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
