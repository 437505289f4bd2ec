import { format } from 'date-fns';
import type { AppEvent, Application, Contact, EventType, PromptKind, Settings } from '../db/types';
import { DEFAULT_SUBJECT, DEFAULT_TEMPLATES } from './draft-templates';
import { inZone } from './local-time';
import { firstName } from './wording-parts';

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
  return {
    name: firstName(ctx.contact) ?? 'there',
    fullName: ctx.contact?.name.trim() || 'there',
    role: ctx.application?.title?.trim() || 'the role',
    company: ctx.application?.company?.trim() || 'your company',
    interviewDate: Number.isNaN(interviewAt) ? 'our interview' : format(inZone(interviewAt, ctx.timeZone), 'EEEE d MMMM'),
    interviewer: interviewers.length ? interviewers.join(' and ') : 'the team',
    signature: ctx.settings.signature.trim() || myName,
    myName,
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

/** A mailto: link that survives any subject or body text; line breaks become CRLF as RFC 6068 asks. */
export function mailtoUrl(to: string | readonly string[], subject: string, body: string): string {
  const recipients = (typeof to === 'string' ? [to] : [...to]).map((address) => encodeURIComponent(address.trim()).replace(/%40/g, '@')).join(',');
  const crlf = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${recipients}?subject=${crlf(subject)}&body=${crlf(body)}`;
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
