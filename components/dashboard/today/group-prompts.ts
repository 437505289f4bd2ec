import { startOfLocalDay } from '../../../utils/local-day';

export type DueGroup = 'earlier' | 'today' | 'week' | 'later';

export const GROUP_TITLES: Record<DueGroup, string> = {
  // Never "overdue" (voice.md); each late line says "Still a good moment to…" itself, so the heading does not repeat it.
  earlier: 'From earlier',
  today: 'Today',
  week: 'This week',
  later: 'Later',
};

export const GROUP_ORDER: readonly DueGroup[] = ['earlier', 'today', 'week', 'later'];

/** Which heading a prompt sits under, by its due time against local days in the user's zone. */
export function dueGroup(dueAt: string, now: Date, timeZone: string): DueGroup {
  const due = Date.parse(dueAt);
  const today = startOfLocalDay(now.getTime(), timeZone);
  if (due < today) return 'earlier';
  if (due < startOfLocalDay(now.getTime(), timeZone, 1)) return 'today';
  if (due < startOfLocalDay(now.getTime(), timeZone, 7)) return 'week';
  return 'later';
}

/** Items grouped under their headings, keeping their order (most urgent first) within each. */
export function groupByDue<T>(items: readonly T[], dueOf: (item: T) => string, now: Date, timeZone: string): Map<DueGroup, T[]> {
  const groups = new Map<DueGroup, T[]>(GROUP_ORDER.map((group) => [group, []]));
  for (const item of items) groups.get(dueGroup(dueOf(item), now, timeZone))!.push(item);
  return groups;
}
