import type { AppEvent, Application, Contact } from '../model/application';
import type { PendingPrompt, PromptKind } from '../model/prompts';
import type { Settings } from '../model/settings';
import { localDateAtHour } from './local-time';
import { capitalize, dayPossessive, elapsed, firstName, numberWord, roleAtCompany, whenAhead } from './wording-parts';

/** What a title may name: the records behind the prompt, and the moment it is read. */
export interface WordingContext {
  application: Application | null;
  contact: Contact | null;
  /** The event the prompt answers. */
  event: AppEvent | null;
  now: Date;
  timeZone: string;
  settings?: Settings;
  /** Pipeline only: how many applications are live. */
  activeCount?: number;
}

type Titled = Pick<PendingPrompt, 'kind' | 'dueAt'>;

/** A prompt a day or more past its time gets "Still a good moment to…" — late is fine (voice.md). */
const LATE_MS = 86_400_000;

const company = (ctx: WordingContext) => ctx.application?.company?.trim() || 'this company';
const eventTime = (ctx: WordingContext) => (ctx.event ? Date.parse(ctx.event.at) : NaN);
const isLate = (prompt: Titled, ctx: WordingContext) => ctx.now.getTime() - Date.parse(prompt.dueAt) >= LATE_MS;

function thankYou(prompt: Titled, ctx: WordingContext): string {
  const who = ctx.contact?.name.trim() || 'the people you met';
  const at = eventTime(ctx);
  const which = Number.isNaN(at) ? 'the' : dayPossessive(at, ctx.now.getTime(), ctx.timeZone);
  const role = roleAtCompany(ctx.application?.title, ctx.application?.company);
  const line = `thank ${who} for ${which} interview${role ? ` (${role})` : ''}`;
  return isLate(prompt, ctx) ? `Still a good moment to ${line}` : capitalize(line);
}

function followUp(prompt: Titled, ctx: WordingContext): string {
  const at = eventTime(ctx);
  const since = Number.isNaN(at) ? 'a while' : elapsed(at, Math.max(ctx.now.getTime(), Date.parse(prompt.dueAt)));
  // Due on a later day (Today's "This week"): said ahead, so it never claims a week has passed when it has not.
  const when = whenAhead(Date.parse(prompt.dueAt), ctx.now.getTime(), ctx.timeZone);
  if (when !== 'today') return followUpAhead(ctx, when, since);
  switch (ctx.event?.type) {
    case 'applied':
      return `It's been ${since} since you applied to ${company(ctx)} — a short follow-up often gets an answer`;
    case 'follow-up-sent':
      return `No reply from ${company(ctx)} yet. One more short, friendly note is fine`;
    default:
      if (ctx.application?.decisionExpectedBy) return `${capitalize(company(ctx))}'s decision date has passed — asking about next steps is expected now`;
      // Said as silence since the interview, so it never reads as a second thank-you (A2, not A1).
      return isLate(prompt, ctx)
        ? `Still a good moment to ask ${company(ctx)} about next steps after your interview`
        : `It's been ${since} since your interview at ${company(ctx)} — a short note asking about next steps often gets an answer`;
  }
}

/** The same follow-up seen before its day: "Follow up with Acme on Friday if they haven't replied — …". */
function followUpAhead(ctx: WordingContext, when: string, since: string): string {
  switch (ctx.event?.type) {
    case 'applied':
      return `Follow up with ${company(ctx)} ${when} if they haven't replied — ${since} after applying, a short note often gets an answer`;
    case 'follow-up-sent':
      return `One more short, friendly note to ${company(ctx)} ${when} if they still haven't replied`;
    default:
      if (ctx.application?.decisionExpectedBy) return `Ask ${company(ctx)} about next steps ${when} if their decision date passes without word`;
      return `Ask ${company(ctx)} about next steps ${when} if they haven't been in touch — ${since} after an interview, a short note often gets an answer`;
  }
}

function keepInTouch(prompt: Titled, ctx: WordingContext): string {
  const who = firstName(ctx.contact) ?? 'the team';
  const at = eventTime(ctx);
  if (ctx.event?.type !== 'rejected' || Number.isNaN(at)) return `Time for another quick hello to ${who} at ${company(ctx)}: it keeps the door open`;
  return `${capitalize(elapsed(at, Date.parse(prompt.dueAt)))} since ${company(ctx)}: a quick hello to ${who} keeps the door open`;
}

function pipeline(ctx: WordingContext): string {
  if (ctx.activeCount === undefined) return 'A few more applications keep your options open';
  if (ctx.activeCount === 0) return 'Nothing in play right now. A couple of new applications get things moving again';
  if (ctx.activeCount === 1) return "One application in play. Adding a few more means it isn't all riding on one company";
  return `${capitalize(numberWord(ctx.activeCount))} applications in play. Adding a few more keeps your options open`;
}

