import type { z } from 'zod';
import { backupSchema, type BackupDocument } from './schema';
import { assertSafeValue, ImportError, MAX_IMPORT_BYTES, parseJsonText, pathText } from './limits';

/**
 * Reads a backup file's text and returns the document only when every part of it is sound; otherwise
 * throws an ImportError that says what is wrong and where, so nothing half-read is ever written.
 */
export function validateBackupText(text: string): BackupDocument {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError(`The file is ${Math.round(text.length / 1024 / 1024)} MB; a backup can be at most 50 MB.`);
  if (!text.trim()) throw new ImportError('The file is empty.');
  return validateBackup(parseJsonText(text));
}

export function validateBackup(value: unknown): BackupDocument {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ImportError('This is not an Ajar backup: it should be one JSON object.');
  const record = value as Record<string, unknown>;
  if (record.format !== 'ajar-backup') throw new ImportError(`This is not an Ajar backup ("format" should be "ajar-backup").`);
  if (record.version === undefined) throw new ImportError('This backup has no "version"; this Ajar reads version 1.');
  if (record.version !== 1) throw new ImportError(`This backup is version ${JSON.stringify(record.version)?.slice(0, 40)}; this Ajar reads version 1.`);
  assertSafeValue(value);
  const parsed = backupSchema.safeParse(value);
  if (!parsed.success) throw new ImportError(describeIssue(parsed.error.issues[0], value));
  // The schema only checks (no defaults, no transforms), so the file's own objects are the document:
  // they keep their key order, and an export of the restored data reads exactly like the file.
  const doc = value as BackupDocument;
  assertConsistent(doc);
  return doc;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const where = pathText(issue.path) || 'The file';
  const got = valueAt(root, issue.path);
  if (got === undefined) return `${where} is missing.`;
  const shown = typeof got === 'string' ? `'${got.slice(0, 60)}'` : JSON.stringify(got)?.slice(0, 60);
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `${where} is ${shown}, which isn't one of: ${issue.values.map(String).join(', ')}.`;
  }
  if (issue.code === 'invalid_type') return `${where} should be ${article(issue.expected)} (got ${shown}).`;
  return `${where} ${issue.message} (got ${shown}).`;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** Ids are unique per table and every link points at something that is in the file. */
function assertConsistent(doc: BackupDocument): void {
  const applicationIds = uniqueIds(doc.applications, 'applications');
  const contactIds = uniqueIds(doc.contacts, 'contacts');
  const eventIds = uniqueIds(doc.events, 'events');
  uniqueIds(doc.reminders, 'reminders');
  uniqueIds(doc.reflections, 'reflections');
  doc.events.forEach((event, index) => {
    if (!applicationIds.has(event.applicationId)) throw new ImportError(`events[${index}].applicationId '${event.applicationId}' names no application in the file.`);
    (event.contactIds ?? []).forEach((contactId, at) => {
      if (!contactIds.has(contactId)) throw new ImportError(`events[${index}].contactIds[${at}] '${contactId}' names no contact in the file.`);
    });
  });
  doc.contacts.forEach((contact, index) =>
    contact.applicationIds.forEach((applicationId, at) => {
      if (!applicationIds.has(applicationId)) throw new ImportError(`contacts[${index}].applicationIds[${at}] '${applicationId}' names no application in the file.`);
    }),
  );
  doc.reflections.forEach((reflection, index) => {
    if (!applicationIds.has(reflection.applicationId)) throw new ImportError(`reflections[${index}].applicationId '${reflection.applicationId}' names no application in the file.`);
    if (reflection.eventId && !eventIds.has(reflection.eventId)) throw new ImportError(`reflections[${index}].eventId '${reflection.eventId}' names no event in the file.`);
  });
}

function uniqueIds(rows: readonly { id: string }[], table: string): Set<string> {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (seen.has(row.id)) throw new ImportError(`${table}[${index}].id '${row.id}' appears twice.`);
    seen.add(row.id);
  });
  return seen;
}
