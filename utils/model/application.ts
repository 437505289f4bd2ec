// The shapes of a job search as Ajar keeps it: applications, their timelines, the people in them and the
// reflections on them. Field names follow the `ajar-backup` v1 contract (../shared/design/contracts.md). Records
// may carry fields these types do not name (from a newer Ajar or another tool): every write spreads the stored
// record, so they are kept untouched.

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
