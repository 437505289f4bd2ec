import { describe, expect, test } from 'vitest';
import { instantOf, localDateOf } from '../../components/common/dates';
import { joinList, splitList } from '../../components/common/list-text';
import { safeHttpUrl } from '../../components/common/safe-url';
import { contactStats } from '../../components/dashboard/contacts/contact-stats';
import { parseDayList, timeZoneOptions } from '../../components/dashboard/settings/setting-fields';
import type { AppEvent } from '../../utils/model/application';

describe('links', () => {
  test('only http(s) addresses become links', () => {
    expect(safeHttpUrl('https://jobs.example.com/1')).toBe('https://jobs.example.com/1');
    expect(safeHttpUrl(' http://example.com ')).toBe('http://example.com/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});

describe('dates in the user’s zone', () => {
  test('a local date and time name one instant, whatever zone the machine is in', () => {
    expect(instantOf('2026-03-10', '14:00', 'America/New_York')?.toISOString()).toBe('2026-03-10T18:00:00.000Z');
    expect(instantOf('2026-03-29', '02:30', 'Europe/Berlin')).not.toBeNull();
    expect(instantOf('10/03/2026', '14:00', 'UTC')).toBeNull();
    expect(localDateOf(Date.parse('2026-03-10T02:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-09');
  });
});

describe('lists typed in one box', () => {
  test('commas and new lines split; blanks and repeats go', () => {
    expect(splitList('system design, salary ,, \nsystem design')).toEqual(['system design', 'salary']);
    expect(joinList(['a', 'b'])).toBe('a, b');
    expect(joinList(undefined)).toBe('');
  });
});

describe('settings fields', () => {
  test('keep-in-touch days are whole positive numbers', () => {
    expect(parseDayList('180, 90')).toEqual([90, 180]);
    expect(parseDayList('90 90')).toEqual([90]);
    expect(parseDayList('')).toBeNull();
    expect(parseDayList('90, soon')).toBeNull();
    expect(parseDayList('0')).toBeNull();
  });

  test('the time zone list always holds the current zone', () => {
    expect(timeZoneOptions('Europe/Berlin')).toContain('Europe/Berlin');
    expect(timeZoneOptions('Mars/Olympus')[0]).toBe('Mars/Olympus');
  });
});

describe('contact stats', () => {
  const event = (type: AppEvent['type'], at: string, contactIds: string[]): AppEvent =>
    ({ id: at, applicationId: 'a', type, at, contactIds, createdAt: at });

  test('last contact is the latest event naming them; references count their briefings', () => {
    const stats = contactStats([
      event('interview', '2026-03-02T10:00:00Z', ['dana', 'lee']),
      event('thank-you-sent', '2026-03-02T16:00:00+01:00', ['dana']),
      event('references-briefed', '2026-03-05T10:00:00Z', ['ref']),
      event('references-briefed', '2026-04-01T10:00:00Z', ['ref']),
    ]);
    expect(stats.get('dana')?.lastContactAt).toBe('2026-03-02T16:00:00+01:00');
    expect(stats.get('lee')?.lastContactAt).toBe('2026-03-02T10:00:00Z');
    expect(stats.get('ref')).toEqual({ lastContactAt: '2026-04-01T10:00:00Z', briefedCount: 2, lastBriefedAt: '2026-04-01T10:00:00Z' });
  });
});
