import { beforeEach, describe, expect, test } from 'vitest';
import { logSentDraft, markNoResponse, oneLocalDayLater, snoozeOneDay } from '../utils/prompt-decisions';
import { db } from '../utils/db/database';
import { addApplication, addContact, logEvent, updateSettings } from '../utils/db/repository';
import { promptKey } from '../utils/followups';

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

describe('"Snooze a day" means the same time tomorrow on the clock on the wall', () => {
  test('snoozed the evening before clocks go forward in Berlin, it comes back at the same local time, 23 hours later', async () => {
    await updateSettings({ timeZone: 'Europe/Berlin' });
    await interviewedApplication();
    const prompt = (await db.prompts.filter((prompt) => prompt.kind === 'thank-you').first())!;
    // Saturday 28 March 2026, 20:00 in Berlin (CET); that night the clocks go from 02:00 to 03:00.
    await snoozeOneDay(prompt, new Date('2026-03-28T19:00:00Z'));
    // Sunday 29 March, 20:00 in Berlin (CEST).
    expect((await db.reminders.get(prompt.id))?.until).toBe('2026-03-29T18:00:00.000Z');
  });

  test('the evening before clocks go back, the next day is 25 hours away', () => {
    // 20:00 in Berlin on 24 October 2026 and 18:30 in New York on 31 October: each the evening before its clocks go back.
    expect(oneLocalDayLater(new Date('2026-10-24T18:00:00Z'), 'Europe/Berlin').toISOString()).toBe('2026-10-25T19:00:00.000Z');
    expect(oneLocalDayLater(new Date('2026-10-31T22:30:00Z'), 'America/New_York').toISOString()).toBe('2026-11-01T23:30:00.000Z');
  });
});
