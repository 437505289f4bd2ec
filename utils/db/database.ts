import Dexie, { type EntityTable } from 'dexie';
import type { AppEvent, Application, Contact, Reflection } from '../model/application';
import type { Notice, PendingPrompt, Reminder } from '../model/prompts';
import type { Settings } from '../model/settings';
import { matchKeyOf } from './match-key';
import type { SearchState } from '../followups/search-state';

export const DATABASE_NAME = 'ajar';

export interface SettingsRow extends Partial<Settings> {
  key: 'main';
}

/**
 * Bookkeeping about derived data, never part of a backup: the zone the stored prompts were planned in,
 * the due time up to which every prompt has been handled by delivery (notified, summarised or held back),
 * and the search state (offers held, the acceptance) the stored prompts were planned with.
 */
export interface MetaRow {
  key: 'plan' | 'delivery' | 'search';
  timeZone?: string;
  through?: string;
  search?: SearchState;
}

/**
 * The one place that declares Ajar's database and every version of it. Each new version gets a
 * fixture in tests/fixtures/db/ and a case in tests/db/migrations.test.ts.
 */
export class AjarDatabase extends Dexie {
  applications!: EntityTable<Application, 'id'>;
  events!: EntityTable<AppEvent, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  reminders!: EntityTable<Reminder, 'id'>;
  reflections!: EntityTable<Reflection, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  prompts!: EntityTable<PendingPrompt, 'id'>;
  notices!: EntityTable<Notice, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // v1: the first release.
    this.version(1).stores({
      applications: 'id, stage, updatedAt, createdAt, company, canonicalUrl',
      events: 'id, applicationId, [applicationId+at], type, at',
      contacts: 'id, *applicationIds, role, name',
      reminders: 'id, applicationId, status, until',
      reflections: 'id, applicationId, eventId, createdAt',
      settings: 'key',
    });
    // v2: re-posted jobs are recognised by company + title; a board column reads its newest cards
    // through [stage+updatedAt] without loading the rest; pending prompts are kept derived and indexed
    // by due time so the popup and the alarm never scan the whole pipeline; notices remember what was
    // already notified, so a restarted worker never notifies twice.
    this.version(2)
      .stores({
        applications: 'id, stage, updatedAt, createdAt, company, canonicalUrl, matchKey, source, [stage+updatedAt]',
        prompts: 'id, applicationId, dueAt, kind',
        notices: 'id, at',
      })
      .upgrade(async (tx) => {
        await tx
          .table<Application>('applications')
          .toCollection()
          .modify((app) => {
            app.matchKey = matchKeyOf(app.company, app.title);
          });
        // The prompts table starts empty: the background re-derives it when the new version is installed.
      });
    // v3: every index entry costs a write (IndexedDB here spends ~75 µs per request and ~11 µs per index
    // entry), so indexes nothing queries are dropped; expired prompts are found through expiresAt and
    // pruned without a scan; meta holds the derived data's bookkeeping. Records are untouched.
    this.version(3).stores({
      applications: 'id, stage, updatedAt, canonicalUrl, matchKey, [stage+updatedAt]',
      events: 'id, applicationId, type',
      contacts: 'id, *applicationIds, name',
      reminders: 'id, applicationId',
      reflections: 'id, applicationId',
      prompts: 'id, applicationId, dueAt, expiresAt',
      meta: 'key',
    });
  }
}

/** The database every extension page and the service worker share (same origin, same IndexedDB). */
export const db = new AjarDatabase();
