import { db } from '../database';
import { countUpTo } from '../count-up-to';
import { ACTIVE_STAGES } from '../../model/application';
import { pipelineHealth, type PipelineHealth } from '../../pipeline-health';
import { searchOutcome } from './search-state';
import { offerInHandLine } from '../../followups/search-wording';
import { getSettings } from './settings';

/**
 * How many applications are live (applied, interviewing or offer), through the stage index. With a cap, at most
 * cap + 1 keys are read, so "more than cap" is told apart at a bounded cost whatever the pipeline's size.
 */
export async function countLiveApplications(cap = Number.POSITIVE_INFINITY): Promise<number> {
  const live = db.applications.where('stage').anyOf([...ACTIVE_STAGES]);
  return Number.isFinite(cap) ? countUpTo(live, cap) : live.count();
}

/** Only a small pipeline can ride on one company; a large one is counted, never loaded. */
const CONCENTRATION_LIMIT = 12;

/** The popup's line on how many options are live (A9), counted up to `cap`; `done` once the search is over. */
export async function readPipelineHealth(cap: number): Promise<PipelineHealth & { done: boolean }> {
  const settings = await getSettings();
  const outcome = await searchOutcome();
  // Once the search is done there is no pipeline to keep healthy; Today says so.
  if (outcome.kind === 'done') return { active: 0, target: 0, note: null, done: true };
  const count = await countLiveApplications(cap);
  const active = count <= CONCENTRATION_LIMIT ? (await db.applications.where('stage').anyOf([...ACTIVE_STAGES]).toArray()).map(({ company }) => ({ company })) : null;
  const healthy = pipelineHealth(active ?? count, settings.pipelineTarget);
  // With an offer in hand the nudge to add more rests (A9), and this line says why instead.
  return { ...healthy, note: outcome.kind === 'offer' ? offerInHandLine(outcome.companies) : healthy.note, done: false };
}
