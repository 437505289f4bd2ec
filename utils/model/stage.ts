import type { AppEvent, EventType, Stage } from './application';

// Event types that move an application to a stage; the rest (notes, thank-yous…) leave it where it is.
// `saved` is the starting point, not a move: an interview dated before the posting was saved still counts.
const STAGE_OF_EVENT: Partial<Record<EventType, Stage>> = {
  applied: 'applied',
  interview: 'interviewing',
  offer: 'offer',
  accepted: 'accepted',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

/** Chronological order; ties keep the order in which they were logged. */
export function byTime(a: AppEvent, b: AppEvent): number {
  // Parsed, not compared as text: imported times may carry different UTC offsets.
  return Date.parse(a.at) - Date.parse(b.at) || Date.parse(a.createdAt) - Date.parse(b.createdAt);
}

/**
 * The one place an application's stage comes from: its latest stage-bearing event. An event may name a
 * `stage` of its own (a move on the board, "close as no response"), which then wins over its type.
 */
export function deriveStage(events: readonly AppEvent[]): Stage {
  return stageEntry(events)?.stage ?? 'saved';
}

/**
 * The current stage and the event that moved the application into it (the offer, the acceptance), or
 * null when no event moved it (still saved).
 */
export function stageEntry(events: readonly AppEvent[]): { stage: Stage; event: AppEvent } | null {
  let stage: Stage | null = null;
  let entered: AppEvent | null = null;
  // Events logged at the same instant (saved + applied in one click) follow the order a search moves in.
  const ordered = [...events].sort((a, b) => byTime(a, b) || lifecycleRank(a) - lifecycleRank(b));
  for (const event of ordered) {
    const next = (event.stage as Stage | undefined) ?? STAGE_OF_EVENT[event.type];
    if (next && next !== stage && !appliedAfterItWasUnderway(event, stage)) {
      stage = next;
      entered = event;
    }
  }
  return stage && entered ? { stage, event: entered } : null;
}

/**
 * An interview or an offer means the candidate applied, so an "applied" logged later (marked by hand after
 * the interview was booked, or from a confirmation page revisited) does not move the application back.
 * A move on the board names its stage and still wins.
 */
function appliedAfterItWasUnderway(event: AppEvent, stage: Stage | null): boolean {
  return event.type === 'applied' && event.stage === undefined && (stage === 'interviewing' || stage === 'offer');
}

const LIFECYCLE: readonly EventType[] = ['saved', 'applied', 'interview', 'offer', 'accepted', 'rejected', 'withdrawn'];

function lifecycleRank(event: AppEvent): number {
  const rank = LIFECYCLE.indexOf(event.type);
  return rank === -1 ? LIFECYCLE.length : rank;
}
