import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { getSettings } from './db/queries/settings';
import { decidePrompt, logEvent } from './db/repository';
import { eventForSentDraft } from './followups/drafts';
import type { PendingPrompt } from './model/prompts';

// What a person can decide about a prompt, the same from the popup, the dashboard and a notification's buttons.

type PromptIdentity = Pick<PendingPrompt, 'id' | 'kind' | 'applicationId' | 'eventId' | 'contactId'>;

export const markDone = (prompt: PromptIdentity, now = new Date()) => decidePrompt(prompt, 'done', null, now);
export const dismiss = (prompt: PromptIdentity, now = new Date()) => decidePrompt(prompt, 'dismissed', null, now);

/**
 * The same local time on the next calendar day in the user's zone: across a daylight-saving change that is 23 or
 * 25 hours away, not 24.
 */
export function oneLocalDayLater(now: Date, timeZone: string): Date {
  return new Date(addDays(new TZDate(now, timeZone), 1).getTime());
}

/** "Snooze a day": the prompt comes back tomorrow at this time of day, in the user's zone. */
export async function snoozeOneDay(prompt: PromptIdentity, now = new Date()): Promise<void> {
  const { timeZone } = await getSettings();
  await decidePrompt(prompt, 'snoozed', oneLocalDayLater(now, timeZone), now);
}

/** "I sent it": the timeline records the message to that person, and the engine settles the prompt from it. */
export async function logSentDraft(prompt: PromptIdentity, now = new Date()): Promise<void> {
  const type = eventForSentDraft(prompt.kind);
  if (!type || !prompt.applicationId) {
    await markDone(prompt, now);
    return;
  }
  await logEvent({ applicationId: prompt.applicationId, type, at: now.toISOString(), contactIds: prompt.contactId ? [prompt.contactId] : [] });
}

/** Close-out (A2): the application ends as "no response", stated on the timeline. */
export async function markNoResponse(prompt: PromptIdentity, now = new Date()): Promise<void> {
  if (!prompt.applicationId) return;
  await logEvent({ applicationId: prompt.applicationId, type: 'note', stage: 'no-response', note: 'Closed as no response', at: now.toISOString() });
  await markDone(prompt, now);
}
