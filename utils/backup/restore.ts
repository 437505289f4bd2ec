import { db } from '../db/database';
import { rebuildAllPrompts } from '../db/derived-prompts';
import { promptsMayHaveChanged } from '../db/changes';
import { matchKeyOf } from '../db/match-key';
import { ImportError } from './limits';
import { validateBackupText } from './validate';

export interface RestoreSummary {
  applications: number;
  contacts: number;
  events: number;
}

/**
 * Replaces everything with a backup's contents. The file is validated whole before the first write;
 * the replacement is one transaction, so a bad file or a killed worker leaves the old data untouched.
 */
export async function restoreBackupText(text: string): Promise<RestoreSummary> {
  const doc = validateBackupText(text);
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.settings.put({ ...doc.settings, key: 'main' });
    await db.applications.bulkAdd(
      doc.applications.map((application) => ({ ...application, matchKey: matchKeyOf(application.company, application.title) })),
    );
    await db.contacts.bulkAdd(doc.contacts);
    await db.events.bulkAdd(doc.events);
    await db.reminders.bulkAdd(doc.reminders);
    await db.reflections.bulkAdd(doc.reflections);
    await rebuildAllPrompts();
  }).catch((error: unknown) => {
    // Validation should have caught it; if the write still fails, the transaction rolled back and the
    // user learns that nothing changed rather than seeing a stack trace.
    throw new ImportError(`The backup could not be restored (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`, { cause: error });
  });
  promptsMayHaveChanged();
  return { applications: doc.applications.length, contacts: doc.contacts.length, events: doc.events.length };
}
