import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '../../utils/db/database';
import { addApplication, addContact, logEvent, updateSettings } from '../../utils/db/repository';
import { ALARM_NAME, rearm } from '../../utils/background/alarm';
import { takeDelivery } from '../../utils/background/deliver';
import { catchUp, onFreshStart, onWake } from '../../utils/background/lifecycle';
import { duePage } from '../../utils/db/queries/due-prompts';

const at = (iso: string) => new Date(iso);

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  // Far from quiet hours in this zone at the times used below; a pipeline target of 0 keeps its nudge out.
  await updateSettings({ timeZone: 'Europe/Berlin', pipelineTarget: 0 });
});

/** An application with a 45-minute interview on Tuesday 10 March 2026, 14:00 Berlin, with two interviewers. */
async function interviewWithTwo() {
  const app = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, at('2026-03-02T09:00:00Z'));
  const dana = await addContact({ name: 'Dana Lee', role: 'interviewer', applicationIds: [app.id] });
  const sam = await addContact({ name: 'Sam Rivera', role: 'interviewer', applicationIds: [app.id] });
  await logEvent({ applicationId: app.id, type: 'interview', at: '2026-03-10T14:00:00+01:00', durationMinutes: 45, contactIds: [dana.id, sam.id] }, at('2026-03-09T09:00:00Z'));
  return { app, dana, sam };
}

