import { sampleBackup } from '../scripts/sample-data';
import type { BackupDocument } from '../utils/backup/schema';

/** The bench's "now": this hour, so the data is as fresh as the clock the extension plans with. */
export const BENCH_NOW = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);

/** The data set: per application ~10 events and ~2 reminders (10k → ~100k events, ~20k reminders). */
export function benchBackup(applications: number): BackupDocument {
  return sampleBackup({ now: BENCH_NOW, applications, seed: 11, timeZone: 'UTC', eventsPerApplication: 10, remindersPerApplication: 2 });
}

/** How many applications the dashboard's search should show for `term` (its rule: every word in company, title, location or source). */
export function expectedMatches(doc: BackupDocument, term: string): number {
  const words = term.toLowerCase().split(/\s+/).filter(Boolean);
  return doc.applications.filter((a) => {
    const haystack = `${a.company ?? ''}\n${a.title ?? ''}\n${a.location ?? ''}\n${a.source ?? ''}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  }).length;
}

/** A search whose last letter changes what matches (so the frame answering the last keystroke is visible). */
export function searchTerm(doc: BackupDocument): string {
  // Tiny data sets (the smoke run) fall back to one letter some rows lack.
  const candidates = ['hooli sec', 'globex dat', 'initech berlin', 'hooli lon', 'acme eng', ...'qxzjkvywbpgfmhdulcsnroitea'];
  return candidates.find((term) => expectedMatches(doc, term) !== expectedMatches(doc, term.slice(0, -1))) ?? 'q';
}

const STATUSES = ['Saved', 'Applied', 'Applied', 'Interviewing', 'Rejected', 'No response'];

/**
 * A home-made spreadsheet of `rows` postings, each a distinct company + title (so none is a duplicate of
 * another or of the sample backup), with a 300–700 character note standing in for the posting text,
 * which is the longest field a CSV import carries.
 */
export function benchCsv(rows: number, batch: number, doc: BackupDocument): string {
  const lines = ['Company,Job title,Status,Posting link,Location,Source,Notes,Date saved,Applied on'];
  const day = 86_400_000;
  for (let index = 0; index < rows; index += 1) {
    const base = doc.applications[index % doc.applications.length];
    const saved = BENCH_NOW.getTime() - ((index * 37) % 360) * day - day;
    const status = STATUSES[index % STATUSES.length];
    const note = (base.description ?? '').slice(0, 300 + ((index * 53) % 400)).replace(/"/g, "'");
    const date = (time: number) => new Date(time).toISOString().slice(0, 10);
    lines.push([
      `${base.company.replace(/ Group$/, '')} ${batch}-${index + 1}`, base.title, status,
      `https://careers.example.org/${batch}/${index + 1}`, (base.location ?? '').replace(/,/g, ''), 'spreadsheet',
      `"${note}"`, date(saved), status === 'Saved' ? '' : date(saved + 2 * day),
    ].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** The naive design's storage: one array in chrome.storage.local, each application carrying its history. */
export function baselinePipeline(doc: BackupDocument) {
  const events = new Map<string, BackupDocument['events']>();
  for (const event of doc.events) {
    const list = events.get(event.applicationId);
    if (list) list.push(event);
    else events.set(event.applicationId, [event]);
  }
  const reminders = new Map<string, BackupDocument['reminders']>();
  for (const reminder of doc.reminders) {
    if (!reminder.applicationId) continue;
    const list = reminders.get(reminder.applicationId);
    if (list) list.push(reminder);
    else reminders.set(reminder.applicationId, [reminder]);
  }
  return doc.applications.map((application) => ({
    ...application,
    events: events.get(application.id) ?? [],
    reminders: reminders.get(application.id) ?? [],
  }));
}
