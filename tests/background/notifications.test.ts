import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '../../utils/db/database';
import { refreshPromptsFor } from '../../utils/db/derived-prompts';
import { updateSettings } from '../../utils/db/repository';
import { takeDelivery } from '../../utils/background/deliver';
import { answerNotification, openFromNotification, showDelivery } from '../../utils/background/notifications';

const at = (iso: string) => new Date(iso);

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ timeZone: 'UTC', pipelineTarget: 0 });
});

/**
 * Ids come from backups and other tools as well as from Ajar (a spreadsheet's "greenhouse:4182"), so an
 * application id may hold a ':' — the separator of a prompt key.
 */
async function applicationWithColonsDueForFollowUp() {
  const id = 'greenhouse:4182:x';
  const eventId = 'ev:1';
  await db.applications.add({ id, company: 'Acme', title: 'Engineer', stage: 'applied', createdAt: '2026-02-02T09:00:00Z', updatedAt: '2026-02-02T09:00:00Z' });
  await db.events.add({ id: eventId, applicationId: id, type: 'applied', at: '2026-02-02T09:00:00Z', createdAt: '2026-02-02T09:00:00Z' });
  await refreshPromptsFor([id], at('2026-02-02T09:00:00Z'));
  const [prompt] = await db.prompts.toArray();
  expect(prompt).toMatchObject({ kind: 'follow-up', applicationId: id });
  const create = vi.spyOn(fakeBrowser.notifications, 'create');
  const delivery = await takeDelivery(new Date(Date.parse(prompt.dueAt) + 30_000));
  await showDelivery(delivery);
  const notificationId = String(create.mock.calls[0][0]);
  return { id, prompt, notificationId };
}

describe('a notification about an application whose id holds a colon', () => {
  test('"Done" records the decision for that application, and its follow-up leaves the list', async () => {
    const { id, prompt, notificationId } = await applicationWithColonsDueForFollowUp();
    await answerNotification(notificationId, 1);
    expect(await db.reminders.toArray()).toEqual([expect.objectContaining({ id: prompt.id, applicationId: id, kind: 'follow-up', status: 'done' })]);
    expect(await db.prompts.get(prompt.id)).toBeUndefined();
  });

  test('a click opens that application\'s page at the draft', async () => {
    const { id, prompt, notificationId } = await applicationWithColonsDueForFollowUp();
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await openFromNotification(notificationId);
    const url = new URL(String(opened.mock.calls[0][0].url));
    expect(url.hash).toBe(`#/application/${encodeURIComponent(id)}?prompt=${encodeURIComponent(prompt.id)}`);
  });
});
