// The shapes Ajar stores. Field names follow the `ajar-backup` v1 contract (../shared/design/contracts.md). Records may
// carry fields these types do not name (from a newer Ajar or another tool): every write spreads the
// stored record, so they are kept untouched.

export const STAGES = ['saved', 'applied', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'no-response'] as const;
export type Stage = (typeof STAGES)[number];

/** Stages in which the search is still live for this application. */
export const ACTIVE_STAGES: readonly Stage[] = ['applied', 'interviewing', 'offer'];
/** Stages in which an application is still open: an offer accepted elsewhere closes these. */
export const OPEN_STAGES: readonly Stage[] = ['saved', 'applied', 'interviewing', 'offer'];
/** Stages after which no prompt is due (keep-in-touch after a rejection excepted). */
export const CLOSED_STAGES: readonly Stage[] = ['accepted', 'rejected', 'withdrawn', 'no-response'];

export const CONTACT_ROLES = ['recruiter', 'hiring-manager', 'interviewer', 'referrer', 'reference', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const EVENT_TYPES = [
  'saved', 'applied', 'interview', 'thank-you-sent', 'follow-up-sent', 'response', 'rejected', 'offer',
  'accepted', 'withdrawn', 'feedback-requested', 'feedback-received', 'check-in-sent', 'references-briefed', 'note',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const PROMPT_KINDS = [
  'thank-you', 'follow-up', 'close-out', 'feedback-request', 'keep-in-touch', 'references', 'reflection', 'prep', 'pipeline',
  'offer-decision', 'offer-leverage', 'withdraw', 'thank-references',
] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

export interface Salary {
  min?: number | null;
  max?: number | null;
  currency?: string | null;
  /** 'hour' | 'day' | 'week' | 'month' | 'year' */
  period?: string | null;
}

export interface Application {
  id: string;
  company: string;
  title: string;
  stage: Stage;
  url?: string | null;
  /** Normalised canonical URL, used to recognise a posting already tracked. */
  canonicalUrl?: string | null;
  applyUrl?: string | null;
  location?: string | null;
  employmentType?: string | null;
  remote?: boolean | null;
  salary?: Salary | null;
  datePosted?: string | null;
  description?: string | null;
  /** Where it was captured: 'greenhouse', 'linkedin', 'jsonld', 'generic', 'manual', 'csv'… */
  source?: string | null;
  /** Local calendar date (yyyy-MM-dd) the employer said they would decide by. */
  decisionExpectedBy?: string | null;
  /** Local calendar date (yyyy-MM-dd) the employer wants an answer to its offer by. */
  offerRespondBy?: string | null;
  notes?: string | null;
  prepNotes?: string | null;
  /** Lower-cased "company|title" used to recognise re-posts of the same job. */
  matchKey?: string;
  createdAt: string;
  updatedAt: string;
}

export interface Contact {
  id: string;
  name: string;
  role: ContactRole;
  email?: string | null;
  phone?: string | null;
  linkedin?: string | null;
  notes?: string | null;
  applicationIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface AppEvent {
  id: string;
  applicationId: string;
  type: EventType;
  /** ISO 8601 time; for an `interview` this is its start (past or scheduled). */
  at: string;
  contactIds?: string[];
  /** Interviews only; defaults to the `interviewLengthMinutes` setting. */
  durationMinutes?: number | null;
  /** Interviews only: the final round. */
  final?: boolean | null;
  note?: string | null;
  /** A stage this event sets explicitly (a move on the board, "close as no response"). */
  stage?: Stage | null;
  createdAt: string;
}

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

export interface Reflection {
  id: string;
  applicationId: string;
  /** The interview or rejection event it reflects on. */
  eventId: string | null;
  wentWell?: string;
  doDifferently?: string;
  stickingPoints?: string[];
  missingQualifications?: string[];
  outsideMyControl?: boolean;
  tags?: string[];
  createdAt: string;
}

export interface Settings {
  timeZone: string;
  /** Name and signature used in drafts. */
  name: string;
  signature: string;
  pipelineTarget: number;
  interviewLengthMinutes: number;
  thankYouDelayMinutes: number;
  followUpBusinessDays: number;
  maxFollowUps: number;
  closeOutBusinessDays: number;
  postInterviewFollowUpBusinessDays: number;
  afterDecisionDateBusinessDays: number;
  feedbackRequestBusinessDays: number;
  keepInTouchDays: number[];
  referencesBusinessDaysBefore: number;
  prepHourLocal: number;
  reflectionAfterInterviewHours: number;
  reflectionAfterRejectionDays: number;
  /** Local hour (0–23) of the follow-up that comes just after an employer's decision date. */
  decisionFollowUpHourLocal: number;
  /** Day of the week (0 Sunday … 6 Saturday) and local hour of the weekly pipeline-health nudge. */
  pipelineNudgeWeekday: number;
  pipelineNudgeHourLocal: number;
  /** "HH:mm" local. */
  quietHoursStart: string;
  quietHoursEnd: string;
  notificationsPerDay: number;
  backupReminderWeeks: number;
  /** Draft templates by prompt kind; placeholders like {name}. Missing kinds use the built-in ones. */
  templates: Partial<Record<PromptKind, string>>;
  /** First-run welcome finished. */
  onboarded: boolean;
  lastBackupAt: string | null;
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function defaultSettings(): Settings {
  return {
    timeZone: systemTimeZone(),
    name: '',
    signature: '',
    pipelineTarget: 5,
    interviewLengthMinutes: 60,
    thankYouDelayMinutes: 60,
    followUpBusinessDays: 7,
    maxFollowUps: 2,
    closeOutBusinessDays: 10,
    postInterviewFollowUpBusinessDays: 5,
    afterDecisionDateBusinessDays: 1,
    feedbackRequestBusinessDays: 1,
    keepInTouchDays: [90, 180],
    referencesBusinessDaysBefore: 2,
    prepHourLocal: 9,
    reflectionAfterInterviewHours: 3,
    reflectionAfterRejectionDays: 1,
    decisionFollowUpHourLocal: 9,
    pipelineNudgeWeekday: 1,
    pipelineNudgeHourLocal: 9,
    quietHoursStart: '21:00',
    quietHoursEnd: '08:00',
    notificationsPerDay: 3,
    backupReminderWeeks: 4,
    templates: {},
    onboarded: false,
    lastBackupAt: null,
  };
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
