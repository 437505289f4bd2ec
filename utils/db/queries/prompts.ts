import { db } from '../database';
import { byDue, dueCountUpTo, duePage, toLive, type LivePrompt } from './due-prompts';
import { loadPromptContexts, type PromptContext } from './prompt-context';
import { startOfLocalDay } from '../../local-day';
import type { Contact } from '../../model/application';
import { countLiveApplications } from './pipeline-health';
import type { Settings } from '../../model/settings';
import { isActionable, type PlannedPrompt } from '../../followups';
import { closingPage } from './due-prompts';
import { searchOutcome, type SearchOutcome } from './search-state';

/** A prompt with the records its title and draft name. */
export interface PromptItem {
  prompt: LivePrompt;
  context: PromptContext & { interviewers: Contact[] };
}

export interface PromptList {
  items: PromptItem[];
  /** Live applications, for the pipeline nudge's wording. */
  activeCount: number;
  /** More prompts lie beyond `later` than were loaded. */
  truncated: boolean;
  /** More is due now than one page holds: the rest follow as these are settled. */
  backlog?: boolean;
  /** Today only: where the whole search stands (done once an offer is accepted). */
  outcome?: SearchOutcome;
}

/** Far-off prompts (keep-in-touch months ahead) are many at 10k applications; the nearest are enough. */
const LATER_LIMIT = 100;
/** A long unsettled backlog is read a page at a time: more than this is never one sitting's work. */
const SOON_LIMIT = 200;

function live(stored: readonly PlannedPrompt[], now: Date, settings: Settings): LivePrompt[] {
  return stored.filter((prompt) => isActionable(prompt, now)).map((prompt) => toLive(prompt, now, settings));
}

async function withContexts(prompts: LivePrompt[]): Promise<PromptItem[]> {
  const contexts = await loadPromptContexts(prompts);
  // Thank-you and references drafts name everyone in the interview, not only the addressee.
  const interviewerIds = [...new Set([...contexts.values()].flatMap((context) => (context.event?.type === 'interview' ? context.event.contactIds ?? [] : [])))];
  const people = new Map((await db.contacts.bulkGet(interviewerIds)).filter((contact): contact is Contact => !!contact).map((contact) => [contact.id, contact]));
  return prompts.map((prompt) => {
    const context = contexts.get(prompt.id) ?? { application: null, contact: null, event: null };
    const interviewers = (context.event?.contactIds ?? []).map((id) => people.get(id)).filter((contact): contact is Contact => !!contact);
    return { prompt, context: { ...context, interviewers } };
  });
}

// The pipeline nudge's wording needs the count only below the target; past this it is simply "plenty".
const ACTIVE_COUNTED = 100;

const activeCount = () => countLiveApplications(ACTIVE_COUNTED);

/** Everything pending for Today: all of this week through the dueAt index, then the nearest later ones. */
export async function loadTodayPrompts(now: Date, settings: Settings): Promise<PromptList> {
  const outcome = await searchOutcome();
  if (outcome.kind === 'done') {
    // The search is over: Today holds only what is left to close.
    const closing = await closingPage(SOON_LIMIT, now, settings);
    return { items: await withContexts(closing), activeCount: 0, truncated: false, backlog: closing.length === SOON_LIMIT, outcome };
  }
  const weekEnd = startOfLocalDay(now.getTime(), settings.timeZone, 7);
  const soon = await duePage(new Date(weekEnd - 1), SOON_LIMIT, now, settings);
  const backlog = soon.length === SOON_LIMIT && (await dueCountUpTo(new Date(weekEnd - 1), SOON_LIMIT)) > SOON_LIMIT;
  const laterStored = (await db.prompts.where('dueAt').aboveOrEqual(new Date(weekEnd).toISOString()).limit(LATER_LIMIT + 1).toArray()) as PlannedPrompt[];
  const later = backlog ? [] : live(laterStored.slice(0, LATER_LIMIT), now, settings);
  const truncated = backlog || laterStored.length > LATER_LIMIT;
  return { items: await withContexts([...soon, ...later].sort(byDue)), activeCount: await activeCount(), truncated, backlog, outcome };
}

/** Every pending prompt of one application, through the applicationId index. */
export async function loadApplicationPrompts(applicationId: string, now: Date, settings: Settings): Promise<PromptList> {
  const stored = (await db.prompts.where('applicationId').equals(applicationId).toArray()) as PlannedPrompt[];
  return { items: await withContexts(live(stored, now, settings).sort(byDue)), activeCount: await activeCount(), truncated: false };
}

/** Stored prompts due at or before `until` (ISO), through the dueAt index, actionable or not. */
export async function readPromptsDueBy(until: string): Promise<PlannedPrompt[]> {
  return (await db.prompts.where('dueAt').belowOrEqual(until).toArray()) as PlannedPrompt[];
}
