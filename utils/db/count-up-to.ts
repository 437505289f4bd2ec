import type { Collection } from 'dexie';

/**
 * How many records a collection holds, up to `cap` + 1 (so "more than cap" can be told apart). Chromium
 * answers an index count by walking the whole range (~10 µs an entry: a popup at 50k applications spent
 * 300 ms counting what it shows as "N more"); reading at most cap + 1 keys is one bounded request.
 */
export async function countUpTo(collection: Collection, cap: number): Promise<number> {
  return (await collection.limit(cap + 1).primaryKeys()).length;
}

/** A capped count as people read it: "12", or "100+" once it passed the cap. */
export function cappedLabel(count: number, cap: number): string {
  return count > cap ? `${cap}+` : String(count);
}
