import { z } from 'zod';
import { CONTACT_ROLES, EVENT_TYPES, STAGES, type AppEvent, type Application, type Contact, type Reflection } from '../model/application';
import { PROMPT_KINDS, type Reminder } from '../model/prompts';
import { isKnownTimeZone, type Settings } from '../model/settings';

// Unknown fields are kept (loose objects): a backup from a newer Ajar restores without losing them. Every
// field Ajar itself reads is typed, the optional ones too: a note that is an object instead of text would
// otherwise be restored and then break the page that shows it.
const isoTime = z.string().refine((text) => !Number.isNaN(Date.parse(text)), { message: "isn't a date and time we can read" });
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'should be a date like 2026-03-20' });
const webUrl = z.string().refine((text) => /^https?:\/\//i.test(text), { message: 'should be a web address starting with http(s)://' });
const id = z.string().min(1).max(200);
const text = z.string().nullish();
const amount = z.number().min(0).nullish();

export const applicationSchema = z.looseObject({
  id,
  company: z.string(),
  title: z.string(),
  stage: z.enum(STAGES),
  url: webUrl.nullish(),
  canonicalUrl: webUrl.nullish(),
  applyUrl: webUrl.nullish(),
  location: text,
  employmentType: text,
  remote: z.boolean().nullish(),
  salary: z.looseObject({ min: amount, max: amount, currency: text, period: text }).nullish(),
  source: text,
  notes: text,
  prepNotes: text,
  matchKey: z.string().optional(),
  description: text,
  decisionExpectedBy: localDate.nullish(),
  offerRespondBy: localDate.nullish(),
  datePosted: localDate.nullish(),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const contactSchema = z.looseObject({
  id,
  name: z.string(),
  role: z.enum(CONTACT_ROLES),
  email: text,
  phone: text,
  linkedin: text,
  notes: text,
  applicationIds: z.array(id),
  createdAt: isoTime.optional(),
  updatedAt: isoTime.optional(),
});

export const eventSchema = z.looseObject({
  id,
  applicationId: id,
  type: z.enum(EVENT_TYPES),
  at: isoTime,
  contactIds: z.array(id).nullish(),
  durationMinutes: z.number().int().positive().max(24 * 60).nullish(),
  final: z.boolean().nullish(),
  note: text,
  stage: z.enum(STAGES).nullish(),
  createdAt: isoTime.optional(),
});

export const reminderSchema = z.looseObject({
  id,
  kind: z.enum(PROMPT_KINDS),
  applicationId: id.nullable(),
  eventId: id.nullable(),
  contactId: id.nullable(),
  status: z.enum(['done', 'dismissed', 'snoozed']),
  until: isoTime.nullish(),
  decidedAt: isoTime,
});

export const reflectionSchema = z.looseObject({
  id,
  applicationId: id,
  eventId: id.nullable(),
  wentWell: z.string().optional(),
  doDifferently: z.string().optional(),
  stickingPoints: z.array(z.string()).optional(),
  missingQualifications: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  outsideMyControl: z.boolean().optional(),
  createdAt: isoTime,
});

const count = (max: number) => z.number().int().min(0).max(max).optional();
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'should be a time like 21:00' });

// Every setting the follow-up engine computes with is checked here: a wrong type in one would otherwise
// surface as a crash deep in a date calculation instead of as a message about the file.
export const settingsSchema = z.looseObject({
  timeZone: z.string().refine(isKnownTimeZone, { message: "isn't a time zone we know (like Europe/Berlin)" }).optional(),
  name: z.string().optional(),
  signature: z.string().optional(),
  pipelineTarget: count(1000),
  interviewLengthMinutes: z.number().int().min(1).max(24 * 60).optional(),
  thankYouDelayMinutes: count(7 * 24 * 60),
  followUpBusinessDays: count(365),
  maxFollowUps: count(20),
  closeOutBusinessDays: count(365),
  postInterviewFollowUpBusinessDays: count(365),
  afterDecisionDateBusinessDays: count(365),
  feedbackRequestBusinessDays: count(365),
  keepInTouchDays: z.array(z.number().int().min(1).max(3650)).max(20).optional(),
  referencesBusinessDaysBefore: count(60),
  prepHourLocal: count(23),
  reflectionAfterInterviewHours: count(30 * 24),
  reflectionAfterRejectionDays: count(365),
  decisionFollowUpHourLocal: count(23),
  pipelineNudgeWeekday: count(6),
  pipelineNudgeHourLocal: count(23),
  quietHoursStart: clockTime.optional(),
  quietHoursEnd: clockTime.optional(),
  notificationsPerDay: count(100),
  backupReminderWeeks: count(52),
  templates: z.partialRecord(z.enum(PROMPT_KINDS), z.string()).optional(),
  onboarded: z.boolean().optional(),
  lastBackupAt: isoTime.nullish(),
  upskilling: z.record(z.string(), isoTime).optional(),
  hideClosed: z.boolean().optional(),
});

export const backupSchema = z.looseObject({
  format: z.literal('ajar-backup'),
  version: z.literal(1),
  exportedAt: isoTime,
  settings: settingsSchema,
  applications: z.array(applicationSchema),
  contacts: z.array(contactSchema),
  events: z.array(eventSchema),
  reminders: z.array(reminderSchema),
  reflections: z.array(reflectionSchema),
});

/** An `ajar-backup` v1 document as Ajar writes it and, once validated, reads it. */
export interface BackupDocument {
  format: 'ajar-backup';
  version: 1;
  exportedAt: string;
  settings: Partial<Settings>;
  applications: Application[];
  contacts: Contact[];
  events: AppEvent[];
  reminders: Reminder[];
  reflections: Reflection[];
}
