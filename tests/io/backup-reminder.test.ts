import { afterEach, expect, test, vi } from 'vitest';
import { backupReminderDue, backupReminderText, lastBackupText } from '../../utils/io/backup-reminder';

const NOW = new Date('2026-03-16T12:00:00Z');

afterEach(() => vi.unstubAllGlobals());

test('a backup is suggested once the chosen number of weeks has passed', () => {
  const weeksAgo = (weeks: number) => new Date(NOW.getTime() - weeks * 7 * 86_400_000).toISOString();
  expect(backupReminderDue({ backupReminderWeeks: 4, lastBackupAt: weeksAgo(3.9) }, NOW)).toBe(false);
  expect(backupReminderDue({ backupReminderWeeks: 4, lastBackupAt: weeksAgo(4) }, NOW)).toBe(true);
  expect(backupReminderDue({ backupReminderWeeks: 4, lastBackupAt: null }, NOW)).toBe(true);
  expect(backupReminderDue({ backupReminderWeeks: 0, lastBackupAt: null }, NOW)).toBe(false);
  expect(backupReminderText({ backupReminderWeeks: 4, lastBackupAt: weeksAgo(5) }, NOW)).toBe('Back up your search: the last backup was five weeks ago');
  expect(backupReminderText({ backupReminderWeeks: 4, lastBackupAt: null }, NOW)).toMatch(/^Back up your search: one file keeps everything safe/);
  expect(backupReminderText({ backupReminderWeeks: 4, lastBackupAt: weeksAgo(1) }, NOW)).toBeNull();
  expect(lastBackupText({ backupReminderWeeks: 4, lastBackupAt: weeksAgo(1) }, NOW)).toBe('Last backup a week ago');
  expect(lastBackupText({ backupReminderWeeks: 4, lastBackupAt: null }, NOW)).toBe('No backup yet');
});

test('persistent storage is requested once and a refusal is not an error', async () => {
  const persist = vi.fn(async () => false);
  vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
  vi.resetModules();
  const { requestPersistentStorage } = await import('../../utils/io/persistent-storage');
  expect(await requestPersistentStorage()).toBe(false);
  expect(await requestPersistentStorage()).toBe(false);
  expect(persist).toHaveBeenCalledTimes(1);
});
