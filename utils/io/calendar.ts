import { createEvents, type EventAttributes } from 'ics';
import { readAllContacts, readInterviews } from '../db/queries/application';
import { readApplicationsById } from '../db/queries/pipeline';
import { readPromptsDueBy } from '../db/queries/prompts';
import { pipelinePrompt } from '../db/queries/due-prompts';
import { loadPromptContexts } from '../db/queries/prompt-context';
import { getSettings } from '../db/queries/settings';
import { countLiveApplications } from '../db/queries/pipeline-health';
import { type AppEvent, type Application, type Contact } from '../model/application';
import type { PendingPrompt } from '../model/prompts';
import type { Settings } from '../model/settings';
import { finalizePrompt, isActionable } from '../followups';
import { promptTitle } from '../followups/wording';
import { roleAtCompany } from '../followups/wording-parts';
import { foldByOctets } from './ics-fold';
import { oneLine, paragraphs } from '../line-breaks';

// The 'ics' package escapes LF only: a lone CR from an imported field would reach the file raw, and a
// calendar app could read what follows it as a property of its own (a second event, an alarm). So titles
// and names are flattened to one line and notes keep their breaks as LFs, which it escapes.
const PROMPT_MINUTES = 15;
const QUARTER_HOUR = 15 * 60_000;
/** Prompts further out than this are too tentative to put in a calendar; they move as things happen. */
const HORIZON_DAYS = 90;

export interface CalendarInterview {
  event: AppEvent;
  application: Application;
  contacts: Contact[];
}

export interface CalendarPrompt {
  prompt: PendingPrompt;
  application: Application | null;
  contact: Contact | null;
  event: AppEvent | null;
}

export interface CalendarData {
  interviews: CalendarInterview[];
  prompts: CalendarPrompt[];
  settings: Settings;
  now: Date;
  /** How many applications are live, for the pipeline prompt's wording. */
  activeCount: number;
}

/**
 * An RFC 5545 calendar of upcoming interviews and pending prompts. Times are written in UTC, so every
 * calendar app places them right whatever its own zone and across DST changes; UIDs come from Ajar's
 * ids, so importing a newer export updates the entries instead of doubling them.
 */
export function buildCalendar(data: CalendarData): string {
  const events: EventAttributes[] = [
    ...data.interviews.map((item) => interviewEntry(item, data.settings)),
    ...data.prompts.map((item) => promptEntry(item, data)),
  ];
  if (events.length === 0) return emptyCalendar();
  const { error, value } = createEvents(events, { productId: 'ajar/calendar', calName: 'Ajar', method: 'PUBLISH' });
  if (error || !value) throw new Error(`The calendar could not be written: ${error?.message ?? 'no output'}`);
  return foldByOctets(value);
}

function interviewEntry({ event, application, contacts }: CalendarInterview, settings: Settings): EventAttributes {
  const people = contacts.map((contact) => contact.name.trim()).filter(Boolean);
  const role = roleAtCompany(application.title, application.company);
  const minutes = event.durationMinutes ?? settings.interviewLengthMinutes ?? 60;
  return {
    uid: `interview-${uidPart(event.id)}@ajar`,
    start: Date.parse(event.at),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes },
    title: oneLine(`${event.final ? 'Final interview' : 'Interview'}${people.length ? ` with ${people.join(', ')}` : ''} (${role})`),
    description: [oneLine(role), paragraphs(event.note?.trim() ?? ''), application.url ? `Posting: ${oneLine(application.url)}` : ''].filter(Boolean).join('\n'),
    ...webUrl(application.url),
    busyStatus: 'BUSY',
  };
}

