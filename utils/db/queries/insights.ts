import { db } from '../database';
import type { AppEvent, Application, EventType, Reflection } from '../../model/application';

export interface InsightsRecords {
  applications: Application[];
  reflections: Reflection[];
  /** Only the event types asked for, through the type index. */
  events: AppEvent[];
}

/** What Insights adds up: every application and reflection, and the events of the given types. */
export async function readInsightsRecords(types: readonly EventType[]): Promise<InsightsRecords> {
  const [applications, reflections, ...eventsByType] = await Promise.all([
    db.applications.toArray(), db.reflections.toArray(), ...types.map((type) => db.events.where('type').equals(type).toArray()),
  ]);
  return { applications, reflections, events: eventsByType.flat() };
}
