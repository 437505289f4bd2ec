import type { EventType, Stage } from '../../../utils/model/application';

/** What moving a card to another column records on the application's timeline. */
export type StageMove =
  | { kind: 'event'; type: EventType; stage?: Stage; note?: string }
  /** An interview needs a date and the people: the interview form opens instead. */
  | { kind: 'interview-form' }
  | { kind: 'none' };

const EVENT_FOR_STAGE: Partial<Record<Stage, EventType>> = {
  applied: 'applied',
  offer: 'offer',
  rejected: 'rejected',
  accepted: 'accepted',
  withdrawn: 'withdrawn',
};

/**
 * The stage follows the timeline (utils/db/stage.ts), so a move is an event, never a stage edit.
 * Stages with no event of their own (saved, no response) get a note that names the stage explicitly.
 */
export function moveToStage(from: Stage, to: Stage): StageMove {
  if (from === to) return { kind: 'none' };
  if (to === 'interviewing') return { kind: 'interview-form' };
  const type = EVENT_FOR_STAGE[to];
  if (type) return { kind: 'event', type };
  return { kind: 'event', type: 'note', stage: to, note: to === 'no-response' ? 'Closed as no response' : 'Moved back to saved' };
}
