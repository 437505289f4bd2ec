import { ACTIVE_STAGES, type AppEvent, type Application, type Contact, type Reflection } from '../model/application';
import type { PromptKind, Reminder } from '../model/prompts';
import type { Settings } from '../model/settings';
import { finalizePrompt } from './finalize';
import { planApplication, type ApplicationInput } from './plan-application';
import { isActionable } from './planned-prompt';
import { planPipeline } from './pipeline';
import { pipelineRests } from './rules/pipeline-rest';
import { searchStateOf, type SearchState } from './search-state';

export interface PlanData {
  applications: Application[];
  events: AppEvent[];
  contacts: Contact[];
  reminders: Reminder[];
  reflections: Reflection[];
  settings: Settings;
}

/** One line of the plan, in the key order the `npm run plan` contract prints. */
export interface PlannedLine {
  kind: PromptKind;
  applicationId: string | null;
  contactId: string | null;
  eventId: string | null;
  dueAt: string;
  overdue: boolean;
}

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly (string | null)[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      if (key === null) continue;
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

const compareText = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '', 'en');

/** Stable order: due time, then kind, application, contact and event. */
function byDueThenIdentity(a: PlannedLine, b: PlannedLine): number {
  return a.dueAt.localeCompare(b.dueAt) || a.kind.localeCompare(b.kind) || compareText(a.applicationId, b.applicationId)
    || compareText(a.contactId, b.contactId) || compareText(a.eventId, b.eventId);
}

/** Whether any application was saved after the acceptance: a new search has begun. */
function savedSinceAcceptance(applications: readonly Application[], search: SearchState): boolean {
  const acceptance = search.acceptance;
  return !!acceptance && applications.some((application) => Date.parse(application.createdAt) > acceptance.at);
}

/** Every pending prompt at `now`, due or not yet due, as the CLI and tests see it. */
export function planAll(data: PlanData, now: Date, timeZone: string): PlannedLine[] {
  const { settings } = data;
  const events = groupBy(data.events, (event) => [event.applicationId]);
  const contacts = groupBy(data.contacts, (contact) => contact.applicationIds);
  const reminders = groupBy(data.reminders, (reminder) => [reminder.applicationId]);
  const reflections = groupBy(data.reflections, (reflection) => [reflection.applicationId]);
  const lines: PlannedLine[] = [];
  const add = (prompt: Parameters<typeof finalizePrompt>[0]) => {
    const { kind, applicationId, contactId, eventId, dueAt, overdue } = finalizePrompt(prompt, now, settings, timeZone);
    lines.push({ kind, applicationId, contactId, eventId, dueAt, overdue });
  };
  const search = searchStateOf(data.applications, (id) => events.get(id) ?? [], data.contacts);
  let activeCount = 0;
  for (const application of data.applications) {
    if (ACTIVE_STAGES.includes(application.stage)) activeCount += 1;
    const input: ApplicationInput = {
      application,
      events: events.get(application.id) ?? [],
      contacts: contacts.get(application.id) ?? [],
      reminders: reminders.get(application.id) ?? [],
      reflections: reflections.get(application.id) ?? [],
    };
    for (const prompt of planApplication(input, settings, timeZone, search)) {
      if (isActionable(prompt, now)) add(prompt);
    }
  }
  const pipeline = pipelineRests(search, savedSinceAcceptance(data.applications, search)) ? null : planPipeline(activeCount, data.reminders.filter((reminder) => reminder.kind === 'pipeline'), settings, now, timeZone);
  if (pipeline) add(pipeline);
  return lines.sort(byDueThenIdentity);
}
