import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { CLOSED_STAGES, STAGES, type Stage } from '../../../utils/model/application';
import type { ApplicationRow } from '../../../utils/model/application-row';
import { filterRows, sourcesOf } from './filter-rows';
import { readCounts, readFirstPage, type FirstPage, type ListPage, type PipelineCounts } from '../../../utils/db/queries/pipeline';
import type { RowFilters } from './filter-rows';
import { sortRows, type SortOrder } from './sort-rows';
import { useAfterFirstPaint, useApplicationRows, usePromptedApplicationIds } from './useApplicationRows';

/** Cards a column reads first: a 540 px column shows about six, plus the virtualizer's overscan. */
const FIRST_CARDS = 12;
/** Table rows read first: about fourteen in view, plus overscan. */
const FIRST_TABLE_ROWS = 30;

export interface PipelineData {
  /** Every row is in memory; until then search, filters and sorting wait and the lists show the newest. */
  complete: boolean;
  /** The first screen (or every row) has been read: there is something to show. */
  loaded: boolean;
  /** Applications in all, closed ones included; null until counted. */
  total: number | null;
  /** How many pass the filters (meaningful once complete). */
  matching: number;
  stages: readonly Stage[];
  columns: ReadonlyMap<Stage, ListPage>;
  table: ListPage;
  sources: string[];
  withPrompts: ReadonlySet<string>;
  /** A list scrolled near the end of what it holds asks for rows up to this index. */
  showMore: (list: Stage | 'table', upTo: number) => void;
}

interface PipelineDataOptions {
  mode: 'board' | 'table';
  filters: RowFilters;
  sort: SortOrder;
  hideClosed: boolean;
}

const EMPTY_IDS: ReadonlySet<string> = new Set();
const NO_ROWS: ListPage = { total: 0, rows: [] };

/**
 * The pipeline's lists. First the newest rows of what is on screen, through indexes (bounded work at any
 * size); after that screen is painted, every row, which search, filters and sorting then run over.
 */
export function usePipelineData({ mode, filters, sort, hideClosed }: PipelineDataOptions): PipelineData {
  const stages = useMemo(() => (hideClosed ? STAGES.filter((stage) => !CLOSED_STAGES.includes(stage)) : STAGES), [hideClosed]);
  const [wanted, setWanted] = useState<Partial<Record<Stage | 'table', number>>>({});
  const [started, setStarted] = useState(false);
  const rows = useApplicationRows(started);
  const prompted = usePromptedApplicationIds(started);
  const complete = rows !== undefined && prompted !== undefined;
  const first = useLiveQuery(
    () => (complete ? undefined : readFirstPage({
      mode, stages, hideClosed,
      wanted: (list) => wanted[list] ?? (list === 'table' ? FIRST_TABLE_ROWS : FIRST_CARDS),
    })),
    [complete, mode, stages, hideClosed, wanted],
  );
  const painted = useAfterFirstPaint(first !== undefined);
  if (painted && !started) setStarted(true);
  // Counts and the shown rows' next-step tags follow the first paint; they too give way to the full rows.
  const shownIds = useMemo(() => (first ? idsOf(first) : []), [first]);
  const counts = useLiveQuery(() => (started && !complete ? readCounts(shownIds) : undefined), [started, complete, shownIds]);
  const counted = useMemo(() => (first ? withCounts(first, counts, hideClosed) : undefined), [first, counts, hideClosed]);

  const withPrompts = prompted ?? counts?.withPrompts ?? EMPTY_IDS;
  const filtered = useMemo(() => (rows ? filterRows(rows, filters, withPrompts) : undefined), [rows, filters, withPrompts]);
  const full = useMemo(() => (filtered ? listsOf(filtered, mode, sort) : undefined), [filtered, mode, sort]);
  const sources = useMemo(() => (rows ? sourcesOf(rows) : []), [rows]);
  const showMore = useCallback((list: Stage | 'table', upTo: number) => {
    setWanted((current) => ((current[list] ?? 0) >= upTo ? current : { ...current, [list]: upTo }));
  }, []);

  return {
    complete,
    loaded: rows !== undefined || counted !== undefined,
    total: rows ? rows.length : counted?.total ?? null,
    matching: filtered?.length ?? 0,
    stages,
    columns: full?.columns ?? counted?.columns ?? new Map(),
    table: full?.table ?? counted?.table ?? NO_ROWS,
    sources,
    withPrompts,
    showMore,
  };
}

function idsOf(first: FirstPage): string[] {
  const lists = [first.table, ...first.columns.values()];
  return lists.flatMap((list) => list.rows.map((row) => row.id));
}

/** The first screen with its counts filled in once they are read. */
function withCounts(first: FirstPage, counts: PipelineCounts | undefined, hideClosed: boolean): FirstPage {
  if (!counts) return first;
  const columns = new Map([...first.columns].map(([stage, page]) => [stage, { ...page, total: counts.byStage.get(stage) ?? page.total }]));
  const open = STAGES.filter((stage) => !CLOSED_STAGES.includes(stage)).reduce((sum, stage) => sum + (counts.byStage.get(stage) ?? 0), 0);
  return { columns, table: { ...first.table, total: hideClosed ? open : counts.total }, total: counts.total };
}

/** Lists from rows in memory: the board's by stage (in their newest-first order), or the table sorted. */
function listsOf(rows: readonly ApplicationRow[], mode: 'board' | 'table', sort: SortOrder) {
  const columns = new Map<Stage, ListPage>();
  if (mode === 'table') {
    const sorted = sortRows(rows, sort);
    return { columns, table: { total: sorted.length, rows: sorted } };
  }
  const byStage = new Map<Stage, ApplicationRow[]>(STAGES.map((stage) => [stage, []]));
  for (const row of rows) byStage.get(row.stage)?.push(row);
  for (const [stage, staged] of byStage) columns.set(stage, { total: staged.length, rows: staged });
  return { columns, table: NO_ROWS };
}
