import { decidePrompt, logEvent } from '../../../utils/db/repository';
import type { PendingPrompt } from '../../../utils/db/types';
import { eventForSentDraft } from '../../../utils/followups/drafts';

const DAY_MS = 86_400_000;

export const markDone = (prompt: PendingPrompt) => decidePrompt(prompt, 'done');
export const dismiss = (prompt: PendingPrompt) => decidePrompt(prompt, 'dismissed');
export const snoozeOneDay = (prompt: PendingPrompt, now = new Date()) => decidePrompt(prompt, 'snoozed', new Date(now.getTime() + DAY_MS));

/** "I sent it": the timeline records the message to that person, and the engine settles the prompt from it. */
export async function logSentDraft(prompt: PendingPrompt): Promise<void> {
  const type = eventForSentDraft(prompt.kind);
  if (!type || !prompt.applicationId) {
    await markDone(prompt);
    return;
  }
  await logEvent({ applicationId: prompt.applicationId, type, at: new Date().toISOString(), contactIds: prompt.contactId ? [prompt.contactId] : [] });
}

/** Close-out (A2): the application ends as "no response", stated on the timeline. */
export async function markNoResponse(prompt: PendingPrompt): Promise<void> {
  if (!prompt.applicationId) return;
  await logEvent({ applicationId: prompt.applicationId, type: 'note', stage: 'no-response', note: 'Closed as no response', at: new Date().toISOString() });
  await markDone(prompt);
}
