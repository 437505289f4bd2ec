import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

// The backups in tests/fixtures/offers/ walk one search through an offer: Acme offers (answer by Friday
// 13 March 2026), Globex is interviewing (a final round on the 17th), Initech applied, Hooli only saved.
const FIXTURES = 'tests/fixtures/offers';

/** `npm run plan` on a fixture, as support would run it: kind, application, event and contact of each line. */
function planOf(fixture: string, now: string): string[] {
  const result = spawnSync('npm', ['run', '--silent', 'plan', '--', `${FIXTURES}/${fixture}`, '--now', now], { cwd: process.cwd(), encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  const lines = JSON.parse(result.stdout) as { kind: string; applicationId: string | null; eventId: string | null; contactId: string | null; dueAt: string }[];
  return lines.map((line) => `${line.kind} ${line.applicationId ?? '-'} ${line.eventId ?? '-'} ${line.contactId ?? '-'} @ ${line.dueAt}`);
}

describe('npm run plan through an offer', () => {
  test('an offer with a deadline: the decision three business days ahead, Globex told, no pipeline nudge', () => {
    expect(planOf('offer-in-hand.json', '2026-03-09T20:00:00Z')).toEqual([
      'offer-leverage globex acme-offer c-dana @ 2026-03-09T15:00:00.000Z',
      'offer-decision acme acme-offer - @ 2026-03-10T13:00:00.000Z',
      'follow-up initech initech-applied - @ 2026-03-11T14:00:00.000Z',
      'follow-up globex globex-interview - @ 2026-03-12T19:00:00.000Z',
    ]);
  });

  test('an offer without a deadline: Globex told, no decision prompt, still no pipeline nudge', () => {
    expect(planOf('offer-in-hand-no-deadline.json', '2026-03-09T20:00:00Z')).toEqual([
      'offer-leverage globex acme-offer c-dana @ 2026-03-09T15:00:00.000Z',
      'follow-up initech initech-applied - @ 2026-03-11T14:00:00.000Z',
      'follow-up globex globex-interview - @ 2026-03-12T19:00:00.000Z',
    ]);
  });

  test('the offer accepted: only withdraw notes for the open ones and thanks to the reference named', () => {
    expect(planOf('offer-accepted.json', '2026-03-12T18:00:00Z')).toEqual([
      'thank-references acme acme-accepted c-sam @ 2026-03-12T14:00:00.000Z',
      'withdraw globex acme-accepted c-dana @ 2026-03-12T14:00:00.000Z',
      'withdraw initech acme-accepted - @ 2026-03-12T14:00:00.000Z',
    ]);
  });

  test('the offer accepted, the day before Globex\'s final round: still no prep, references briefing or pipeline nudge', () => {
    expect(planOf('offer-accepted.json', '2026-03-16T15:00:00Z').map((line) => line.split(' ')[0])).toEqual(['thank-references', 'withdraw', 'withdraw']);
  });

  test('the accepted offer withdrawn: the search reopens with the snoozed follow-up where the user put it', () => {
    expect(planOf('offer-accepted-then-withdrawn.json', '2026-03-16T15:00:00Z')).toEqual([
      'pipeline - - - @ 2026-03-16T13:00:00.000Z',
      'prep globex globex-final - @ 2026-03-16T13:00:00.000Z',
      'references globex globex-final - @ 2026-03-16T15:00:00.000Z',
      'follow-up initech initech-applied - @ 2026-03-18T14:00:00.000Z',
    ]);
  });
});