describe('the one alarm', () => {
  test('is set for the next prompt, and setting it again for the same time changes nothing', async () => {
    await interviewWithTwo();
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    // Before the interview, the next thing due is its prep prompt, the business day before at 09:00 Berlin.
    expect(await rearm(at('2026-03-09T07:00:00Z'))).toBe(Date.parse('2026-03-09T08:00:00Z'));
    expect((await fakeBrowser.alarms.get(ALARM_NAME))?.scheduledTime).toBe(Date.parse('2026-03-09T08:00:00Z'));
    await rearm(at('2026-03-09T07:00:05Z'));
    expect(create).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  test('is cleared when nothing is pending', async () => {
    await fakeBrowser.alarms.create(ALARM_NAME, { when: Date.parse('2026-03-09T08:00:00Z') });
    expect(await rearm(at('2026-03-09T07:00:00Z'))).toBeNull();
    expect(await fakeBrowser.alarms.get(ALARM_NAME)).toBeUndefined();
  });
});

describe('delivery', () => {
  test('one prompt due: one notification; the same prompt is never delivered twice', async () => {
    await interviewWithTwo();
    const single = await takeDelivery(at('2026-03-09T08:00:30Z'));
    expect(single.single?.kind).toBe('prep');
    expect(await takeDelivery(at('2026-03-09T08:01:00Z'))).toEqual({});
  });

  test('several due at once (the browser was closed) arrive as one summary', async () => {
    await interviewWithTwo();
    // Two thank-yous (one per interviewer) came due while closed: one summary, not two notifications.
    // The prep prompt is gone: the interview has started, so it is no longer worth anyone's attention.
    const delivery = await takeDelivery(at('2026-03-10T15:50:00Z'));
    expect(delivery.single).toBeUndefined();
    expect(delivery.summary?.map((p) => p.kind)).toEqual(['thank-you', 'thank-you']);
    expect((await db.notices.toArray()).filter((notice) => notice.shown)).toHaveLength(1);
  });

  test('nothing at night: prompts wait for the end of quiet hours, and the alarm is set for it', async () => {
    await interviewWithTwo();
    await updateSettings({ quietHoursStart: '21:00', quietHoursEnd: '08:00' });
    // 23:30 Berlin: the prep prompt for tomorrow is not due yet, but the ones of today would be.
    expect(await takeDelivery(at('2026-03-10T22:30:00Z'))).toEqual({});
    expect(await rearm(at('2026-03-10T22:30:00Z'))).toBe(Date.parse('2026-03-11T07:00:00Z'));
  });

  test('the daily cap holds notifications back; they still wait in the popup', async () => {
    await updateSettings({ notificationsPerDay: 1 });
    const first = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, at('2026-03-02T09:00:00Z'));
    const second = await addApplication({ company: 'Globex', title: 'Analyst', stage: 'applied' }, at('2026-03-02T09:00:00Z'));
    await logEvent({ applicationId: first.id, type: 'interview', at: '2026-03-10T09:00:00+01:00', durationMinutes: 30 }, at('2026-03-03T09:00:00Z'));
    await logEvent({ applicationId: second.id, type: 'interview', at: '2026-03-10T11:00:00+01:00', durationMinutes: 30 }, at('2026-03-03T09:00:00Z'));
    // 08:31 UTC: only Globex's prep is still actionable (Acme's interview has begun): it is shown.
    expect((await takeDelivery(at('2026-03-10T08:31:00Z'))).single).toMatchObject({ kind: 'prep', applicationId: second.id });
    // 10:31 UTC: Acme's thank-you is due, but today's one notification has been used: it waits quietly.
    expect(await takeDelivery(at('2026-03-10T10:31:00Z'))).toEqual({});
    const held = (await db.notices.toArray()).filter((notice) => !notice.shown);
    expect(held.map((notice) => notice.promptId)).toEqual([expect.stringMatching(new RegExp(`^thank-you:${first.id}:`))]);
  });

  test('catching up after a wake shows what is due and re-arms for what comes next', async () => {
    await interviewWithTwo();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await catchUp(at('2026-03-09T08:00:30Z'));
    expect(create).toHaveBeenCalledTimes(1);
    expect(String(create.mock.calls[0][0])).toMatch(/^ajar-prompt:prep:/);
    expect((await fakeBrowser.alarms.get(ALARM_NAME))?.scheduledTime).toBeGreaterThan(Date.parse('2026-03-09T08:00:30Z'));
  });
});

describe('what delivery considers', () => {
  test('only what came due since the last delivery: a prompt written already overdue waits in the popup without a notification', async () => {
    await interviewWithTwo();
    expect((await takeDelivery(at('2026-03-09T08:00:30Z'))).single?.kind).toBe('prep');
    // The person logs, a day late, an application they sent three weeks ago: its follow-up is already due.
    const late = await addApplication({ company: 'Initech', title: 'Engineer', stage: 'applied' }, at('2026-02-16T09:00:00Z'));
    expect(await takeDelivery(at('2026-03-09T09:00:00Z'))).toEqual({});
    const shown = await duePage(at('2026-03-09T23:00:00Z'), 4, at('2026-03-09T09:00:00Z'));
    expect(shown.map((prompt) => prompt.applicationId)).toContain(late.id);
    // What comes due later is still notified: the two thank-yous after the interview.
    expect((await takeDelivery(at('2026-03-10T15:50:00Z'))).summary?.map((prompt) => prompt.kind)).toEqual(['thank-you', 'thank-you']);
  });

  test('once an offer is accepted, only what is left to close is notified: no keep-in-touch nudges about the old search', async () => {
    // Interviewed, then turned down by Initech in March: a keep-in-touch note comes due months later.
    const initech = await addApplication({ company: 'Initech', title: 'Engineer', stage: 'applied' }, at('2026-02-16T09:00:00Z'));
    await logEvent({ applicationId: initech.id, type: 'interview', at: '2026-02-26T10:00:00+01:00', durationMinutes: 45 }, at('2026-02-20T10:00:00Z'));
    await logEvent({ applicationId: initech.id, type: 'rejected', at: '2026-03-05T10:00:00+01:00' }, at('2026-03-05T10:00:00Z'));
    // Still open at Globex when the Acme offer is accepted: a note to withdraw from it.
    const globex = await addApplication({ company: 'Globex', title: 'Engineer', stage: 'applied' }, at('2026-03-02T09:00:00Z'));
    const acme = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, at('2026-03-02T09:00:00Z'));
    await logEvent({ applicationId: acme.id, type: 'offer', at: '2026-03-10T10:00:00+01:00' }, at('2026-03-10T10:00:00Z'));
    await logEvent({ applicationId: acme.id, type: 'accepted', at: '2026-03-12T10:00:00+01:00' }, at('2026-03-12T10:00:00Z'));
    const keepInTouch = (await db.prompts.toArray()).find((prompt) => prompt.kind === 'keep-in-touch' && prompt.applicationId === initech.id);
    const withdraw = (await db.prompts.toArray()).find((prompt) => prompt.kind === 'withdraw' && prompt.applicationId === globex.id);
    expect(keepInTouch).toBeDefined();
    expect(withdraw).toBeDefined();
    const delivered = await takeDelivery(new Date(Date.parse(withdraw!.dueAt) + 60_000));
    expect([delivered.single, ...(delivered.summary ?? [])].map((prompt) => prompt?.kind)).toContain('withdraw');
    expect(await takeDelivery(new Date(Date.parse(keepInTouch!.dueAt) + 60_000))).toEqual({});
  });

  test('a new install notifies from now on: a backlog restored right after it is not announced', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    create.mockClear();
    await onFreshStart('install', at('2026-03-09T08:00:00Z'));
    for (let index = 0; index < 3; index += 1) {
      await addApplication({ company: `Old ${index}`, title: 'Engineer', stage: 'applied' }, at(`2026-01-0${index + 1}T09:00:00Z`));
    }
    await catchUp(at('2026-03-09T08:05:00Z'));
    expect(create).not.toHaveBeenCalled();
    expect(await duePage(at('2026-03-09T23:00:00Z'), 4, at('2026-03-09T08:05:00Z'))).toHaveLength(3);
  });
});

