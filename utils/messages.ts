import { browser } from 'wxt/browser';
import type { ExtractedPosting } from './capture/types';
import type { Stage } from './db/types';

/** What the content script shows for a posting Ajar already has. */
export interface TrackedSummary {
  applicationId: string;
  company: string;
  title: string;
  stage: Stage;
  /** "Applied 5 days ago" */
  label: string;
}

/**
 * Every message between Ajar's contexts, in one typed map: the request each one carries and the answer
 * it gets. Content scripts live in the page's origin and cannot open Ajar's database, so they ask the
 * background; extension pages write the database directly and only tell the background to re-arm.
 */
export interface Protocol {
  /** A page wrote something that can move a prompt: re-arm the alarm. */
  promptsChanged: { request: void; response: void };
  /** Is this posting tracked already? */
  lookupPosting: { request: { url: string; company: string | null; title: string | null }; response: TrackedSummary | null };
  /** Save a posting from the in-page chip after the user checked the preview. */
  savePosting: { request: { posting: ExtractedPosting; applied: boolean }; response: TrackedSummary };
  /** The user confirmed Ajar's offer on an ATS's "thank you for applying" page. */
  markApplied: { request: { applicationId: string }; response: TrackedSummary };
  /** Open the dashboard at a place (a hash route such as "#/application/a1"). */
  openDashboard: { request: { hash: string }; response: void };
}

export type MessageType = keyof Protocol;
type Envelope = { ajar: MessageType; data: unknown };
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

export async function sendMessage<K extends MessageType>(type: K, data: Protocol[K]['request']): Promise<Protocol[K]['response']> {
  const reply = (await browser.runtime.sendMessage({ ajar: type, data } satisfies Envelope)) as Reply | undefined;
  if (!reply) throw new Error(`Ajar's background did not answer "${type}".`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Protocol[K]['response'];
}

export type Handlers = {
  [K in MessageType]: (data: Protocol[K]['request'], sender: Browser.runtime.MessageSender) => Promise<Protocol[K]['response']>;
};

/** Installs the background's handlers; anything that is not an Ajar message is left to others. */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: Reply) => void) => {
    if (!isEnvelope(message) || !(message.ajar in handlers)) return undefined;
    const handler = handlers[message.ajar] as (data: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>;
    handler(message.data, sender).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).ajar === 'string';
}
