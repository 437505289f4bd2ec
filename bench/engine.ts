import type { BackupDocument } from '../utils/backup/schema';
import type { AppEvent } from '../utils/model/application';
import { planAll } from '../utils/followups/plan-all';
import { planApplication } from '../utils/followups/plan-application';
import { readBackup } from '../utils/followups/read-backup';
import { BENCH_NOW } from './data';
import { median } from './stats';

/**
 * The follow-up engine timed in Node on the same generated data the browser holds (the engine is pure
 * TypeScript; the page runs the same code).
 * - planAll: every pending prompt of the whole data set (what a restore or a full re-derivation plans).
 * - planOne: one new event arrives; the prompts of its application are derived again from that
 *   application's records, found through per-application indexes as refreshPromptsFor reads them.
 */
export function timeEngine(doc: BackupDocument, runs: number): { planAll: number; planOne: number; prompts: number } {
  const data = readBackup(JSON.parse(JSON.stringify(doc)));
  const tz = data.settings.timeZone;
  let prompts = 0;
  const all: number[] = [];
  for (let run = -1; run < runs; run += 1) {
    const start = performance.now();
    prompts = planAll(data, BENCH_NOW, tz).length;
    if (run >= 0) all.push(performance.now() - start);
  }

  // The indexes IndexedDB keeps (events by applicationId, and so on), built once, outside the timing.
  const byApp = <T extends { applicationId: string | null }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) if (row.applicationId) map.set(row.applicationId, [...(map.get(row.applicationId) ?? []), row]);
    return map;
  };
  const events = byApp(data.events);
  const reminders = byApp(data.reminders);
  const reflections = byApp(data.reflections);
  const contacts = new Map<string, typeof data.contacts>();
  for (const contact of data.contacts) for (const id of contact.applicationIds) contacts.set(id, [...(contacts.get(id) ?? []), contact]);

  const one: number[] = [];
  const active = data.applications.filter((a) => a.stage === 'applied' || a.stage === 'interviewing');
  const targets = active.length > 0 ? active : data.applications;
  for (let run = -1; run < Math.max(runs, 5) * 4; run += 1) {
    const application = targets[(run + 1) * 7919 % targets.length];
    const event: AppEvent = { id: `bench-${run}`, applicationId: application.id, type: 'follow-up-sent', at: BENCH_NOW.toISOString(), createdAt: BENCH_NOW.toISOString() };
    const start = performance.now();
    planApplication({
      application,
      events: [...(events.get(application.id) ?? []), event],
      contacts: contacts.get(application.id) ?? [],
      reminders: reminders.get(application.id) ?? [],
      reflections: reflections.get(application.id) ?? [],
    }, data.settings, tz);
    if (run >= 0) one.push(performance.now() - start);
  }
  return { planAll: median(all), planOne: median(one), prompts };
}
