import Dexie from 'dexie';
import { db } from '../../../utils/db/database';
import { CLOSED_STAGES, STAGES, type Stage } from '../../../utils/db/types';
import { toRow, type ApplicationRow } from './application-row';

/**
 * The first screen of the pipeline, read through indexes so its cost does not grow with the pipeline:
 * counts come from the stage index (keys only), cards and table rows from the newest few records. The
 * whole pipeline's rows (for search, filters and sorting) are read after this has been painted.
 */

/** The rows a list holds so far and how many it has in all (the virtualizer sizes itself on the total). */
export interface ListPage {
  total: number;
  rows: ApplicationRow[];
}

/** What the lists show before every row is in memory. */
export interface FirstPage {
  /** Every application, closed ones included, whatever the view shows. */
  total: number;
  columns: ReadonlyMap<Stage, ListPage>;
  table: ListPage;
  /** Which of the rows read have a pending prompt (just those, not the whole pipeline). */
  withPrompts: ReadonlySet<string>;
}

/** Newest activity first, ties by id: the order the full row cache uses, so nothing jumps when it takes over. */
export function newestFirst(a: ApplicationRow, b: ApplicationRow): number {
  return b.updatedMs - a.updatedMs || (a.id < b.id ? -1 : 1);
}

/** A column's newest cards through [stage+updatedAt], and its size through the stage index. */
export async function readColumn(stage: Stage, limit: number): Promise<ListPage> {
  const [total, applications] = await Promise.all([
    db.applications.where('stage').equals(stage).count(),
    db.applications.where('[stage+updatedAt]').between([stage, Dexie.minKey], [stage, Dexie.maxKey]).reverse().limit(limit).toArray(),
  ]);
  return { total, rows: applications.map(toRow).sort(newestFirst) };
}

/**
 * The table's first rows by last activity. With closed stages hidden, each stage still shown gives its
 * newest through [stage+updatedAt] and the pages merge: skipping closed rows in an updatedAt walk would
 * read every closed record on the way (and a filtered Dexie walk does not stop at its limit).
 */
export async function readTablePage(limit: number, hideClosed: boolean): Promise<ListPage> {
  if (!hideClosed) {
    const [total, applications] = await Promise.all([
      db.applications.count(),
      db.applications.orderBy('updatedAt').reverse().limit(limit).toArray(),
    ]);
    return { total, rows: applications.map(toRow).sort(newestFirst) };
  }
  const open = STAGES.filter((stage) => !CLOSED_STAGES.includes(stage));
  const pages = await Promise.all(open.map((stage) => readColumn(stage, limit)));
  const rows = pages.flatMap((page) => page.rows).sort(newestFirst).slice(0, limit);
  return { total: pages.reduce((sum, page) => sum + page.total, 0), rows };
}

export interface FirstPageRequest {
  mode: 'board' | 'table';
  /** The board's columns on screen. */
  stages: readonly Stage[];
  /** How many rows each list wants so far (it asks for more as it scrolls), by stage or 'table'. */
  wanted: (list: Stage | 'table') => number;
  hideClosed: boolean;
}

/** Reads one view's first screen in one read-only transaction. */
export async function readFirstPage({ mode, stages, wanted, hideClosed }: FirstPageRequest): Promise<FirstPage> {
  return db.transaction('r', db.applications, db.prompts, async () => {
    const columns = new Map<Stage, ListPage>();
    let table: ListPage = { total: 0, rows: [] };
    if (mode === 'board') {
      const pages = await Promise.all(stages.map((stage) => readColumn(stage, wanted(stage))));
      stages.forEach((stage, index) => columns.set(stage, pages[index]));
    } else {
      table = await readTablePage(wanted('table'), hideClosed);
    }
    const ids = mode === 'board' ? [...columns.values()].flatMap((page) => page.rows.map((row) => row.id)) : table.rows.map((row) => row.id);
    const [total, prompted] = await Promise.all([
      db.applications.count(),
      // The applicationId index's keys among these ids: which shown rows have a next step, values unread.
      ids.length > 0 ? db.prompts.where('applicationId').anyOf(ids).keys() : Promise.resolve([]),
    ]);
    return { total, columns, table, withPrompts: new Set(prompted as string[]) };
  });
}
