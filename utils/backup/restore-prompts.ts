import type { BackupDocument } from './schema';
import type { Settings } from '../model/settings';
import type { PlannedPrompt, SearchState } from '../followups';
import { planRecords, searchStateOfRecords } from '../db/plan-records';

/**
 * Every pending prompt of a restored backup, planned from the validated document in memory: the same
 * records a re-derivation would read back from the tables the restore has just written (155k rows at
 * 10k applications), without the read.
 */
export function promptsForBackup(doc: BackupDocument, settings: Settings, now: Date): { prompts: PlannedPrompt[]; search: SearchState } {
  const search = searchStateOfRecords(doc);
  return { prompts: planRecords(doc, settings, now, search), search };
}
