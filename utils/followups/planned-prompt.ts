import type { PendingPrompt } from '../model/prompts';

/**
 * A PendingPrompt plus the window in which it is actionable. The window is stored with the prompt so the
 * derived table stays independent of the clock: the reader decides, at read time, what to show.
 */
export interface PlannedPrompt extends PendingPrompt {
  /** ISO UTC; hidden before (a thank-you or reflection waits for the interview to end). */
  notBefore?: string;
  /** ISO UTC; gone from then on (prep and references are useless once the interview has started). */
  expiresAt?: string;
}

/** Whether a prompt can be acted on at `now`: pending means still actionable. */
export function isActionable(prompt: PlannedPrompt, now: Date): boolean {
  const time = now.getTime();
  if (prompt.notBefore && time < Date.parse(prompt.notBefore)) return false;
  return !(prompt.expiresAt && time >= Date.parse(prompt.expiresAt));
}
