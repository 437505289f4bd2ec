import type { EntityTable } from 'dexie';

/**
 * Full records are read this many at a time, in id order. Each chunk is its own read, so the page can
 * draw a frame and take a keystroke between chunks instead of freezing while 10k records arrive.
 */
const CHUNK = 500;

/** Every record of a table keyed by `id`, read in chunks by primary key. */
export async function readInChunks<T extends { id: string }>(table: EntityTable<T, 'id'>, chunk = CHUNK): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (;;) {
    const next: T[] = await (after === null ? table.orderBy(':id') : table.where(':id').above(after)).limit(chunk).toArray();
    all.push(...next);
    if (next.length < chunk) return all;
    after = next[next.length - 1].id;
  }
}
