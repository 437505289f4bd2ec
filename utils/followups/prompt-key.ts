import type { PromptKind } from '../model/prompts';

/** Stands for "none" in a prompt key, so a key never has an empty segment. */
const NONE = '-';

/**
 * A prompt's identity: its kind, application, the event it answers and the person it is addressed to.
 * The same key is the Reminder.id holding the user's decision and the PendingPrompt.id.
 */
export function promptKey(kind: PromptKind, applicationId: string | null, eventId: string | null, contactId: string | null): string {
  return `${kind}:${applicationId ?? NONE}:${eventId ?? NONE}:${contactId ?? NONE}`;
}
