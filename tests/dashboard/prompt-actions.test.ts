import { beforeEach, describe, expect, test } from 'vitest';
import { logSentDraft, markNoResponse, snoozeOneDay } from '../../components/dashboard/prompts/prompt-actions';
import { db } from '../../utils/db/database';
import { addApplication, addContact, logEvent, updateSettings } from '../../utils/db/repository';
import { promptKey } from '../../utils/followups';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ timeZone: 'UTC' });
});

async function interviewedApplication() {
  const app = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, new Date(Date.now() - 10 * 86_400_000));
  const dana = await addContact({ name: 'Dana Lee', role: 'interviewer', applicationIds: [app.id] });
  await logEvent({ applicationId: app.id, type: 'interview', at: new Date(Date.now() - 5 * 3_600_000).toISOString(), contactIds: [dana.id] });
  return { app, dana };
}

describe('acting on a prompt', () => {
  test('"I sent it" on a thank-you logs a thank-you to that person, and the prompt goes away', async () => {
    const { app, dana } = await interviewedApplication();
    const prompt = (await db.prompts.filter((prompt) => prompt.kind === 'thank-you').first())!;
    await logSentDraft(prompt);
    const sent = await db.events.where('type').equals('thank-you-sent').toArray();
    expect(sent).toEqual([expect.objectContaining({ applicationId: app.id, contactIds: [dana.id] })]);
    expect(await db.prompts.filter((prompt) => prompt.kind === 'thank-you').count()).toBe(0);
  });

  test('snooze brings the prompt back a day later', async () => {
    await interviewedApplication();
    const prompt = (await db.prompts.filter((prompt) => prompt.kind === 'thank-you').first())!;
    const now = new Date();
    await snoozeOneDay(prompt, now);
    const decision = await db.reminders.get(prompt.id);
    expect(decision).toMatchObject({ status: 'snoozed', until: new Date(now.getTime() + 86_400_000).toISOString() });
    expect((await db.prompts.get(prompt.id))?.dueAt).toBe(decision?.until);
  });

  test('"Mark as no response" closes the application with an explicit stage on its timeline', async () => {
    const app = await addApplication({ company: 'Globex', title: 'Analyst', stage: 'applied' }, new Date(Date.now() - 60 * 86_400_000));
    const closeOut = { id: promptKey('close-out', app.id, null, null), kind: 'close-out' as const, applicationId: app.id, eventId: null, contactId: null, dueAt: new Date().toISOString() };
    await markNoResponse(closeOut);
    expect((await db.applications.get(app.id))?.stage).toBe('no-response');
    const note = (await db.events.where('applicationId').equals(app.id).toArray()).find((event) => event.type === 'note');
    expect(note).toMatchObject({ stage: 'no-response' });
  });
});
