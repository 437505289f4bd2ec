import { defaultSettings, type Settings } from '../model/settings';
import type { PlanData } from './plan-all';

/** A backup the engine cannot read; the message says what is wrong, in one line. */
export class BackupError extends Error {}

const LISTS = ['applications', 'events', 'contacts', 'reminders', 'reflections'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The engine's view of an `ajar-backup` v1 document: the five lists and the settings merged over the
 * defaults. Only what planning relies on is checked; other fields pass through untouched.
 */
export function readBackup(json: unknown): PlanData {
  if (!isRecord(json) || json.format !== 'ajar-backup') throw new BackupError('This is not an Ajar backup (expected "format": "ajar-backup").');
  if (json.version !== 1) throw new BackupError(`This backup is version ${String(json.version)}; this tool reads version 1.`);
  if (json.settings !== undefined && !isRecord(json.settings)) throw new BackupError('"settings" should be an object.');
  for (const name of LISTS) {
    const list = json[name];
    if (list !== undefined && !Array.isArray(list)) throw new BackupError(`"${name}" should be a list.`);
    const index = ((list ?? []) as unknown[]).findIndex((item) => !isRecord(item) || typeof item.id !== 'string');
    if (index >= 0) throw new BackupError(`${name}[${index}] has no "id".`);
  }
  const settings: Settings = { ...defaultSettings(), ...(json.settings as Partial<Settings> | undefined) };
  const listOf = <T>(name: (typeof LISTS)[number]) => (json[name] ?? []) as T[];
  const contacts = listOf<PlanData['contacts'][number]>('contacts').map((contact) => ({ ...contact, applicationIds: contact.applicationIds ?? [] }));
  return {
    applications: listOf('applications'),
    events: listOf('events'),
    contacts,
    reminders: listOf('reminders'),
    reflections: listOf('reflections'),
    settings,
  };
}
