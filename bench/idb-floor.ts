import type { Page } from 'playwright-core';

export interface StorageFloor {
  /** Storing only the imported applications (no parsing, no timeline, no prompts), in ms. */
  applications: number;
  /** Storing every record the import wrote (applications, their events, their prompts), in ms. */
  records: number;
  /** How many records that was. */
  recordCount: number;
}

/**
 * What the platform alone needs to store what an import just stored, measured in the same page right after
 * it: the records are read back from Ajar's database and added, in one transaction as the import does, to a
 * scratch database whose stores have the same keys and indexes. No Ajar code runs while it is timed, so the
 * import's time minus this is Ajar's own work, and `applications` is the least any design that keeps one
 * record per application (what the board, search and backup read) can take for these rows on this machine.
 */
export async function timeStorageFloor(page: Page): Promise<StorageFloor> {
  // Plain JavaScript in a string: the bench's TypeScript loaders add helpers to named functions that the
  // page does not have.
  return page.evaluate(IN_PAGE) as Promise<StorageFloor>;
}

const IN_PAGE = `(async () => {
  const request = (req) => new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const ajar = await request(indexedDB.open('ajar'));
  const stores = ['applications', 'events', 'prompts'];
  const read = ajar.transaction(stores, 'readonly');
  const shapes = stores.map((name) => {
    const store = read.objectStore(name);
    const indexes = Array.from(store.indexNames, (index) => store.index(index));
    return { name, keyPath: store.keyPath, indexes: indexes.map((i) => ({ name: i.name, keyPath: i.keyPath, multiEntry: i.multiEntry, unique: i.unique })) };
  });
  const rows = await Promise.all(stores.map((name) => request(read.objectStore(name).getAll())));
  ajar.close();

  const timedAdd = async (storeNames) => {
    const name = 'ajar-bench-floor-' + storeNames.join('-');
    await request(indexedDB.deleteDatabase(name));
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      for (const shape of shapes.filter((s) => storeNames.includes(s.name))) {
        const store = open.result.createObjectStore(shape.name, { keyPath: shape.keyPath });
        for (const index of shape.indexes) store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry, unique: index.unique });
      }
    };
    const scratch = await request(open);
    const started = performance.now();
    await new Promise((resolve, reject) => {
      const tx = scratch.transaction(storeNames, 'readwrite');
      for (const storeName of storeNames) {
        const store = tx.objectStore(storeName);
        for (const row of rows[stores.indexOf(storeName)]) store.add(row);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const ms = performance.now() - started;
    scratch.close();
    await request(indexedDB.deleteDatabase(name));
    return ms;
  };
  return {
    applications: await timedAdd(['applications']),
    records: await timedAdd(stores),
    recordCount: rows.reduce((sum, list) => sum + list.length, 0),
  };
})()`;
