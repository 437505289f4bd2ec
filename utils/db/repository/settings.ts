import { db } from '../database';
import { rebuildAllPrompts } from '../derived-prompts';
import { promptsMayHaveChanged } from '../changes';
import { ENGINE_SETTINGS, getSettings } from '../settings';
import type { Settings } from '../types';

/** Saves settings; when one the follow-up engine reads changes, every pending prompt is re-derived. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const after = await db.transaction('rw', db.tables, async () => {
    const before = await getSettings();
    const next: Settings = { ...before, ...patch };
    await db.settings.put({ ...next, key: 'main' });
    const engineChanged = ENGINE_SETTINGS.some((name) => JSON.stringify(before[name]) !== JSON.stringify(next[name]));
    if (engineChanged) await rebuildAllPrompts();
    return next;
  });
  promptsMayHaveChanged();
  return after;
}
