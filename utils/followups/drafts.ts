import { format } from 'date-fns';
import type { AppEvent, Application, Contact, EventType } from '../model/application';
import type { PromptKind } from '../model/prompts';
import type { Settings } from '../model/settings';
import { DEFAULT_SUBJECT, DEFAULT_TEMPLATES } from './draft-templates';
import { inZone } from './local-time';
import { firstName } from './wording-parts';
import { oneLine, paragraphs } from '../line-breaks';

/** What a draft may name. Every value is plain text and stays plain text (never HTML). */
export interface DraftContext {
  application: Application | null;
  /** The person the message goes to. */
  contact: Contact | null;
  /** The event the prompt answers (the interview, for thank-you and references). */
  event: AppEvent | null;
  /** The people met in the interview, for {interviewer}. */
  interviewers?: readonly Contact[];
  settings: Pick<Settings, 'name' | 'signature'>;
  timeZone: string;
}

export interface Draft {
  subject: string;
  body: string;
}

function placeholderValues(ctx: DraftContext): Record<string, string> {
  const interviewAt = ctx.event?.type === 'interview' ? Date.parse(ctx.event.at) : NaN;
  const myName = ctx.settings.name.trim();
  const interviewers = (ctx.interviewers ?? []).map((person) => person.name.trim()).filter(Boolean);
  // Names and titles come from pages and imports and may hold line breaks; in a message they read as one line.
  return {
    name: oneLine(firstName(ctx.contact) ?? 'there'),
    fullName: oneLine(ctx.contact?.name ?? '') || 'there',
    role: oneLine(ctx.application?.title ?? '') || 'the role',
    company: oneLine(ctx.application?.company ?? '') || 'your company',
    interviewDate: Number.isNaN(interviewAt) ? 'our interview' : format(inZone(interviewAt, ctx.timeZone), 'EEEE d MMMM'),
    interviewer: interviewers.length ? oneLine(interviewers.join(' and ')) : 'the team',
    signature: ctx.settings.signature.trim() || oneLine(myName),
    myName: oneLine(myName),
  };
}

/** Replaces known {placeholders} in one pass; unknown ones stay visible so the user notices them. */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name] : whole));
}

/** Splits an optional leading "Subject: …" line from the body. */
function splitSubject(template: string): { subject: string; body: string } {
  const match = /^\s*Subject:[ \t]*(.*)\r?\n/i.exec(template);
  if (!match) return { subject: DEFAULT_SUBJECT, body: template.trim() };
  return { subject: match[1].trim(), body: template.slice(match[0].length).trim() };
}

/**
 * The draft for a prompt: the user's own template for its kind when they set one, else Ajar's. Null for
 * kinds that send no message (prep, reflection, pipeline) unless the user wrote a template for them.
 */
export function renderDraft(kind: PromptKind, ctx: DraftContext, templates: Partial<Record<PromptKind, string>> = {}): Draft | null {
  const template = templates[kind]?.trim() ? templates[kind] : DEFAULT_TEMPLATES[kind];
  if (!template) return null;
  const values = placeholderValues(ctx);
  const { subject, body } = splitSubject(template);
  return { subject: fillPlaceholders(subject, values), body: fillPlaceholders(body, values) };
}

/**
 * A mailto: link that survives any subject or body text. The subject is one line (a break there would be
 * a header of its own to a mail app); the body's breaks, whatever their kind, become CRLF as RFC 6068
 * asks, and every character is percent-encoded.
 */
export function mailtoUrl(to: string | readonly string[], subject: string, body: string): string {
  const recipients = (typeof to === 'string' ? [to] : [...to]).map((address) => encodeURIComponent(oneLine(address).replace(/\s+/g, '')).replace(/%40/g, '@')).join(',');
  return `mailto:${recipients}?subject=${encodeURIComponent(oneLine(subject))}&body=${encodeURIComponent(paragraphs(body, '\r\n'))}`;
}

const SENT_EVENT: Partial<Record<PromptKind, EventType>> = {
  'thank-you': 'thank-you-sent',
  'follow-up': 'follow-up-sent',
  'feedback-request': 'feedback-requested',
  'keep-in-touch': 'check-in-sent',
  references: 'references-briefed',
  // Telling an employer about the offer is a follow-up; a withdrawal closes the application; thanking a
  // reference after the acceptance is a message to the references, as briefing them was.
  'offer-leverage': 'follow-up-sent',
  withdraw: 'withdrawn',
  'thank-references': 'references-briefed',
};

/** The event that logging a sent draft records — the same event that settles the prompt in the engine. */
export function eventForSentDraft(kind: PromptKind): 'thank-you-sent' | 'follow-up-sent' | 'feedback-requested' | 'check-in-sent' | 'references-briefed' | 'withdrawn' | null {
  return (SENT_EVENT[kind] as ReturnType<typeof eventForSentDraft> | undefined) ?? null;
}
