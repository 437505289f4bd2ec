import Dexie from 'dexie';
import { db } from '../database';
import { CLOSED_STAGES, STAGES, type Application, type Stage } from '../../model/application';
import { newestFirst, toRow, type ApplicationRow } from '../../model/application-row';
import { readInChunks } from './read-in-chunks';

/**
 * The first screen of the pipeline, read through indexes so its cost does not grow with the pipeline:
 * each list's newest few records, nothing else. Counts come a moment later (readCounts): Chromium
 * answers an index count by walking the index, about 50 ms for 10k, so they must not hold up the cards.
 * The whole pipeline's rows (for search, filters and sorting) are read after this has been painted.
 */

/** The rows a list holds so far and how many it has in all (null: not counted yet). */
export interface ListPage {
  total: number | null;
  rows: ApplicationRow[];
}

/** What the lists show before every row is in memory. */
export interface FirstPage {
  columns: ReadonlyMap<Stage, ListPage>;
  table: ListPage;
  /** Every application, closed ones included; null until counted. */
  total: number | null;
}

/** A page that came back short holds the whole list, so its size is known without counting. */
function pageOf(applications: readonly Application[], limit: number): ListPage {
  return { total: applications.length < limit ? applications.length : null, rows: applications.map(toRow).sort(newestFirst) };
}

/** A column's newest cards through [stage+updatedAt]. */
export async function readColumn(stage: Stage, limit: number): Promise<ListPage> {
  const newest = await db.applications.where('[stage+updatedAt]').between([stage, Dexie.minKey], [stage, Dexie.maxKey]).reverse().limit(limit).toArray();
  return pageOf(newest, limit);
}

const OPEN_STAGES = STAGES.filter((stage) => !CLOSED_STAGES.includes(stage));

/**
 * The table's first rows by last activity. With closed stages hidden, each stage still shown gives its
 * newest through [stage+updatedAt] and the pages merge: skipping closed rows in an updatedAt walk would
 * read every closed record on the way (and a filtered Dexie walk does not stop at its limit).
 */
export async function readTablePage(limit: number, hideClosed: boolean): Promise<ListPage> {
  if (!hideClosed) return pageOf(await db.applications.orderBy('updatedAt').reverse().limit(limit).toArray(), limit);
  const pages = await Promise.all(OPEN_STAGES.map((stage) => readColumn(stage, limit)));
  const rows = pages.flatMap((page) => page.rows).sort(newestFirst).slice(0, limit);
  const exact = pages.every((page) => page.total !== null);
  return { total: exact ? pages.reduce((sum, page) => sum + (page.total ?? 0), 0) : null, rows };
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
  return db.transaction('r', db.applications, async () => {
    const columns = new Map<Stage, ListPage>();
    if (mode === 'table') {
      const table = await readTablePage(wanted('table'), hideClosed);
      return { columns, table, total: hideClosed ? null : table.total };
    }
    const pages = await Promise.all(stages.map((stage) => readColumn(stage, wanted(stage))));
    stages.forEach((stage, index) => columns.set(stage, pages[index]));
    // An empty or small pipeline is fully known already: no count needed to show its empty state.
    const everyStage = stages.length === STAGES.length && pages.every((page) => page.total !== null);
    return { columns, table: { total: null, rows: [] }, total: everyStage ? pages.reduce((sum, page) => sum + (page.total ?? 0), 0) : null };
  });
}

export interface PipelineCounts {
  byStage: ReadonlyMap<Stage, number>;
  total: number;
  /** Which of the given rows have a pending prompt (just those, not the whole pipeline). */
  withPrompts: ReadonlySet<string>;
}

/** Every stage's count through the stage index, and which of `ids` have a next step waiting (keys only). */
export async function readCounts(ids: readonly string[]): Promise<PipelineCounts> {
  return db.transaction('r', db.applications, db.prompts, async () => {
    const [counts, prompted] = await Promise.all([
      Promise.all(STAGES.map((stage) => db.applications.where('stage').equals(stage).count())),
      ids.length > 0 ? db.prompts.where('applicationId').anyOf([...ids]).keys() : Promise.resolve([]),
    ]);
    const byStage = new Map(STAGES.map((stage, index) => [stage, counts[index]]));
    return { byStage, total: counts.reduce((sum, count) => sum + count, 0), withPrompts: new Set(prompted as string[]) };
  });
}

/** Every application, read in chunks by primary key (see read-in-chunks.ts). */
export function readAllApplications(chunk?: number): Promise<Application[]> {
  return readInChunks(db.applications, chunk);
}

/** Every application's id, keys only: no record is read. */
export async function readApplicationIds(): Promise<string[]> {
  return (await db.applications.toCollection().primaryKeys()) as string[];
}

/** Applications updated at or after `updatedAt` (compared as the index compares: as text). */
export function readApplicationsUpdatedSince(updatedAt: string): Promise<Application[]> {
  return db.applications.where('updatedAt').aboveOrEqual(updatedAt).toArray();
}

/** The applications with these ids that still exist. */
export async function readApplicationsById(ids: readonly string[]): Promise<Application[]> {
  return (await db.applications.bulkGet([...ids])).filter((application): application is Application => !!application);
}

/**
 * Applications with at least one pending prompt. Prompt records are small, and reading them in chunks took a
 * third of the time of walking the applicationId index's unique keys with a cursor (one round trip per
 * application: 150-400 ms for 6,000 at 10k).
 */
export async function readPromptedApplicationIds(): Promise<ReadonlySet<string>> {
  const prompts = await readInChunks(db.prompts, 2_000);
  return new Set(prompts.flatMap((prompt) => (prompt.applicationId ? [prompt.applicationId] : [])));
}

/**
 * Every posting address and company + title Ajar tracks, from the two indexes' keys only: reading every record
 * with its description to learn two strings took most of an import preview over a large pipeline.
 */
export async function readTrackedPostingKeys(): Promise<{ urls: string[]; matchKeys: string[] }> {
  const [urls, matchKeys] = await db.transaction('r', db.applications, () =>
    Promise.all([db.applications.orderBy('canonicalUrl').uniqueKeys(), db.applications.orderBy('matchKey').uniqueKeys()]));
  return { urls: urls.map(String), matchKeys: matchKeys.map(String) };
}

/** Which of these posting addresses and company + title keys are tracked already: two indexed reads for all of them. */
export async function readPostingKeysTaken(urls: readonly string[], matchKeys: readonly string[]): Promise<{ urls: Set<string>; matchKeys: Set<string> }> {
  const [urlsTaken, keysTaken] = await Promise.all([
    db.applications.where('canonicalUrl').anyOf([...urls]).keys(),
    db.applications.where('matchKey').anyOf([...matchKeys]).keys(),
  ]);
  return { urls: new Set(urlsTaken.map(String)), matchKeys: new Set(keysTaken.map(String)) };
}
