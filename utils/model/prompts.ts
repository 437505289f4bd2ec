// Prompts: what the follow-up engine derives from a timeline, the user's decisions on them, and what was
// already brought to the user's attention.

export const PROMPT_KINDS = [
  'thank-you', 'follow-up', 'close-out', 'feedback-request', 'keep-in-touch', 'references', 'reflection', 'prep', 'pipeline',
  'offer-decision', 'offer-leverage', 'withdraw', 'thank-references',
] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

export type ReminderStatus = 'done' | 'dismissed' | 'snoozed';

/** The user's decision on one prompt, keyed by the prompt's identity. */
export interface Reminder {
  /** The prompt key (see promptKey in utils/followups). */
  id: string;
  kind: PromptKind;
  applicationId: string | null;
  eventId: string | null;
  contactId: string | null;
  status: ReminderStatus;
  /** For 'snoozed': when the prompt is due again. */
  until?: string | null;
  decidedAt: string;
}

/**
 * A prompt the follow-up engine derived and that is still pending. Kept in a derived table so the
 * popup and the alarm read only what is due, not the whole pipeline; never part of a backup.
 */
export interface PendingPrompt {
  /** The prompt key: kind, application, event and contact identify a prompt. */
  id: string;
  kind: PromptKind;
  applicationId: string | null;
  eventId: string | null;
  contactId: string | null;
  /** ISO time in UTC. */
  dueAt: string;
}

/** A prompt that has been brought to the user's attention (or held back by the daily cap). */
export interface Notice {
  /** `${promptId}@${dueAt}`: a snoozed prompt that comes due again is a new notice. */
  id: string;
  promptId: string;
  /** When it was handled, ISO UTC. */
  at: string;
  /** False when the daily cap or a summary held it back; it still waits in the popup. */
  shown: boolean;
}
