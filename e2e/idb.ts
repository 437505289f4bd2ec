import type { Page, Worker } from 'playwright-core';

/**
 * Reads one of Ajar's tables straight from IndexedDB inside an extension context, so a browser test
 * checks what was really stored rather than what a page chose to show.
 */
export async function readTable<T = Record<string, unknown>>(where: Page | Worker, table: string): Promise<T[]> {
  return (where as Page).evaluate(
    (name: string) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('ajar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains(name)) {
            database.close();
            resolve([]);
            return;
          }
          const request = database.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            database.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}
