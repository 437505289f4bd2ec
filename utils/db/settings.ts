import { db } from './database';
import { defaultSettings, type Settings } from './types';

/** The user's settings over the defaults, so a setting added in a later version has a value. */
export async function getSettings(): Promise<Settings> {
  const row = await db.settings.get('main');
  return mergeSettings(row);
}

export function mergeSettings(stored: Partial<Settings> | undefined | null): Settings {
  const merged = { ...defaultSettings(), ...stored } as Settings & { key?: string };
  delete merged.key;
  return merged;
}

/** Setting names the follow-up engine reads; changing one means every pending prompt is re-derived. */
export const ENGINE_SETTINGS: readonly (keyof Settings)[] = [
  'timeZone', 'interviewLengthMinutes', 'thankYouDelayMinutes', 'followUpBusinessDays', 'maxFollowUps',
  'closeOutBusinessDays', 'postInterviewFollowUpBusinessDays', 'afterDecisionDateBusinessDays',
  'feedbackRequestBusinessDays', 'keepInTouchDays', 'referencesBusinessDaysBefore', 'prepHourLocal',
  'reflectionAfterInterviewHours', 'reflectionAfterRejectionDays', 'quietHoursStart', 'quietHoursEnd',
];

/** Whether two versions of the settings would plan different prompts (only the engine's settings count). */
export function planSettingsDiffer(a: Settings, b: Settings): boolean {
  return ENGINE_SETTINGS.some((name) => JSON.stringify(a[name]) !== JSON.stringify(b[name]));
}
