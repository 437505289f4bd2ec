import { db } from '../db/database';
import { updateSettings } from '../db/repository/settings';
import { getSettings } from '../db/queries/settings';
import type { Application } from '../model/application';
import type { BackupDocument } from './schema';

/** Everything the user owns, as one `ajar-backup` v1 document (contracts.md §1). */
export async function exportBackup(now: Date = new Date()): Promise<BackupDocument> {
  return db.transaction('r', [db.applications, db.contacts, db.events, db.reminders, db.reflections, db.settings], async () => {
    const [settings, applications, contacts, events, reminders, reflections] = await Promise.all([
      getSettings(),
      db.applications.toArray(),
      db.contacts.toArray(),
      db.events.toArray(),
      db.reminders.toArray(),
      db.reflections.toArray(),
    ]);
    return {
      format: 'ajar-backup' as const,
      version: 1 as const,
      exportedAt: now.toISOString(),
      // The file is itself a backup made at this moment; restoring it should not bring back an older date.
      settings: { ...settings, lastBackupAt: now.toISOString() },
      applications: applications.map(withoutDerivedFields),
      contacts,
      events,
      reminders,
      reflections,
    };
  });
}

/** matchKey is an index Ajar derives again on restore; it is not the user's data. */
function withoutDerivedFields(application: Application): Application {
  const { matchKey: _derived, ...rest } = application;
  return rest as Application;
}

export function backupFileName(now: Date = new Date()): string {
  return `ajar-backup-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * The backup as a file to save, and the time of it recorded for the backup reminder. Called when the
 * user asks for a backup; the text is written before the date, so a failure leaves the reminder due.
 */
export async function createBackupFile(now: Date = new Date()): Promise<{ fileName: string; text: string; applications: number }> {
  const doc = await exportBackup(now);
  const text = JSON.stringify(doc, null, 2);
  await updateSettings({ lastBackupAt: now.toISOString() });
  return { fileName: backupFileName(now), text, applications: doc.applications.length };
}
