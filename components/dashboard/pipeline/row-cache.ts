import { readAllApplications, readApplicationIds, readApplicationsById, readApplicationsUpdatedSince } from '../../../utils/db/queries/pipeline';
import type { Application } from '../../../utils/model/application';
import { newestFirst, toRow, type ApplicationRow } from '../../../utils/model/application-row';

/**
 * Keeps the pipeline's light rows in memory and, after a write, reads back only what changed: the
 * record ids (keys only, no values) plus records at or after the newest update seen. Reading all 10k
 * full records (descriptions included) after every board move took about a second; this takes a few
 * tens of milliseconds.
 */
export class RowCache {
  private readonly rows = new Map<string, ApplicationRow>();
  /** The newest updatedAt seen, compared as the updatedAt index compares: as text. */
  private newest = '';

  async refresh(): Promise<ApplicationRow[]> {
    if (this.rows.size === 0) {
      this.replaceAll(await readAllApplications());
      return this.sorted();
    }
    const ids = await readApplicationIds();
    const present = new Set(ids);
    let explained = false;
    // Deleting the entry being visited is safe while iterating a Map.
    for (const id of this.rows.keys()) {
      if (!present.has(id)) {
        this.rows.delete(id);
        explained = true;
      }
    }
    const recent = this.newest ? await readApplicationsUpdatedSince(this.newest) : [];
    for (const application of recent) explained = this.put(application) || explained;
    const missing = ids.filter((id) => !this.rows.has(id));
    if (missing.length > 0) {
      for (const application of await readApplicationsById(missing)) this.put(application);
      explained = true;
    }
    // Something changed that neither a new update time nor an added or removed id accounts for (a
    // record rewritten with an older updatedAt, as a restore does): start over rather than show it stale.
    if (!explained) this.replaceAll(await readAllApplications());
    return this.sorted();
  }

  private replaceAll(applications: readonly Application[]): void {
    this.rows.clear();
    this.newest = '';
    for (const application of applications) this.put(application);
  }

  /** Stores a row; true when it is new or differs from the one held. */
  private put(application: Application): boolean {
    const next = toRow(application);
    const held = this.rows.get(next.id);
    if (typeof application.updatedAt === 'string' && application.updatedAt > this.newest) this.newest = application.updatedAt;
    if (held && held.updatedAt === next.updatedAt && held.haystack === next.haystack && held.stage === next.stage) return false;
    this.rows.set(next.id, next);
    return true;
  }

  private sorted(): ApplicationRow[] {
    return [...this.rows.values()].sort(newestFirst);
  }
}
