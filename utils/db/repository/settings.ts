import { db } from '../database';
import { rederiveInChunks } from '../derived-prompts';
import { promptsMayHaveChanged } from '../changes';
import { getSettings } from '../queries/settings';
import { planSettingsDiffer, type Settings } from '../../model/settings';

/**
 * Saves settings; when one the follow-up engine reads changes, every pending prompt is re-derived. The
 * save marks the stored plan stale in the same transaction, so if the re-derivation is cut short (a tab
 * closed, a worker killed) the background finds the plan stale on its next wake and finishes it.
 */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const { next, engineChanged } = await db.transaction('rw', db.settings, db.meta, async () => {
    const before = await getSettings();
    const merged: Settings = { ...before, ...patch };
    await db.settings.put({ ...merged, key: 'main' });
    const changed = planSettingsDiffer(before, merged);
    if (changed) await db.meta.delete('plan');
    return { next: merged, engineChanged: changed };
  });
  // Not writeRecords: every application's prompts are re-derived, a chunk per transaction after the save, so
  // pages opened meanwhile never wait behind one long write; the change is signalled once that is done.
  if (engineChanged) await rederiveInChunks();
  promptsMayHaveChanged();
  return next;
}
