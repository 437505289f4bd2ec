import type { AppEvent, Application, EventType, Reflection } from '../../../utils/model/application';

export interface Funnel {
  saved: number;
  applied: number;
  interview: number;
  offer: number;
}

export interface SourceResponse {
  source: string;
  applied: number;
  responded: number;
  /** 0–1 */
  rate: number;
  /** Median whole days from applying to the employer's first move; null when no one answered yet. */
  medianDays: number | null;
}

export interface Tally {
  label: string;
  count: number;
}

export interface Insights {
  funnel: Funnel;
  bySource: SourceResponse[];
  stickingPoints: Tally[];
  skillGaps: Tally[];
  reflections: number;
  rejections: number;
  /** Rejections the user reflected on as outside their control. */
  rejectionsOutsideControl: number;
}

/** What counts as the employer answering (A2): any move on their side. */
const EMPLOYER_MOVES: ReadonlySet<EventType> = new Set(['response', 'interview', 'rejected', 'offer']);

/**
 * The only event types computeInsights looks at. Notes, thank-yous and follow-ups are most of a long
 * timeline, so the view reads just these through the type index (a fifth of the events at 10k).
 */
export const COUNTED_EVENT_TYPES: readonly EventType[] = ['applied', 'interview', 'response', 'rejected', 'offer', 'accepted'];
const DAY_MS = 86_400_000;

type AppLite = Pick<Application, 'id' | 'stage' | 'source'>;
type EventLite = Pick<AppEvent, 'id' | 'applicationId' | 'type' | 'at'>;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Counts repeated phrases case-insensitively, showing each as first typed; most frequent first. */
export function tally(lists: readonly (readonly string[] | undefined)[]): Tally[] {
  const counts = new Map<string, Tally>();
  for (const list of lists) {
    // Each reflection counts a phrase once, however it was typed.
    const seen = new Set<string>();
    for (const raw of (list ?? []).map((item) => item.trim()).filter(Boolean)) {
      const key = raw.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const found = counts.get(key);
      if (found) found.count += 1;
      else counts.set(key, { label: raw, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Everything the Insights view shows, from plain records; no clock, no database. */
export function computeInsights(applications: readonly AppLite[], events: readonly EventLite[], reflections: readonly Reflection[]): Insights {
  const byApp = new Map<string, EventLite[]>();
  for (const event of events) (byApp.get(event.applicationId) ?? byApp.set(event.applicationId, []).get(event.applicationId)!).push(event);

  const funnel: Funnel = { saved: applications.length, applied: 0, interview: 0, offer: 0 };
  const sources = new Map<string, { applied: number; responded: number; days: number[] }>();
  for (const application of applications) {
    const own = (byApp.get(application.id) ?? []).map((event) => ({ type: event.type, at: Date.parse(event.at) })).filter((event) => !Number.isNaN(event.at));
    const types = new Set(own.map((event) => event.type));
    const offered = types.has('offer') || types.has('accepted') || application.stage === 'offer' || application.stage === 'accepted';
    const interviewed = types.has('interview') || application.stage === 'interviewing' || offered;
    const appliedAt = Math.min(...own.filter((event) => event.type === 'applied').map((event) => event.at));
    const applied = Number.isFinite(appliedAt) || (application.stage !== 'saved');
    if (applied) funnel.applied += 1;
    if (interviewed) funnel.interview += 1;
    if (offered) funnel.offer += 1;
    if (!Number.isFinite(appliedAt)) continue;
    const source = application.source?.trim() || 'unknown';
    const entry = sources.get(source) ?? sources.set(source, { applied: 0, responded: 0, days: [] }).get(source)!;
    entry.applied += 1;
    const firstMove = Math.min(...own.filter((event) => EMPLOYER_MOVES.has(event.type) && event.at >= appliedAt).map((event) => event.at));
    if (Number.isFinite(firstMove)) {
      entry.responded += 1;
      entry.days.push(Math.round((firstMove - appliedAt) / DAY_MS));
    }
  }

  const rejectedApps = applications.filter((application) => application.stage === 'rejected');
  const rejectionEventIds = new Set(events.filter((event) => event.type === 'rejected').map((event) => event.id));
  const rejectedIds = new Set(rejectedApps.map((application) => application.id));
  const outside = new Set(
    reflections
      .filter((reflection) => reflection.outsideMyControl && ((reflection.eventId && rejectionEventIds.has(reflection.eventId)) || rejectedIds.has(reflection.applicationId)))
      .map((reflection) => reflection.applicationId),
  );

  return {
    funnel,
    bySource: [...sources.entries()]
      .map(([source, entry]) => ({ source, applied: entry.applied, responded: entry.responded, rate: entry.responded / entry.applied, medianDays: median(entry.days) }))
      .sort((a, b) => b.applied - a.applied || a.source.localeCompare(b.source)),
    stickingPoints: tally(reflections.map((reflection) => reflection.stickingPoints)),
    skillGaps: tally(reflections.map((reflection) => reflection.missingQualifications)),
    reflections: reflections.length,
    rejections: rejectedApps.length,
    rejectionsOutsideControl: outside.size,
  };
}
