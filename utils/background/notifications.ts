import { browser } from 'wxt/browser';
import { PROMPT_KINDS, type PromptKind } from '../model/prompts';
import { markDone, snoozeOneDay } from '../prompt-decisions';
import { getSettings } from '../db/queries/settings';
import { loadPromptContexts } from '../db/queries/prompt-context';
import type { LivePrompt } from '../db/queries/due-prompts';
import { promptTitle, summaryNotification } from '../followups/wording';
import { promptKey } from '../followups/prompt-key';
import type { Delivery } from './deliver';
import { TODAY, dashboardUrl, promptRoute } from '../routes';

const PROMPT_PREFIX = 'ajar-prompt:';
export const SUMMARY_ID = 'ajar-summary';
const ICON = '/icon/128.png';

/** Shows what takeDelivery decided: one line saying who and what, with snooze and done at hand. */
export async function showDelivery(delivery: Delivery, now: Date = new Date()): Promise<void> {
  if (delivery.single) {
    const prompt = delivery.single;
    const settings = await getSettings();
    const context = (await loadPromptContexts([prompt])).get(prompt.id);
    await browser.notifications.create(notificationIdOf(prompt), {
      type: 'basic',
      iconUrl: browser.runtime.getURL(ICON),
      title: 'Ajar',
      message: promptTitle(prompt, { application: null, contact: null, event: null, ...context, now, timeZone: settings.timeZone, settings }),
      // Firefox shows neither buttons nor sticky notifications (and rejects them); a click still opens the draft.
      ...(import.meta.env.FIREFOX ? {} : { buttons: [{ title: 'Snooze a day' }, { title: 'Done' }], requireInteraction: true, priority: 0 }),
    });
  } else if (delivery.summary) {
    await browser.notifications.create(SUMMARY_ID, {
      type: 'basic',
      iconUrl: browser.runtime.getURL(ICON),
      title: 'Ajar',
      message: summaryNotification(delivery.summary),
      ...(import.meta.env.FIREFOX ? {} : { requireInteraction: true, priority: 0 }),
    });
  }
}

/** Where a click on a notification leads: the prompt's draft in its application, or Today. */
export async function openFromNotification(notificationId: string): Promise<void> {
  const prompt = promptOf(notificationId);
  await browser.tabs.create({ url: dashboardUrl(prompt ? promptRoute(prompt, TODAY) : TODAY) });
  await browser.notifications.clear(notificationId);
}

/** The two buttons: 0 snoozes a day, 1 marks it done. */
export async function answerNotification(notificationId: string, buttonIndex: number, now: Date = new Date()): Promise<void> {
  const prompt = promptOf(notificationId);
  if (prompt) {
    if (buttonIndex === 0) await snoozeOneDay(prompt, now);
    else await markDone(prompt, now);
  }
  await browser.notifications.clear(notificationId);
}

type PromptIdentity = Pick<LivePrompt, 'id' | 'kind' | 'applicationId' | 'eventId' | 'contactId'>;

const NONE = '-';

/**
 * A notification's id carries the prompt's identity, all a decision needs. Ids from a backup or another
 * tool may hold a ':' (the key's separator), so each part is percent-encoded; Ajar's own ids (UUIDs)
 * encode to themselves, so a notification shown before this encoding still decodes.
 */
function notificationIdOf(prompt: PromptIdentity): string {
  const part = (value: string | null) => (value === null ? NONE : encodeURIComponent(value));
  return PROMPT_PREFIX + [prompt.kind, prompt.applicationId, prompt.eventId, prompt.contactId].map(part).join(':');
}

function promptOf(notificationId: string): PromptIdentity | null {
  if (!notificationId.startsWith(PROMPT_PREFIX)) return null;
  const parts = notificationId.slice(PROMPT_PREFIX.length).split(':');
  if (parts.length !== 4) return null;
  const [kind, ...rest] = parts;
  if (!(PROMPT_KINDS as readonly string[]).includes(kind)) return null;
  try {
    const [applicationId, eventId, contactId] = rest.map((part) => (part === NONE ? null : decodeURIComponent(part)));
    const identity = { kind: kind as PromptKind, applicationId, eventId, contactId };
    return { ...identity, id: promptKey(identity.kind, applicationId, eventId, contactId) };
  } catch {
    // A malformed escape: not a notification this Ajar wrote.
    return null;
  }
}
