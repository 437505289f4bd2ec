// Small builders so each test states only what matters to its rule.
import { defaultSettings, type Settings } from '../../utils/model/settings';
import type { AppEvent, Application, Contact, EventType, Reflection, Stage } from '../../utils/model/application';
import type { Reminder } from '../../utils/model/prompts';
import { planAll, type PlannedLine } from '../../utils/followups';

const STAMP = '2026-01-01T00:00:00.000Z';

export function application(id: string, stage: Stage, extra: Partial<Application> = {}): Application {
  return { id, company: 'Acme', title: 'Engineer', stage, createdAt: STAMP, updatedAt: STAMP, ...extra };
}

export function event(id: string, applicationId: string, type: EventType, at: string, extra: Partial<AppEvent> = {}): AppEvent {
  return { id, applicationId, type, at, createdAt: STAMP, ...extra };
}

export function contact(id: string, name: string, role: Contact['role'], applicationIds: string[]): Contact {
  return { id, name, role, applicationIds, createdAt: STAMP, updatedAt: STAMP };
}

export function reminder(id: string, status: Reminder['status'], extra: Partial<Reminder> = {}): Reminder {
  const [kind, applicationId, eventId, contactId] = id.split(':').map((part) => (part === '-' ? null : part));
  return { id, kind: kind as Reminder['kind'], applicationId, eventId, contactId, status, decidedAt: STAMP, ...extra };
}

export function reflection(id: string, applicationId: string, eventId: string): Reflection {
  return { id, applicationId, eventId, createdAt: STAMP };
}

export interface Scenario {
  applications: Application[];
  events?: AppEvent[];
  contacts?: Contact[];
  reminders?: Reminder[];
  reflections?: Reflection[];
  settings?: Partial<Settings>;
}

/** Enough live applications that the pipeline nudge stays out of rule tests. */
export function fullPipeline(count = 5): Application[] {
  return Array.from({ length: count }, (_, index) => application(`live${index}`, 'applied'));
}

export function plan(scenario: Scenario, now: string, timeZone = 'America/New_York'): PlannedLine[] {
  return planAll(
    {
      applications: scenario.applications,
      events: scenario.events ?? [],
      contacts: scenario.contacts ?? [],
      reminders: scenario.reminders ?? [],
      reflections: scenario.reflections ?? [],
      settings: { ...defaultSettings(), timeZone, ...scenario.settings },
    },
    new Date(now),
    timeZone,
  );
}

/** Just the prompts of one kind, as "eventId/contactId @ dueAt" lines that read well in a failure. */
export function dueTimes(lines: PlannedLine[], kind: PlannedLine['kind']): string[] {
  return lines.filter((line) => line.kind === kind).map((line) => `${line.eventId ?? '-'}/${line.contactId ?? '-'} @ ${line.dueAt}`);
}
