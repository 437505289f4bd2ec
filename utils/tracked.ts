import { differenceInCalendarDays } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { readEventsOf } from './db/queries/application';
import { getSettings } from './db/queries/settings';
import { findTracked } from './db/repository';
import { byTime } from './model/stage';
import type { AppEvent, Application, Stage } from './model/application';
import type { TrackedSummary } from './messages';

const STAGE_VERB: Record<Stage, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interview',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Closed',
  withdrawn: 'Withdrawn',
  'no-response': 'Closed',
};

/** "Applied 5 days ago": what a revisited posting shows instead of offering to save it again. */
export function trackedLabel(application: Application, events: readonly AppEvent[], now: Date, timeZone: string): string {
  const latest = [...events].sort(byTime).reverse().find((event) => event.type !== 'note' || event.stage);
  const when = latest ? relativeDay(new Date(latest.at), now, timeZone) : relativeDay(new Date(application.createdAt), now, timeZone);
  return `${STAGE_VERB[application.stage]} ${when}`;
}

function relativeDay(at: Date, now: Date, timeZone: string): string {
  const days = differenceInCalendarDays(new TZDate(now.getTime(), timeZone), new TZDate(at.getTime(), timeZone));
  if (days < -1) return `in ${-days} days`;
  if (days === -1) return 'tomorrow';
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  return `${Math.round(days / 30)} months ago`;
}

/** What a tracked posting shows, in the user's zone. */
export async function trackedSummary(application: Application, now: Date = new Date()): Promise<TrackedSummary> {
  const [events, { timeZone }] = await Promise.all([readEventsOf(application.id), getSettings()]);
  return {
    applicationId: application.id,
    company: application.company,
    title: application.title,
    stage: application.stage,
    label: trackedLabel(application, events, now, timeZone),
  };
}

/** What Ajar shows for a posting it tracks already (the same address, or the same company and title), or null. */
export async function lookupTracked(posting: { url?: string | null; company?: string | null; title?: string | null }, now: Date = new Date()): Promise<TrackedSummary | null> {
  const match = await findTracked(posting);
  return match ? trackedSummary(match.application, now) : null;
}
