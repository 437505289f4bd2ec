import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';

const ROOT = path.resolve(__dirname, '../..');
// Node with tsx's loader directly: npx's own start-up would double every run's time on this machine.
const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/read-email.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('npm run read-email (scripts/read-email.ts)', () => {
  it('prints the contract JSON for an .ics invite, in the zone given by --tz', () => {
    const result = run([path.join(MESSAGES, 'synthetic-google-calendar-invite.ics'), '--tz', 'Europe/Paris']);
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['kind', 'company', 'title', 'at', 'durationMinutes', 'people']);
    expect(parsed).toEqual({
      kind: 'interview',
      company: 'Oakmont Labs',
      title: 'Product Manager',
      at: '2026-03-17T19:00:00+01:00',
      durationMinutes: 60,
      people: [
        { name: 'Riley Chen', email: 'riley.chen@oakmontlabs.com', role: 'Director of Product' },
        { name: 'Morgan Blake', email: 'morgan.blake@oakmontlabs.com', role: 'Senior Product Manager' },
      ],
    });
  });

  it('reads .eml and header-less text, using --now for a message with no date', () => {
    const eml = JSON.parse(run([path.join(MESSAGES, 'synthetic-linkedin-rejection-relayed.eml')]).stdout) as Record<string, unknown>;
    expect(eml).toMatchObject({ kind: 'rejection', company: 'Halcyon Robotics', at: null, durationMinutes: null });
    const text = JSON.parse(run([path.join(MESSAGES, 'synthetic-interview-body-only.txt'), '--now', '2026-11-20T12:00:00Z', '--tz', 'America/New_York']).stdout) as Record<string, unknown>;
    expect(text).toMatchObject({ kind: 'interview', company: 'Pinecone Outfitters', at: '2027-03-19T15:00:00-04:00' });
  });

  it('fails with exit 2 and one line on bad arguments or an unreadable file', () => {
    const missing = run([]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(run(['/nonexistent/message.eml']).stderr).toMatch(/read-email: Can't read .*ENOENT/);
    const badZone = run([path.join(MESSAGES, 'synthetic-es-rechazo.txt'), '--tz', 'Mars/Olympus']);
    expect(badZone.status).toBe(2);
    expect(badZone.stderr).toMatch(/Mars\/Olympus/);
  });
});