function promptEntry({ prompt, application, contact, event }: CalendarPrompt, data: CalendarData): EventAttributes {
  const due = Date.parse(prompt.dueAt);
  // A prompt already due goes at the next quarter hour: a calendar entry in the past would never be seen.
  const start = due > data.now.getTime() ? due : Math.ceil(data.now.getTime() / QUARTER_HOUR) * QUARTER_HOUR;
  // Worded as it will read when it comes due, not as it reads at the moment of export.
  const title = promptTitle(prompt, { application, contact, event, now: new Date(start), timeZone: data.settings.timeZone, settings: data.settings, activeCount: data.activeCount });
  const role = application ? roleAtCompany(application.title, application.company) : '';
  return {
    uid: `prompt-${uidPart(prompt.id)}@ajar`,
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: PROMPT_MINUTES },
    title: oneLine(title),
    description: [oneLine(role), 'Open Ajar to see the draft and mark it done.', application?.url ? `Posting: ${oneLine(application.url)}` : ''].filter(Boolean).join('\n'),
    ...webUrl(application?.url),
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
  };
}

/**
 * An id inside a UID: an id from a backup or a spreadsheet may hold a control character, which is
 * percent-encoded so it cannot break the line; Ajar's own ids are unchanged, so re-imports still update.
 */
function uidPart(id: string): string {
  // oxlint-disable-next-line no-control-regex -- matching control characters is the point
  return id.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (char) => encodeURIComponent(char));
}

function webUrl(url: string | null | undefined): { url?: string } {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? { url } : {};
}

/** `ics` refuses an empty list; an empty calendar is still a valid file to hand to a calendar app. */
function emptyCalendar(): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:ajar/calendar', 'METHOD:PUBLISH', 'X-WR-CALNAME:Ajar', 'END:VCALENDAR', ''].join('\r\n');
}

/** Reads what the calendar needs: interviews still ahead, and prompts due within the horizon. */
export async function exportCalendar(now: Date = new Date()): Promise<string> {
  const settings = await getSettings();
  // Times may carry different UTC offsets, so they are compared parsed, not as indexed text.
  const scheduled = await readInterviews();
  // Soonest first, so the file reads like an agenda and is the same for the same data.
  const interviewsAhead = scheduled.filter((event) => Date.parse(event.at) >= now.getTime()).sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));
  const [applications, contacts] = await Promise.all([
    readApplicationsById([...new Set(interviewsAhead.map((event) => event.applicationId))]),
    readAllContacts(),
  ]);
  const applicationById = new Map(applications.map((a) => [a.id, a]));
  const interviews = interviewsAhead.flatMap((event) => {
    const application = applicationById.get(event.applicationId);
    if (!application) return [];
    const linked = contacts.filter((contact) => (event.contactIds ?? []).includes(contact.id));
    return [{ event, application, contacts: linked }];
  });
  const live = await promptsAhead(now, settings);
  const contexts = await loadPromptContexts(live);
  const prompts = live.map((prompt) => ({ prompt, application: null, contact: null, event: null, ...contexts.get(prompt.id) }));
  const activeCount = await countLiveApplications();
  return buildCalendar({ interviews, prompts, settings, now, activeCount });
}

/**
 * Stored prompts due within the horizon that will be actionable when they come due — a thank-you for
 * tomorrow's interview belongs in the calendar even though it cannot be acted on yet — plus the
 * pipeline nudge.
 */
async function promptsAhead(now: Date, settings: Settings): Promise<PendingPrompt[]> {
  const horizon = new Date(now.getTime() + HORIZON_DAYS * 86_400_000).toISOString();
  const stored = await readPromptsDueBy(horizon);
  const pipeline = await pipelinePrompt(now, settings);
  return [...stored, ...(pipeline ? [pipeline] : [])]
    .map((prompt) => finalizePrompt(prompt, now, settings, settings.timeZone))
    .filter((prompt) => isActionable(prompt, new Date(Math.max(Date.parse(prompt.dueAt), now.getTime()))))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
}

export function calendarFileName(now: Date = new Date()): string {
  return `ajar-calendar-${now.toISOString().slice(0, 10)}.ics`;
}
