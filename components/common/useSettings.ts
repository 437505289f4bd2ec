import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../utils/db/database';
import { mergeSettings } from '../../utils/db/settings';
import type { Settings } from '../../utils/db/types';

/** Fields the dashboard keeps in settings beyond the engine's own (updateSettings keeps unknown fields). */
export interface DashboardExtras {
  /** Skill gap (lower-cased) → when the user ticked it off. */
  upskilling?: Record<string, string>;
  /** Pipeline: hide rejected and closed applications. */
  hideClosed?: boolean;
}

export type DashboardSettings = Settings & DashboardExtras;

/** Live settings over the defaults; undefined while the first read is in flight. */
export function useSettings(): DashboardSettings | undefined {
  return useLiveQuery(async () => mergeSettings(await db.settings.get('main')) as DashboardSettings, []);
}
