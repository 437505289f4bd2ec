import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../utils/db/database';
import {
  addApplication, addContact, decidePrompt, deleteApplication, deleteContact, findTracked, logEvent, updateApplication, updateEvent, updateSettings,
} from '../../utils/db/repository';
import { deriveStage } from '../../utils/model/stage';
import type { AppEvent } from '../../utils/model/application';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ timeZone: 'America/New_York' });
});

const at = (iso: string) => new Date(iso);

describe('the repository keeps stage and prompts true', () => {
  test('saving a posting records a saved event; "already applied" adds an applied one', async () => {
    const saved = await addApplication({ company: 'Acme', title: 'Engineer', url: 'https://jobs.lever.co/acme/1?utm_source=x' });
    const applied = await addApplication({ company: 'Globex', title: 'Analyst', stage: 'applied' });
    expect(saved.stage).toBe('saved');
    expect(saved.canonicalUrl).toBe('https://jobs.lever.co/acme/1');
    expect((await db.events.where('applicationId').equals(saved.id).toArray()).map((e) => e.type)).toEqual(['saved']);
    expect((await db.events.where('applicationId').equals(applied.id).toArray()).map((e) => e.type).sort()).toEqual(['applied', 'saved']);
    expect((await db.applications.get(applied.id))?.stage).toBe('applied');
  });

  test('logging an interview moves the stage and yields a thank-you prompt for the interviewer', async () => {
    const app = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, at('2026-03-02T15:00:00Z'));
    const dana = await addContact({ name: 'Dana Lee', role: 'interviewer', applicationIds: [app.id] });
    const interview = await logEvent({ applicationId: app.id, type: 'interview', at: '2026-03-10T14:00:00-04:00', durationMinutes: 45, contactIds: [dana.id] }, at('2026-03-09T12:00:00Z'));

    expect((await db.applications.get(app.id))?.stage).toBe('interviewing');
    const thankYou = await db.prompts.filter((prompt) => prompt.kind === 'thank-you').toArray();
    expect(thankYou).toHaveLength(1);
    expect(thankYou[0]).toMatchObject({ applicationId: app.id, eventId: interview.id, contactId: dana.id, dueAt: '2026-03-10T19:45:00.000Z' });
  });

  test('a rescheduled interview moves its thank-you with it; an unreadable time changes nothing', async () => {
    const app = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, at('2026-03-02T15:00:00Z'));
    const dana = await addContact({ name: 'Dana Lee', role: 'interviewer', applicationIds: [app.id] });
    const interview = await logEvent({ applicationId: app.id, type: 'interview', at: '2026-03-10T14:00:00-04:00', durationMinutes: 45, contactIds: [dana.id] }, at('2026-03-09T12:00:00Z'));

    await updateEvent(interview.id, { at: '2026-03-12T10:00:00-04:00' }, at('2026-03-09T13:00:00Z'));
    const thankYou = await db.prompts.filter((prompt) => prompt.kind === 'thank-you').toArray();
    expect(thankYou.map((prompt) => [prompt.eventId, prompt.dueAt])).toEqual([[interview.id, '2026-03-12T15:45:00.000Z']]);
    expect((await db.events.get(interview.id))?.contactIds).toEqual([dana.id]);

    await expect(updateEvent(interview.id, { at: 'next Tuesday' })).rejects.toThrow('That date and time could not be read.');
    expect((await db.events.get(interview.id))?.at).toBe('2026-03-12T10:00:00-04:00');
  });

  test('deleting an interviewer takes them out of the interview and drops only their thank-you', async () => {
    const app = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, at('2026-03-02T15:00:00Z'));
    const dana = await addContact({ name: 'Dana Lee', role: 'interviewer', applicationIds: [app.id] });
    const lee = await addContact({ name: 'Lee Park', role: 'interviewer', applicationIds: [app.id] });
    const sam = await addContact({ name: 'Sam Okafor', role: 'interviewer', applicationIds: [app.id] });
    const interview = await logEvent({ applicationId: app.id, type: 'interview', at: '2026-03-10T14:00:00-04:00', contactIds: [dana.id, lee.id, sam.id] }, at('2026-03-09T12:00:00Z'));
    const sent = await logEvent({ applicationId: app.id, type: 'thank-you-sent', at: '2026-03-10T18:00:00-04:00', contactIds: [sam.id] }, at('2026-03-10T22:00:00Z'));

    await deleteContact(lee.id, at('2026-03-10T22:30:00Z'));
    await deleteContact(sam.id, at('2026-03-10T22:30:00Z'));
    expect((await db.events.get(interview.id))?.contactIds).toEqual([dana.id]);
    // The note already sent to Sam still names Sam, so it does not count as thanking Dana too.
    expect((await db.events.get(sent.id))?.contactIds).toEqual([sam.id]);
    const thankYous = await db.prompts.filter((prompt) => prompt.kind === 'thank-you').toArray();
    expect(thankYous.map((prompt) => prompt.contactId)).toEqual([dana.id]);
  });

  test('a thank-you-sent event clears that prompt; done, dismissed and snoozed are remembered', async () => {
    const app = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, at('2026-03-02T15:00:00Z'));
    const interview = await logEvent({ applicationId: app.id, type: 'interview', at: '2026-03-10T14:00:00-04:00' }, at('2026-03-09T12:00:00Z'));
    expect(await db.prompts.filter((prompt) => prompt.kind === 'thank-you').count()).toBe(1);
    await logEvent({ applicationId: app.id, type: 'thank-you-sent', at: '2026-03-10T17:30:00-04:00' }, at('2026-03-10T21:30:00Z'));
    expect(await db.prompts.filter((prompt) => prompt.kind === 'thank-you').count()).toBe(0);

    const reflection = (await db.prompts.filter((prompt) => prompt.kind === 'reflection').toArray())[0];
    expect(reflection.eventId).toBe(interview.id);
    await decidePrompt(reflection, 'snoozed', at('2026-03-12T14:00:00Z'));
    expect((await db.prompts.get(reflection.id))?.dueAt).toBe('2026-03-12T14:00:00.000Z');
    await decidePrompt(reflection, 'dismissed');
    expect(await db.prompts.get(reflection.id)).toBeUndefined();
  });

  test('an event for an application that is gone writes nothing', async () => {
    await expect(logEvent({ applicationId: 'missing', type: 'applied', at: '2026-03-01T10:00:00Z' })).rejects.toThrow(/no longer in Ajar/);
    expect(await db.events.count()).toBe(0);
  });

  test('a revisit is recognised by its address or, for a re-post, by company and title', async () => {
    const app = await addApplication({ company: 'Acme Inc.', title: 'Senior Engineer (m/f/d)', url: 'https://boards.greenhouse.io/acme/jobs/1#app' });
    expect((await findTracked({ url: 'https://boards.greenhouse.io/acme/jobs/1?gh_src=abc' }))?.by).toBe('url');
    expect((await findTracked({ url: 'https://boards.greenhouse.io/acme/jobs/999', company: 'ACME', title: 'Senior Engineer' }))).toMatchObject({ by: 'company-title', application: { id: app.id } });
    expect(await findTracked({ url: 'https://boards.greenhouse.io/acme/jobs/2', company: 'Acme', title: 'Designer' })).toBeNull();
  });

  test('editing keeps fields Ajar does not know and never changes the stage', async () => {
    const app = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied', importedFrom: 'huntr' } as never);
    await updateApplication(app.id, { title: 'Staff Engineer', stage: 'offer' } as never);
    const stored = await db.applications.get(app.id);
    expect(stored).toMatchObject({ title: 'Staff Engineer', stage: 'applied', importedFrom: 'huntr', matchKey: 'acme|staff engineer' });
  });

  test('deleting an application removes its timeline and prompts and unlinks its contacts', async () => {
    const app = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' });
    const other = await addApplication({ company: 'Globex', title: 'Analyst' });
    const dana = await addContact({ name: 'Dana', role: 'recruiter', applicationIds: [app.id, other.id] });
    await deleteApplication(app.id);
    expect(await db.events.where('applicationId').equals(app.id).count()).toBe(0);
    expect(await db.prompts.where('applicationId').equals(app.id).count()).toBe(0);
    expect((await db.contacts.get(dana.id))?.applicationIds).toEqual([other.id]);
  });
});

