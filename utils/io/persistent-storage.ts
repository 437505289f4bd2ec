let request: Promise<boolean> | null = null;

/**
 * Asks the browser to keep Ajar's data even when the disk runs low (navigator.storage.persist). Pages
 * call it once when they open; later calls share the first answer. Resolves false where the API is
 * missing or refused, never throws: Ajar works either way, it is only less protected.
 */
export function requestPersistentStorage(): Promise<boolean> {
  request ??= (async () => {
    try {
      const storage = globalThis.navigator?.storage;
      if (!storage?.persist) return false;
      if (await storage.persisted?.()) return true;
      return await storage.persist();
    } catch {
      return false;
    }
  })();
  return request;
}
