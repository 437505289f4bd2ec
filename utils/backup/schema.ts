import { z } from 'zod';
import { CONTACT_ROLES, EVENT_TYPES, PROMPT_KINDS, STAGES } from '../db/types';
import type { AppEvent, Application, Contact, Reflection, Reminder, Settings } from '../db/types';

// Unknown fields are kept (loose objects): a backup from a newer Ajar restores without losing them.
const isoTime = z.string().refine((text) => !Number.isNaN(Date.parse(text)), { message: "isn't a date and time we can read" });
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'should be a date like 2026-03-20' });
const webUrl = z.string().refine((text) => /^https?:\/\//i.test(text), { message: 'should be a web address starting with http(s)://' });
const id = z.string().min(1).max(200);
const text = z.string().nullish();

export const applicationSchema = z.looseObject({
  id,
  company: z.string(),
  title: z.string(),
  stage: z.enum(STAGES),
  url: webUrl.nullish(),
  canonicalUrl: webUrl.nullish(),
  applyUrl: webUrl.nullish(),
  location: text,
  source: text,
  description: text,
  decisionExpectedBy: localDate.nullish(),
  datePosted: localDate.nullish(),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const contactSchema = z.looseObject({
  id,
  name: z.string(),
  role: z.enum(CONTACT_ROLES),
  email: text,
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
  stickingPoints: z.array(z.string()).optional(),
  missingQualifications: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  outsideMyControl: z.boolean().optional(),
  createdAt: isoTime,
});

export const settingsSchema = z.looseObject({
  timeZone: z.string().refine(isKnownTimeZone, { message: "isn't a time zone we know (like Europe/Berlin)" }).optional(),
  pipelineTarget: z.number().int().min(0).max(1000).optional(),
  notificationsPerDay: z.number().int().min(0).max(100).optional(),
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

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
