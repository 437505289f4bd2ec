import { browser } from 'wxt/browser';
import type { ExtractedPosting } from './capture/types';
import type { Stage } from './model/application';
import type { ZodMiniType } from 'zod/mini';

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

/**
 * Who may send each message. The chip's content script runs inside web pages, so what it sends is taken
 * only from this extension's content script in a tab on an https page; everything else only from Ajar's
 * own pages (the popup, the dashboard), never from a content script a page could drive.
 */
export type SenderKind = 'content-script' | 'extension-page';
export const MESSAGE_SENDERS: Readonly<Record<MessageType, SenderKind>> = {
  promptsChanged: 'extension-page',
  lookupPosting: 'content-script',
  savePosting: 'content-script',
  markApplied: 'content-script',
  openDashboard: 'content-script',
};

/** Checks each request's shape and sizes before its handler sees it (kept out of the content script's bundle). */
export type RequestChecks = { [K in MessageType]: ZodMiniType<Protocol[K]['request']> };

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

/**
 * Installs the background's handlers; anything that is not an Ajar message is left to others. A message
 * is handled only when its name is one of the protocol's own (never an Object.prototype name such as
 * "constructor"), its sender is one that may send it, and its request passes its check; the handler gets
 * the checked request, without fields the protocol does not name.
 */
export function handleMessages(handlers: Handlers, checks: RequestChecks): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: Reply) => void) => {
    if (!isEnvelope(message) || !isMessageType(message.ajar) || !Object.hasOwn(handlers, message.ajar)) return undefined;
    const type = message.ajar;
    if (!senderMaySend(type, sender)) {
      sendResponse({ ok: false, error: `Ajar takes "${type}" only from ${MESSAGE_SENDERS[type] === 'content-script' ? 'its own chip on a secure (https) page' : 'its own pages'}.` });
      return undefined;
    }
    const checked = checks[type].safeParse(message.data);
    if (!checked.success) {
      sendResponse({ ok: false, error: `Ajar could not take that "${type}" request: ${describeIssue(checked.error.issues[0])}` });
      return undefined;
    }
    const handler = handlers[type] as (data: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>;
    handler(checked.data, sender).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });
}

/** Whether this sender may send this message (see MESSAGE_SENDERS). */
export function senderMaySend(type: MessageType, sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || typeof sender.url !== 'string') return false;
  if (MESSAGE_SENDERS[type] === 'content-script') return !!sender.tab && sender.url.startsWith('https://');
  return sender.url.startsWith(browser.runtime.getURL(''));
}

function isMessageType(name: string): name is MessageType {
  return Object.hasOwn(MESSAGE_SENDERS, name);
}

/** "posting.title should be a string.": where, then what; the checks word their own size limits. */
function describeIssue(issue: { path: readonly PropertyKey[]; message: string; code?: string; expected?: unknown } | undefined): string {
  if (!issue) return 'it is not in the expected shape.';
  const where = issue.path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '') || 'the request';
  if (issue.code === 'invalid_type') return `${where} should be ${issue.expected === 'undefined' ? 'empty' : /^[aeiou]/.test(String(issue.expected)) ? `an ${String(issue.expected)}` : `a ${String(issue.expected)}`}.`;
  return `${where} ${issue.message}.`;
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).ajar === 'string';
}