describe('deriveStage', () => {
  const event = (type: AppEvent['type'], at: string, extra: Partial<AppEvent> = {}): AppEvent => ({ id: at + type, applicationId: 'a', type, at, createdAt: at, ...extra });

  test('follows the latest stage-bearing event, comparing times across UTC offsets', () => {
    expect(deriveStage([event('saved', '2026-03-01T10:00:00Z'), event('applied', '2026-03-02T10:00:00Z'), event('note', '2026-03-03T10:00:00Z')])).toBe('applied');
    // 09:30 in New York is after 14:00 in London on the same day, though it sorts first as text.
    expect(deriveStage([event('rejected', '2026-03-05T09:30:00-05:00'), event('interview', '2026-03-05T14:00:00+00:00')])).toBe('rejected');
  });

  test('an explicit stage on an event wins (close as no response, a move on the board)', () => {
    expect(deriveStage([event('applied', '2026-03-02T10:00:00Z'), event('note', '2026-04-02T10:00:00Z', { stage: 'no-response' })])).toBe('no-response');
  });
});

describe('deriveStage on real-world timelines', () => {
  const event = (type: AppEvent['type'], at: string, id: string): AppEvent => ({ id, applicationId: 'a', type, at, createdAt: at });

  test('saved and applied in the same instant read as applied, whatever order they are stored in', () => {
    const saved = event('saved', '2026-03-01T10:00:00Z', 'z');
    const applied = event('applied', '2026-03-01T10:00:00Z', 'a');
    expect(deriveStage([saved, applied])).toBe('applied');
    expect(deriveStage([applied, saved])).toBe('applied');
  });

  test('an interview logged for earlier today, after the job was marked applied, moves it to interviewing', () => {
    // Marked applied at 11:16 (applied by email), then this morning's 11:00 interview logged.
    expect(deriveStage([event('saved', '2026-03-05T11:15:00Z', 's'), event('applied', '2026-03-05T11:16:00Z', 'a'), event('interview', '2026-03-05T11:00:00Z', 'i')])).toBe('interviewing');
    expect(deriveStage([event('offer', '2026-03-05T09:00:00Z', 'o'), event('applied', '2026-03-05T11:16:00Z', 'a')])).toBe('offer');
    // A card moved back to Applied on the board names its stage, and that still wins.
    expect(deriveStage([event('interview', '2026-03-05T11:00:00Z', 'i'), { ...event('applied', '2026-03-06T09:00:00Z', 'm'), stage: 'applied' }])).toBe('applied');
    // Applying again after a rejection is a new attempt.
    expect(deriveStage([event('rejected', '2026-03-05T11:00:00Z', 'r'), event('applied', '2026-04-01T09:00:00Z', 'a2')])).toBe('applied');
  });

  test('an interview dated before the posting was saved in Ajar still moves it to interviewing', () => {
    expect(deriveStage([event('interview', '2026-02-20T10:00:00Z', 'i'), event('saved', '2026-03-01T10:00:00Z', 's')])).toBe('interviewing');
  });

  test('a move back to Saved on the board is an explicit stage and is kept', () => {
    expect(deriveStage([event('applied', '2026-03-01T10:00:00Z', 'a'), { ...event('note', '2026-03-02T10:00:00Z', 'n'), stage: 'saved' }])).toBe('saved');
  });
});

test('applying in one click stays applied after later edits', async () => {
  for (let index = 0; index < 10; index += 1) {
    const app = await addApplication({ company: `Company ${index}`, title: 'Engineer', stage: 'applied' });
    await logEvent({ applicationId: app.id, type: 'note', at: new Date().toISOString(), note: 'Called the recruiter' });
    expect((await db.applications.get(app.id))?.stage).toBe('applied');
  }
});
