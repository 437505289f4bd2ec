import { STAGES } from '../../../utils/model/application';
import type { ApplicationRow } from '../../../utils/model/application-row';

export type SortKey = 'company' | 'title' | 'stage' | 'source' | 'location' | 'updatedAt';
export interface SortOrder {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

export const DEFAULT_SORT: SortOrder = { key: 'updatedAt', direction: 'descending' };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const stageRank = new Map(STAGES.map((stage, index) => [stage, index]));

function compare(a: ApplicationRow, b: ApplicationRow, key: SortKey): number {
  switch (key) {
    case 'updatedAt':
      return a.updatedMs - b.updatedMs;
    case 'stage':
      return (stageRank.get(a.stage) ?? 99) - (stageRank.get(b.stage) ?? 99);
    default:
      return collator.compare(a[key], b[key]);
  }
}

/** A sorted copy; ties fall back to the most recent activity so the order never jumps around. */
export function sortRows(rows: readonly ApplicationRow[], order: SortOrder): ApplicationRow[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b, order.key) || b.updatedMs - a.updatedMs || (a.id < b.id ? -1 : 1));
}

/** Clicking a column header: a new column sorts its natural way, the same column flips. */
export function nextSort(current: SortOrder, key: SortKey): SortOrder {
  if (current.key !== key) return { key, direction: key === 'updatedAt' ? 'descending' : 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
