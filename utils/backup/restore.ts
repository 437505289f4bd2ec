import { db } from '../db/database';
import { writeInBulk } from '../db/write';
import { matchKeyOf } from '../db/match-key';
import { recordPlanZone } from '../db/derived-prompts';
import { recordSearchState } from '../db/queries/search-state';
import { mergeSettings } from '../model/settings';
import { ImportError } from './limits';
import { promptsForBackup } from './restore-prompts';
import { validateBackupText } from './validate';
import { writeInSlices, type WriteProgress } from '../db/write-in-slices';

export interface RestoreSummary {
  applications: number;
  contacts: number;
  events: number;
}

/**
 * Replaces everything with a backup's contents. The file is validated whole before the first write;
 * the replacement is one transaction, so a bad file or a killed worker leaves the old data untouched.
 */
export async function restoreBackupText(text: string, now: Date = new Date(), onProgress?: WriteProgress): Promise<RestoreSummary> {
  const validated = validateBackupText(text);
  const doc = {
    ...validated,
    applications: validated.applications.map((application) => ({ ...application, matchKey: matchKeyOf(application.company, application.title) })),
  };
  await writeInBulk(async () => {
    // Planned from the document itself: reading 155k rows back out of the tables just written
    // (a re-derivation) cost seconds and could only find the same records. Inside the transaction, so
    // a failure here is reported like any failed write.
    const { prompts, search } = promptsForBackup(doc, mergeSettings(doc.settings), now);
    // Meta stays: what delivery has already handled is about the user's notifications, not their records.
    await Promise.all(db.tables.filter((table) => table !== db.meta).map((table) => table.clear()));
    // Every write is queued at once: IndexedDB keeps their order, and the browser starts storing the
    // first rows while the page is still handing over the rest.
    await Promise.all([db.settings.put({ ...doc.settings, key: 'main' }), recordPlanZone(mergeSettings(doc.settings).timeZone), recordSearchState(search), writeInSlices([
      { table: db.applications, rows: doc.applications },
      { table: db.contacts, rows: doc.contacts },
      { table: db.events, rows: doc.events },
      { table: db.reminders, rows: doc.reminders },
      { table: db.reflections, rows: doc.reflections },
      { table: db.prompts, rows: prompts, replace: true },
    ], onProgress)]);
  }, now).catch((error: unknown) => {
    // Validation should have caught it; if the write still fails, the transaction rolled back and the
    // user learns that nothing changed rather than seeing a stack trace.
    throw new ImportError(`The backup could not be restored (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`, { cause: error });
  });
  return { applications: doc.applications.length, contacts: doc.contacts.length, events: doc.events.length };
}
