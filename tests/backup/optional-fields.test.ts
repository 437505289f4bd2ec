import { describe, expect, test } from 'vitest';
import { validateBackup } from '../../utils/backup/validate';
import type { AppEvent, Application, Contact, Reflection } from '../../utils/model/application';
import type { Reminder } from '../../utils/model/prompts';
import { defaultSettings, type Settings } from '../../utils/model/settings';

// Every field of every record, optional ones included: a field added to a type without a line here fails
// to compile, so the schema is checked for it too.
const application: Required<Application> = {
  id: 'a1', company: 'Acme', title: 'Engineer', stage: 'interviewing', url: 'https://jobs.example/acme/1', canonicalUrl: 'https://jobs.example/acme/1',
  applyUrl: 'https://jobs.example/acme/1/apply', location: 'Berlin', employmentType: 'Full-time', remote: false,
  salary: { min: 60000, max: 80000, currency: 'EUR', period: 'year' }, datePosted: '2026-02-01', description: 'Build things.', source: 'greenhouse',
  decisionExpectedBy: '2026-03-20', offerRespondBy: '2026-03-27', notes: 'Met at a meetup.', prepNotes: 'Read their blog.', matchKey: 'acme|engineer',
  createdAt: '2026-02-02T09:00:00Z', updatedAt: '2026-03-01T09:00:00Z',
};
const contact: Required<Contact> = {
  id: 'c1', name: 'Dana Lee', role: 'interviewer', email: 'dana@acme.example', phone: '+49 30 1234', linkedin: 'https://www.linkedin.com/in/dana',
  notes: 'Kind.', applicationIds: ['a1'], createdAt: '2026-02-02T09:00:00Z', updatedAt: '2026-02-02T09:00:00Z',
};
const event: Required<AppEvent> = {
  id: 'e1', applicationId: 'a1', type: 'interview', at: '2026-03-04T14:00:00+01:00', contactIds: ['c1'], durationMinutes: 45, final: false,
  note: 'Went well.', stage: 'interviewing', createdAt: '2026-03-01T09:00:00Z',
};
const reminder: Required<Reminder> = {
  id: 'thank-you:a1:e1:c1', kind: 'thank-you', applicationId: 'a1', eventId: 'e1', contactId: 'c1', status: 'snoozed', until: '2026-03-06T09:00:00Z', decidedAt: '2026-03-05T09:00:00Z',
};
const reflection: Required<Reflection> = {
  id: 'r1', applicationId: 'a1', eventId: 'e1', wentWell: 'The system design part.', doDifferently: 'Ask more questions.', stickingPoints: ['SQL'],
  missingQualifications: ['Kubernetes'], outsideMyControl: false, tags: ['technical'], createdAt: '2026-03-05T09:00:00Z',
};
const settings: Required<Settings> = {
  ...defaultSettings(), timeZone: 'Europe/Berlin', lastBackupAt: '2026-03-01T09:00:00Z',
  upskilling: { kubernetes: '2026-03-06T09:00:00Z' }, hideClosed: true,
};
const records = { applications: application, contacts: contact, events: event, reminders: reminder, reflections: reflection } as const;

function backupWith(table?: keyof typeof records, field?: string, value?: unknown) {
  const rows = Object.fromEntries(Object.entries(records).map(([name, row]) => [name, [name === table ? { ...row, [field!]: value } : { ...row }]]));
  return { format: 'ajar-backup', version: 1, exportedAt: '2026-03-10T16:00:00Z', settings: { timeZone: 'Europe/Berlin' }, ...rows };
}

describe('a restored backup is refused, saying where, when a field has the wrong type', () => {
  test('the complete record set restores as it is, with a field Ajar does not know kept', () => {
    const doc = validateBackup(backupWith('applications', 'fromANewerAjar', { kept: true }));
    expect(doc.applications[0]).toEqual({ ...application, fromANewerAjar: { kept: true } });
  });

  test('"note": {} on an event', () => {
    expect(() => validateBackup(backupWith('events', 'note', {}))).toThrow('events[0].note should be a string (got {}).');
  });

  const fields = Object.entries(records).flatMap(([table, row]) => Object.keys(row).filter((field) => field !== 'id').map((field) => [table as keyof typeof records, field] as const));
  // A list of objects is wrong for every field there is (text, a number, a yes/no, a list of ids, a salary).
  test.each(fields)('%s: a list of objects as "%s"', (table, field) => {
    expect(() => validateBackup(backupWith(table, field, [{ text: 'hello' }]))).toThrow(new RegExp(`^${table}\\[0\\]\\.${field}\\b`));
  });
});

describe('every setting, the dashboard\'s own included, is checked when a backup is restored', () => {
  test('the complete settings restore as they are', () => {
    const doc = validateBackup({ ...backupWith(), settings });
    expect(doc.settings).toEqual(settings);
  });

  test.each(Object.keys(settings))('a list of objects as "%s"', (field) => {
    expect(() => validateBackup({ ...backupWith(), settings: { ...settings, [field]: [{ text: 'hello' }] } })).toThrow(new RegExp(`^settings\\.${field}\\b`));
  });
});
