import { elapsed } from '../followups/wording-parts';
import type { Settings } from '../model/settings';

const WEEK_MS = 7 * 86_400_000;

type BackupSettings = Pick<Settings, 'backupReminderWeeks' | 'lastBackupAt'>;

/**
 * Whether to suggest a backup: the user's interval (in weeks) has passed since the last one, or there
 * has never been one. An interval of 0 turns the reminder off. Callers with nothing tracked yet skip it.
 */
export function backupReminderDue(settings: BackupSettings, now: Date): boolean {
  const weeks = settings.backupReminderWeeks;
  if (!(weeks > 0)) return false;
  const last = settings.lastBackupAt ? Date.parse(settings.lastBackupAt) : NaN;
  if (Number.isNaN(last)) return true;
  return now.getTime() - last >= weeks * WEEK_MS;
}

/** The line the popup and dashboard show when a backup is due, next step first; null when it is not. */
export function backupReminderText(settings: BackupSettings, now: Date): string | null {
  if (!backupReminderDue(settings, now)) return null;
  const last = settings.lastBackupAt ? Date.parse(settings.lastBackupAt) : NaN;
  if (Number.isNaN(last)) return 'Back up your search: one file keeps everything safe if this browser is ever reset';
  return `Back up your search: the last backup was ${elapsed(last, now.getTime())} ago`;
}

/** A quiet status for the Data panel: when the last backup was made. */
export function lastBackupText(settings: BackupSettings, now: Date): string {
  const last = settings.lastBackupAt ? Date.parse(settings.lastBackupAt) : NaN;
  if (Number.isNaN(last)) return 'No backup yet';
  const days = Math.floor((now.getTime() - last) / 86_400_000);
  if (days < 1) return 'Last backup today';
  return `Last backup ${elapsed(last, now.getTime())} ago`;
}
