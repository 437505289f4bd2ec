import { db } from '../database';
import { countUpTo } from '../count-up-to';
import { getSettings } from './settings';
import { countLiveApplications } from './pipeline-health';
import type { PendingPrompt } from '../../model/prompts';
import type { Settings } from '../../model/settings';
import { finalizePrompt, isActionable, OPEN_SEARCH, pipelineRests, planPipeline, type PlannedPrompt } from '../../followups';
import { savedSinceAcceptance } from './search-state';
import { PIPELINE_KEY } from '../../followups/pipeline';

export type LivePrompt = PlannedPrompt & {
  overdue: boolean;
  /** The due time as stored: stable while finalize moves a late one to "now". */
  storedDueAt: string;
};

/** A stored prompt as the user sees it at `now` (a late reference becomes due now), keeping its stored due time. */
export function toLive(prompt: PlannedPrompt, now: Date, settings: Settings): LivePrompt {
  return { ...finalizePrompt(prompt, now, settings, settings.timeZone), storedDueAt: prompt.dueAt };
}

/** Soonest first; ties by id, so a list reads the same every time. */
export function byDue(a: LivePrompt, b: LivePrompt): number {
  return Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.id.localeCompare(b.id);
}

/**
 * Prompts that came due in (`after`, `now`], as delivery sees them: actionable, finalized, with the pipeline
 * nudge when its moment falls in the window. Reads only the window through the dueAt index, so a backlog of
 * thousands that was already handled costs nothing at each wake. Without `after`, everything due counts.
 */
export async function promptsDueBetween(after: string | undefined, now: Date, known?: Settings): Promise<LivePrompt[]> {
  const settings = known ?? (await getSettings());
  const until = now.toISOString();
  const range = after === undefined ? db.prompts.where('dueAt').belowOrEqual(until) : db.prompts.where('dueAt').between(after, until, false, true);
  const stored = (await range.toArray()) as PlannedPrompt[];
  const live = stored.filter((prompt) => isActionable(prompt, now)).map((prompt) => toLive(prompt, now, settings));
  const pipeline = await pipelinePrompt(now, settings);
  if (pipeline && pipeline.dueAt <= until && (after === undefined || pipeline.dueAt > after)) live.push(toLive(pipeline, now, settings));
  return live.sort(byDue);
}

/**
 * The first page of what is due, for views that show a few lines (the popup, Today): it reads at most
 * `limit` prompts through the dueAt index however long the list is, so a year of history that the user
 * has not settled costs nothing to open.
 */
export async function duePage(until: Date, limit: number, now: Date = new Date(), known?: Settings): Promise<LivePrompt[]> {
  const settings = known ?? (await getSettings());
  const [stored, pipeline] = await Promise.all([firstActionable(until, limit, now), pipelinePrompt(now, settings)]);
  const live = stored.map((prompt) => toLive(prompt, now, settings));
  if (pipeline && Date.parse(pipeline.dueAt) <= until.getTime()) live.push(toLive(pipeline, now, settings));
  return live.sort(byDue).slice(0, limit);
}

/**
 * The first `limit` actionable prompts due by `until`, in due order. One bounded read of a few more than
 * needed answers almost every time (a filtered read is a cursor: a round trip per prompt); only when that
 * batch holds too many not-yet-actionable ones does the cursor walk on.
 */
async function firstActionable(until: Date, limit: number, now: Date): Promise<PlannedPrompt[]> {
  const due = () => db.prompts.where('dueAt').belowOrEqual(until.toISOString());
  const batch = (await due().limit(limit * 4).toArray()) as PlannedPrompt[];
  const actionable = batch.filter((prompt) => isActionable(prompt, now));
  if (actionable.length >= limit || batch.length < limit * 4) return actionable.slice(0, limit);
  return (await due().filter((prompt) => isActionable(prompt as PlannedPrompt, now)).limit(limit).toArray()) as PlannedPrompt[];
}

/**
 * How many prompts are stored as due by then, counting no further than `cap` + 1: IndexedDB's count walks
 * the whole range (~10 µs a prompt: 300 ms at 50k), while a capped read of keys is one bounded request.
 */
export async function dueCountUpTo(until: Date, cap: number): Promise<number> {
  return countUpTo(db.prompts.where('dueAt').belowOrEqual(until.toISOString()), cap);
}

/**
 * The pipeline-health nudge (A9), derived from how many applications are active right now; it rests
 * while an offer is in hand and once one is accepted (the search state the prompts were planned with).
 */
export async function pipelinePrompt(now: Date, known?: Settings): Promise<PendingPrompt | null> {
  const settings = known ?? (await getSettings());
  const search = (await db.meta.get('search'))?.search ?? OPEN_SEARCH;
  // Only an acceptance needs the extra read (a live query loses track after awaiting a plain promise).
  if (pipelineRests(search, search.acceptance ? await savedSinceAcceptance(search.acceptance) : false)) return null;
  // Counting stops at the target: a pipeline that meets it needs no nudge, however large it is.
  const target = Math.max(settings.pipelineTarget, 0);
  const active = Math.min(await countLiveApplications(target), target);
  const decision = await db.reminders.get(PIPELINE_KEY);
  return planPipeline(active, decision ? [decision] : [], settings, now, settings.timeZone);
}

/** The earliest moment after `now` at which a prompt becomes due (or actionable), for the alarm. */
export async function nextDueAfter(now: Date, known?: Settings): Promise<number | null> {
  const settings = known ?? (await getSettings());
  let next: number | null = null;
  await db.prompts
    .where('dueAt')
    .above(now.toISOString())
    .until(() => next !== null)
    .each((prompt: PlannedPrompt) => {
      const due = Date.parse(finalizePrompt(prompt, now, settings, settings.timeZone).dueAt);
      if (!prompt.expiresAt || Date.parse(prompt.expiresAt) > due) next = due;
    });
  const pipeline = await pipelinePrompt(now, settings);
  const pipelineDue = pipeline ? Date.parse(pipeline.dueAt) : null;
  if (pipelineDue !== null && pipelineDue > now.getTime() && (next === null || pipelineDue < next)) next = pipelineDue;
  return next;
}

/** What is left to close once the search is done: the notes to the other employers and to the references. */
export const CLOSING_KINDS: readonly PendingPrompt['kind'][] = ['withdraw', 'thank-references'];

/**
 * The closing prompts, soonest first, at most `limit`. Read in due order with a filter: once the search
 * is done, the open applications' other prompts are gone, so the walk is over what little is left.
 */
export async function closingPage(limit: number, now: Date = new Date(), known?: Settings): Promise<LivePrompt[]> {
  const settings = known ?? (await getSettings());
  const stored = (await db.prompts.orderBy('dueAt').filter((prompt) => CLOSING_KINDS.includes(prompt.kind)).limit(limit).toArray()) as PlannedPrompt[];
  return stored.filter((prompt) => isActionable(prompt, now)).map((prompt) => toLive(prompt, now, settings));
}
