import { ImportError } from '../../backup/limits';
import { writeInBulk } from '../../db/write';
import { readPostingKeysTaken } from '../../db/queries/pipeline';
import { db } from '../../db/database';
import { getSettings } from '../../db/queries/settings';
import { loadSearchState } from '../../db/queries/search-state';
import { promptsForFresh } from './fresh-prompts';
import type { ImportPlan } from './plan';
import { writeInSlices, type WriteProgress } from '../../db/write-in-slices';

export interface ImportSummary {
  imported: number;
  duplicatesSkipped: number;
}

/** The first problem of a plan, phrased to end the way every failed import ends. */
export function planFailure(plan: ImportPlan): string | null {
  const first = plan.errors[0];
  if (!first) return null;
  const more = plan.errors.length > 1 ? ` (and ${plan.errors.length - 1} more ${plan.errors.length === 2 ? 'problem' : 'problems'})` : '';
  return `${first.message.replace(/\.$/, '')}${more}. Nothing was imported`;
}

/**
 * Writes a previewed plan: every application with its timeline and prompts in one transaction, so a
 * closed tab or a crash leaves either the whole import or none of it. A plan with problems writes nothing.
 */
export async function commitImport(plan: ImportPlan, now: Date = new Date(), onProgress?: WriteProgress): Promise<ImportSummary> {
  const failure = planFailure(plan);
  if (failure) throw new ImportError(failure);
  let raced = 0;
  await writeInBulk(async () => {
    // Another tab may have saved one of these postings since the preview; it is skipped, not doubled.
    // Two indexed reads for the whole plan, not two per row (20,000 sequential requests for 10k rows).
    const { urls: takenUrls, matchKeys: takenKeys } = await readPostingKeysTaken(
      plan.fresh.flatMap((item) => item.application.canonicalUrl ?? []), plan.fresh.map((item) => item.application.matchKey!));
    const fresh = [];
    for (const item of plan.fresh) {
      const { canonicalUrl, matchKey } = item.application;
      if ((canonicalUrl && takenUrls.has(canonicalUrl)) || takenKeys.has(matchKey!)) raced += 1;
      else fresh.push(item);
    }
    // Bulk writes and no read-back: the prompts are planned from the rows in memory (re-reading 10k
    // applications and their events through anyOf cursors was most of a 15 s import).
    const settings = await getSettings();
    const applications = fresh.map((item) => item.application);
    const events = fresh.flatMap((item) => item.events);
    const search = await loadSearchState({ applications, events });
    await writeInSlices([
      { table: db.applications, rows: applications },
      { table: db.events, rows: events },
      { table: db.prompts, rows: promptsForFresh(fresh, settings, now, search), replace: true },
    ], onProgress);
    // An imported offer or acceptance changes the prompts of applications already here (and is recorded):
    // the helper re-derives what the search state's change reaches once the rows are written.
  }, now);
  return { imported: plan.fresh.length - raced, duplicatesSkipped: plan.duplicates.length + raced };
}
