import { CLOSED_STAGES, type Stage } from '../../../utils/model/application';
import type { ApplicationRow } from '../../../utils/model/application-row';

export interface RowFilters {
  /** Free text; every word must appear in company, title, location or source. */
  query: string;
  /** Empty means every stage. */
  stages: readonly Stage[];
  /** Empty means every source. */
  source: string;
  onlyWithPrompts: boolean;
  /** Last activity on or after this instant (ms), or null. */
  fromMs: number | null;
  /** Last activity before this instant (ms), or null. */
  toMs: number | null;
  hideClosed: boolean;
}

export const NO_FILTERS: RowFilters = { query: '', stages: [], source: '', onlyWithPrompts: false, fromMs: null, toMs: null, hideClosed: false };

/** The rows that pass every filter, in their incoming order. One pass, no allocation per row. */
export function filterRows(rows: readonly ApplicationRow[], filters: RowFilters, withPrompts: ReadonlySet<string>): ApplicationRow[] {
  const words = filters.query.toLowerCase().split(/\s+/).filter(Boolean);
  const stages = filters.stages.length > 0 ? new Set(filters.stages) : null;
  const closed = new Set<Stage>(CLOSED_STAGES);
  const source = filters.source.toLowerCase();
  return rows.filter((row) => {
    if (filters.hideClosed && closed.has(row.stage)) return false;
    if (stages && !stages.has(row.stage)) return false;
    if (source && row.source.toLowerCase() !== source) return false;
    if (filters.onlyWithPrompts && !withPrompts.has(row.id)) return false;
    if (filters.fromMs !== null && row.updatedMs < filters.fromMs) return false;
    if (filters.toMs !== null && row.updatedMs >= filters.toMs) return false;
    for (const word of words) if (!row.haystack.includes(word)) return false;
    return true;
  });
}

/** Every source in use, for the source filter's options. */
export function sourcesOf(rows: readonly ApplicationRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) if (row.source) seen.add(row.source);
  return [...seen].sort((a, b) => a.localeCompare(b));
}
