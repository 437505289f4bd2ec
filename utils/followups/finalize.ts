import type { PendingPrompt } from '../model/prompts';
import type { Settings } from '../model/settings';
import { afterQuietHours } from './quiet-hours';

/**
 * The read-time view of a stored prompt at `now`. References left too late are due now rather than
 * in the past — there is still time before the interview (A6) — moved out of quiet hours (A11).
 * `overdue` is for ordering and gentle wording only, never for shouting (voice.md).
 */
export function finalizePrompt<P extends PendingPrompt>(prompt: P, now: Date, settings: Settings, timeZone: string): P & { overdue: boolean } {
  let due = Date.parse(prompt.dueAt);
  if (prompt.kind === 'references' && due < now.getTime()) {
    due = afterQuietHours(now.getTime(), settings, timeZone);
  }
  return { ...prompt, dueAt: new Date(due).toISOString(), overdue: due < now.getTime() };
}
