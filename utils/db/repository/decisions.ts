import { db } from '../database';
import { writeRecords } from '../write';
import { newId, nowIso } from '../ids';
import type { PendingPrompt, ReminderStatus } from '../../model/prompts';
import type { Reflection } from '../../model/application';

/** Records the user's decision on a prompt: done, dismissed, or snoozed until a time. */
export async function decidePrompt(prompt: Pick<PendingPrompt, 'id' | 'kind' | 'applicationId' | 'eventId' | 'contactId'>, status: ReminderStatus, until: Date | null = null, now: Date = new Date()): Promise<void> {
  if (status === 'snoozed' && !until) throw new Error('A snooze needs a time to come back.');
  await writeRecords(async (scope) => {
    scope.changed();
    await db.reminders.put({
      id: prompt.id,
      kind: prompt.kind,
      applicationId: prompt.applicationId,
      eventId: prompt.eventId,
      contactId: prompt.contactId,
      status,
      until: until ? until.toISOString() : null,
      decidedAt: nowIso(now),
    });
    if (prompt.applicationId) scope.touch([prompt.applicationId]);
  }, now);
}

export type NewReflection = Omit<Reflection, 'id' | 'createdAt'>;

/** Saves a reflection on an interview or a rejection; it also settles that event's reflection prompt. */
export async function saveReflection(input: NewReflection & { id?: string }, now: Date = new Date()): Promise<Reflection> {
  const reflection: Reflection = { ...input, id: input.id ?? newId(), createdAt: nowIso(now) };
  await writeRecords(async (scope) => {
    const existing = input.id ? await db.reflections.get(input.id) : undefined;
    if (existing) reflection.createdAt = existing.createdAt;
    await db.reflections.put(reflection);
    scope.touch([reflection.applicationId]);
  }, now);
  return reflection;
}