describe('starting the browser', () => {
  // A prompt nothing would derive: it survives only if the stored prompts are left as they are.
  const marker = { id: 'follow-up:marker:e:-', kind: 'follow-up' as const, applicationId: 'marker', eventId: 'e', contactId: null, dueAt: '2026-04-01T08:00:00.000Z' };

  test('keeps the stored prompts when they were planned in the user\'s zone', async () => {
    await interviewWithTwo();
    await db.prompts.put(marker);
    await onFreshStart('startup', at('2026-03-09T07:00:00Z'));
    expect(await db.prompts.get(marker.id)).toEqual(marker);
  });

  test('re-plans every prompt when the zone changed, and after an update', async () => {
    await interviewWithTwo();
    const planned = (await db.prompts.toArray()).map((prompt) => prompt.id).sort();
    await db.prompts.put(marker);
    await db.meta.put({ key: 'plan', timeZone: 'America/New_York' });
    await onFreshStart('startup', at('2026-03-09T07:00:00Z'));
    expect((await db.prompts.toArray()).map((prompt) => prompt.id).sort()).toEqual(planned);
    await db.prompts.put(marker);
    await onFreshStart('update', at('2026-03-09T07:00:00Z'));
    expect(await db.prompts.get(marker.id)).toBeUndefined();
  });

  test('a wake finishes a re-derivation that was cut short (a settings tab closed half-way)', async () => {
    await interviewWithTwo();
    await db.prompts.put(marker);
    await onWake(at('2026-03-09T07:00:00Z'));
    expect(await db.prompts.get(marker.id)).toEqual(marker);
    // A settings save marks the plan stale in its own transaction; the re-derivation after it never ran.
    await db.meta.delete('plan');
    await onWake(at('2026-03-09T07:00:00Z'));
    expect(await db.prompts.get(marker.id)).toBeUndefined();
    expect((await fakeBrowser.alarms.get(ALARM_NAME))?.scheduledTime).toBe(Date.parse('2026-03-09T08:00:00Z'));
  });
});

describe('the popup reads a page, not the whole list', () => {
  test('a long backlog gives the first few, soonest first, and a count that stops past its cap', async () => {
    const { dueCountUpTo, duePage } = await import('../../utils/db/queries/due-prompts');
    for (let index = 0; index < 12; index += 1) {
      await addApplication({ company: `Company ${index}`, title: 'Engineer', stage: 'applied' }, at(`2026-01-${String(index + 1).padStart(2, '0')}T09:00:00Z`));
    }
    const page = await duePage(at('2026-03-01T00:00:00Z'), 4, at('2026-03-01T00:00:00Z'));
    expect(await dueCountUpTo(at('2026-03-01T00:00:00Z'), 20)).toBe(12);
    // Past the cap it says only "more than the cap": cap + 1.
    expect(await dueCountUpTo(at('2026-03-01T00:00:00Z'), 5)).toBe(6);
    expect(page.map((p) => p.kind)).toEqual(['follow-up', 'follow-up', 'follow-up', 'follow-up']);
    const dueTimes = page.map((p) => Date.parse(p.dueAt));
    expect(dueTimes).toEqual([...dueTimes].sort((a, b) => a - b));
    const everything = (await db.prompts.toArray()).map((p) => Date.parse(p.dueAt)).sort((a, b) => a - b);
    expect(dueTimes).toEqual(everything.slice(0, 4));
  });

  test('expired prompts not yet pruned ahead of the list do not hide the ones that can still be acted on', async () => {
    const { duePage } = await import('../../utils/db/queries/due-prompts');
    const now = at('2026-03-01T12:00:00Z');
    // Twenty prep prompts whose interviews have begun (pruned at the next wake, still stored now), due first.
    await db.prompts.bulkPut(Array.from({ length: 20 }, (_, index) => ({
      id: `prep:old${index}:e:-`, kind: 'prep' as const, applicationId: `old${index}`, eventId: 'e', contactId: null,
      dueAt: `2026-02-${String(index + 1).padStart(2, '0')}T08:00:00.000Z`, expiresAt: `2026-02-${String(index + 2).padStart(2, '0')}T08:00:00.000Z`,
    })));
    const late = await addApplication({ company: 'Initech', title: 'Engineer', stage: 'applied' }, at('2026-02-02T09:00:00Z'));
    const page = await duePage(at('2026-03-01T23:00:00Z'), 4, now);
    expect(page.map((prompt) => prompt.applicationId)).toEqual([late.id]);
  });
});
