/** Record ids are random UUIDs: unique across devices, so backups from two browsers can be merged later. */
export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