/** "by Friday", "by tomorrow", "today", "by 12 March": an employer's deadline seen from now. */
function byDeadline(date: string | null | undefined, ctx: WordingContext): string {
  const deadline = date ? localDateAtHour(date, 12, ctx.timeZone) : null;
  if (!deadline) return 'soon';
  const when = whenAhead(deadline.getTime(), ctx.now.getTime(), ctx.timeZone);
  return when === 'today' ? 'today' : `by ${when.replace(/^on /, '')}`;
}

function offerDecision(ctx: WordingContext): string {
  return `${capitalize(company(ctx))} would like an answer ${byDeadline(ctx.application?.offerRespondBy, ctx)}: time to weigh the offer and ask for anything you need`;
}

function offerLeverage(ctx: WordingContext): string {
  const who = firstName(ctx.contact);
  return `Let ${who ? `${who} at ` : ''}${company(ctx)} know an offer has come in, and ask where they stand`;
}

function withdraw(ctx: WordingContext): string {
  const who = firstName(ctx.contact);
  const news = ctx.application?.stage === 'offer' ? "you're declining their offer" : "you've accepted another role";
  return `Let ${who ? `${who} at ` : ''}${company(ctx)} know ${news}: a warm note keeps the door open`;
}

function thankReferences(ctx: WordingContext): string {
  const who = ctx.contact?.name.trim() || 'your references';
  return `Tell ${who} you accepted the ${company(ctx)} offer, and thank them for vouching for you`;
}

const TITLES: Record<PromptKind, (prompt: Titled, ctx: WordingContext) => string> = {
  'thank-you': thankYou,
  'follow-up': followUp,
  'close-out': (_, ctx) => `No word from ${company(ctx)} after your follow-ups. Marking it "no response" makes room for what's next`,
  'feedback-request': (_, ctx) => `Sorry about ${company(ctx)}. Asking ${firstName(ctx.contact) ?? 'them'} for two lines of feedback takes a minute and often helps`,
  'keep-in-touch': keepInTouch,
  references: (_, ctx) => {
    const at = eventTime(ctx);
    const when = Number.isNaN(at) ? 'soon' : whenAhead(at, ctx.now.getTime(), ctx.timeZone);
    return `Brief your references: your ${ctx.event?.final ? 'final ' : ''}interview at ${company(ctx)} is ${when}`;
  },
  prep: (_, ctx) => {
    const at = eventTime(ctx);
    const which = Number.isNaN(at) ? 'your' : dayPossessive(at, ctx.now.getTime(), ctx.timeZone);
    return `Prepare for ${which} interview at ${company(ctx)}: a little research and two questions to ask`;
  },
  reflection: (_, ctx) =>
    ctx.event?.type === 'rejected'
      ? `A few notes on ${company(ctx)} while it's fresh. Many reasons are outside your control`
      : `How did the ${company(ctx)} interview go? Two minutes of notes now help later`,
  pipeline: (_, ctx) => pipeline(ctx),
  'offer-decision': (_, ctx) => offerDecision(ctx),
  'offer-leverage': (_, ctx) => offerLeverage(ctx),
  withdraw: (_, ctx) => withdraw(ctx),
  'thank-references': (_, ctx) => thankReferences(ctx),
};

/** One line in Ajar's voice: the next step first, naming who and what. */
export function promptTitle(prompt: Titled, ctx: WordingContext): string {
  return TITLES[prompt.kind](prompt, ctx);
}

const SUMMARY_NAMES: Record<PromptKind, [string, string]> = {
  'thank-you': ['a thank-you note', 'thank-you notes'],
  'follow-up': ['a follow-up', 'follow-ups'],
  'close-out': ['an application to close', 'applications to close'],
  'feedback-request': ['a feedback request', 'feedback requests'],
  'keep-in-touch': ['a hello to keep in touch', 'hellos to keep in touch'],
  references: ['a references briefing', 'references briefings'],
  reflection: ['a reflection', 'reflections'],
  prep: ['some interview prep', 'interview preps'],
  pipeline: ['a look at your pipeline', 'looks at your pipeline'],
  'offer-decision': ['an offer to answer', 'offers to answer'],
  'offer-leverage': ['a note about your offer', 'notes about your offer'],
  withdraw: ['an application to close kindly', 'applications to close kindly'],
  'thank-references': ['a thank-you to a reference', 'thank-yous to references'],
};

/** One calm line instead of a flood: "Three things came due while you were away: two follow-ups and a reflection". */
export function summaryNotification(prompts: readonly Pick<PendingPrompt, 'kind'>[]): string {
  if (prompts.length === 0) return 'Nothing came due while you were away';
  const counts = new Map<PromptKind, number>();
  for (const prompt of prompts) counts.set(prompt.kind, (counts.get(prompt.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, count]) => (count === 1 ? SUMMARY_NAMES[kind][0] : `${numberWord(count)} ${SUMMARY_NAMES[kind][1]}`));
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  const head = prompts.length === 1 ? 'One thing came due' : `${capitalize(numberWord(prompts.length))} things came due`;
  return `${head} while you were away: ${list}`;
}
