import { readFileSync } from 'node:fs';
import path from 'node:path';
import { db } from '../../utils/db/database';

/** Tests share one fake IndexedDB; each starts from empty tables. */
export async function emptyDatabase(): Promise<void> {
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}

export function sample(name: string): string {
  return readFileSync(path.join(import.meta.dirname, 'samples', name), 'utf8');
}

/** Everything stored, as one comparable value: proof that a refused import wrote nothing. */
export async function snapshot(): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify(tables);
}
