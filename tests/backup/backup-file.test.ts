import { beforeEach, expect, test } from 'vitest';
import { createBackupFile } from '../../utils/backup/export';
import { restoreBackupText } from '../../utils/backup/restore';
import { addApplication } from '../../utils/db/repository';
import { getSettings } from '../../utils/db/queries/settings';
import { backupReminderDue } from '../../utils/io/backup-reminder';
import { emptyDatabase } from '../io/db-helpers';

beforeEach(emptyDatabase);

test('making a backup file records its time, and the reminder goes quiet', async () => {
  await addApplication({ company: 'Acme', title: 'Engineer' });
  const now = new Date('2026-03-16T12:00:00Z');
  expect(backupReminderDue(await getSettings(), now)).toBe(true);
  const file = await createBackupFile(now);
  expect(file).toMatchObject({ fileName: 'ajar-backup-2026-03-16.json', applications: 1 });
  expect((await getSettings()).lastBackupAt).toBe(now.toISOString());
  expect(backupReminderDue(await getSettings(), new Date('2026-03-20T12:00:00Z'))).toBe(false);
  // The file carries its own time, so restoring it does not make the reminder think it is older.
  await restoreBackupText(file.text);
  expect((await getSettings()).lastBackupAt).toBe(now.toISOString());
});
