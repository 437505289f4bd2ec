import Dexie, { type Transaction } from 'dexie';
import { db } from './database';
import { promptsMayHaveChanged } from './changes';
import { refreshPromptsFor } from './derived-prompts';

/** What a write tells the helper while it runs. */
export interface WriteScope {
  /** These applications' records changed: their prompts are re-derived before the transaction ends. */
  touch(applicationIds: Iterable<string>): void;
  /** Something changed that no application's prompts follow from (or they were written already): signal it. */
  changed(): void;
}

/** The scope of the write that opened each transaction, so writes made inside it join it. */
const outerScopes = new WeakMap<Transaction, WriteScope>();

/**
 * The one way Ajar writes its records: one transaction; the prompts of every application the write touched
 * re-derived inside it, so a record and its prompts land together or not at all; and, once it has committed,
 * the change signalled (the background re-arms its alarm). A write that changed nothing signals nothing.
 * A write made inside another (logging an e-mail adds contacts and an event) joins it: the outer write
 * re-derives and signals once, after everything is committed.
 */
export async function writeRecords<T>(body: (scope: WriteScope) => Promise<T>, now: Date = new Date()): Promise<T> {
  const outer = Dexie.currentTransaction ? outerScopes.get(Dexie.currentTransaction) : undefined;
  if (outer) return body(outer);
  const touched = new Set<string>();
  let changed = false;
  const scope: WriteScope = {
    touch(applicationIds) {
      for (const id of applicationIds) touched.add(id);
      changed = true;
    },
    changed() {
      changed = true;
    },
  };
  const result = await db.transaction('rw', db.tables, async (transaction) => {
    outerScopes.set(transaction, scope);
    const value = await body(scope);
    // Any change may move the search state (an offer, an acceptance), which reaches other applications too.
    if (changed) await refreshPromptsFor(touched, now);
    return value;
  });
  if (changed) promptsMayHaveChanged();
  return result;
}

/**
 * The bulk form, for a CSV import or a restore: the body writes the records and the prompts it planned from the
 * rows in memory (reading 10k applications back to re-derive them cost most of an import), in one transaction,
 * and the change is signalled once it has committed.
 */
export function writeInBulk<T>(body: () => Promise<T>, now: Date = new Date()): Promise<T> {
  return writeRecords(async (scope) => {
    const value = await body();
    scope.changed();
    return value;
  }, now);
}
