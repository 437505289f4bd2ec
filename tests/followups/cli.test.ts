import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { application, contact, event } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'ajar-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** Runs the real `npm run plan` exactly as support would. */
function runPlan(...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'plan', '--', ...args], { cwd: process.cwd(), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.replace(/npm warn[^\n]*\n/g, '') };
}

const backup = {
  format: 'ajar-backup',
  version: 1,
  exportedAt: '2026-03-10T16:00:00.000Z',
  settings: { timeZone: 'America/New_York', pipelineTarget: 1 },
  applications: [application('a1', 'interviewing', { decisionExpectedBy: '2026-03-20' }), application('a2', 'applied', { company: 'Beta' })],
  contacts: [contact('c1', 'Dana Lee', 'hiring-manager', ['a1'])],
  events: [
    event('e0', 'a1', 'applied', '2026-03-01T10:00:00-05:00'),
    event('e1', 'a1', 'interview', '2026-03-10T14:00:00-04:00', { durationMinutes: 45, contactIds: ['c1'] }),
    event('e2', 'a2', 'applied', '2026-03-02T10:00:00-05:00'),
  ],
  reminders: [],
  reflections: [],
};

describe('npm run plan', () => {
  test('prints every pending prompt sorted by due time, in the contract key order', () => {
    const { code, stdout } = runPlan(write('backup.json', backup), '--now', '2026-03-10T20:00:00Z');
    expect(code).toBe(0);
    expect(stdout).toContain('"kind": "thank-you",\n    "applicationId": "a1",\n    "contactId": "c1",\n    "eventId": "e1",\n    "dueAt"');
    expect(JSON.parse(stdout)).toEqual([
      { kind: 'thank-you', applicationId: 'a1', contactId: 'c1', eventId: 'e1', dueAt: '2026-03-10T19:45:00.000Z', overdue: true },
      { kind: 'reflection', applicationId: 'a1', contactId: null, eventId: 'e1', dueAt: '2026-03-10T21:45:00.000Z', overdue: false },
      { kind: 'follow-up', applicationId: 'a2', contactId: null, eventId: 'e2', dueAt: '2026-03-11T14:00:00.000Z', overdue: false },
      { kind: 'follow-up', applicationId: 'a1', contactId: null, eventId: 'e1', dueAt: '2026-03-23T13:00:00.000Z', overdue: false },
    ]);
  });

  test('--tz overrides the backup zone', () => {
    const { code, stdout } = runPlan(write('backup.json', backup), '--now', '2026-03-03T00:00:00Z', '--tz', 'Europe/Berlin');
    expect(code).toBe(0);
    // Applied Monday 2 March 16:00 Berlin → 7 business days later, 16:00 Berlin (CET).
    expect(JSON.parse(stdout).find((line: { applicationId: string }) => line.applicationId === 'a2').dueAt).toBe('2026-03-11T15:00:00.000Z');
  });

  test('bad arguments: one line on stderr, exit 2', () => {
    const file = write('backup.json', backup);
    for (const args of [[file], [file, '--now', 'yesterday'], [file, '--now', '2026-03-10T20:00:00Z', '--tz', 'Mars/Olympus'], ['--now', '2026-03-10T20:00:00Z'], [file, '--now', '2026-03-10T20:00:00Z', '--frobnicate']]) {
      const { code, stderr, stdout } = runPlan(...args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  test('a file that is not an Ajar v1 backup gets a clear message', () => {
    const wrong = runPlan(write('wrong.json', { format: 'something-else' }), '--now', '2026-03-10T20:00:00Z');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('not an Ajar backup');
    const newer = runPlan(write('v2.json', { ...backup, version: 2 }), '--now', '2026-03-10T20:00:00Z');
    expect(newer.stderr).toContain('version 2');
    const broken = runPlan(write('broken.json', '{"format": '), '--now', '2026-03-10T20:00:00Z');
    expect(broken.stderr).toContain("isn't valid JSON");
  });
});
