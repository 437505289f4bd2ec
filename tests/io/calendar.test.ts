import { beforeEach, expect, test } from 'vitest';
import { addApplication, addContact, logEvent, updateSettings } from '../../utils/db/repository';
import { buildCalendar, exportCalendar } from '../../utils/io/calendar';
import { foldByOctets } from '../../utils/io/ics-fold';
import { defaultSettings } from '../../utils/model/settings';
import { db } from '../../utils/db/database';
import { emptyDatabase } from './db-helpers';

beforeEach(async () => {
  await emptyDatabase();
  await updateSettings({ timeZone: 'America/New_York' });
});

/** Undoes RFC 5545 line folding and splits the file into its events' properties. */
function parseIcs(text: string) {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const events = unfolded.split('BEGIN:VEVENT').slice(1).map((block) => {
    const properties = new Map<string, string>();
    for (const line of block.split('\r\n')) {
      const match = /^([A-Z-]+)(;[^:]*)?:(.*)$/.exec(line);
      if (match && !properties.has(match[1])) properties.set(match[1], match[3]);
    }
    return properties;
  });
  return { unfolded, events };
}

test('interviews and prompts export as a calendar that reads back with the right times', async () => {
  const acme = await addApplication({ company: 'Acme', title: 'Engineer', url: 'https://jobs.example/acme/1', stage: 'applied' }, new Date('2026-03-01T15:00:00Z'));
  const dana = await addContact({ name: 'Dana Lee', role: 'hiring-manager', applicationIds: [acme.id] });
  const longNote = 'Bring the portfolio, ask about the on-call rotation; meet Dana and the team — a long note that spans more than one folded line in the file. '.repeat(2);
  // 10:00 in New York on both days: before the switch to daylight time (8 March) it is 15:00 UTC, after it 14:00.
  await logEvent({ applicationId: acme.id, type: 'interview', at: '2026-03-06T10:00:00-05:00', contactIds: [dana.id], note: longNote }, new Date('2026-03-02T15:00:00Z'));
  await logEvent({ applicationId: acme.id, type: 'interview', at: '2026-03-10T10:00:00-04:00', durationMinutes: 45, final: true }, new Date('2026-03-02T15:00:00Z'));

  const text = await exportCalendar(new Date('2026-03-05T12:00:00Z'));
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);

  const { events } = parseIcs(text);
  const interviews = events.filter((event) => event.get('UID')!.startsWith('interview-'));
  const prompts = events.filter((event) => event.get('UID')!.startsWith('prompt-'));
  expect(interviews.map((event) => [event.get('DTSTART'), event.get('SUMMARY')])).toEqual([
    ['20260306T150000Z', 'Interview with Dana Lee (Engineer\\, Acme)'],
    ['20260310T140000Z', 'Final interview (Engineer\\, Acme)'],
  ]);
  expect(interviews[1].get('DURATION')).toBe('PT45M');
  expect(interviews[0].get('URL')).toBe('https://jobs.example/acme/1');
  expect(interviews[0].get('DESCRIPTION')).toContain('Bring the portfolio\\, ask about the on-call rotation\\; meet Dana');
  // Prompts about these interviews (prep, thank-you) are there too, in Ajar's words, never before now.
  expect(prompts.length).toBeGreaterThan(0);
  for (const prompt of prompts) {
    expect(prompt.get('SUMMARY')).not.toMatch(/overdue|!|reminder/i);
    expect(prompt.get('DTSTART')! >= '20260305T120000Z').toBe(true);
  }
  expect(prompts.some((prompt) => /Thank Dana Lee/.test(prompt.get('SUMMARY')!))).toBe(true);

  // UIDs are unique and stable, so importing a later export updates the same entries.
  const uids = events.map((event) => event.get('UID'));
  expect(new Set(uids).size).toBe(uids.length);
  const again = parseIcs(await exportCalendar(new Date('2026-03-05T12:00:00Z'))).events.map((event) => event.get('UID'));
  expect(again).toEqual(uids);
});

test('with nothing tracked the calendar holds only the gentle pipeline nudge', async () => {
  const { events } = parseIcs(await exportCalendar(new Date('2026-03-05T12:00:00Z')));
  expect(events.map((event) => event.get('SUMMARY'))).toEqual(['Nothing in play right now. A couple of new applications get things moving again']);
});

test('a calendar with no entries is still a valid file', () => {
  const text = buildCalendar({ interviews: [], prompts: [], settings: defaultSettings(), now: new Date(), activeCount: 0 });
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n[\s\S]*END:VCALENDAR\r\n$/);
  expect(text).not.toContain('BEGIN:VEVENT');
});

test('folding counts octets and never splits a character', () => {
  const line = `DESCRIPTION:${'é—'.repeat(60)}`;
  const folded = foldByOctets(`BEGIN:VCALENDAR\r\n${line}\r\nEND:VCALENDAR\r\n`);
  for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  expect(folded.replace(/\r\n /g, '')).toContain(line);
});

test('a line break inside an imported field never starts a line of its own in the file', async () => {
  // Fields from a spreadsheet or a backup can hold any break: a lone CR, a lone LF, a Unicode separator.
  const acme = await addApplication({ company: 'Acme\rBEGIN:VALARM', title: 'Engineer\nX-INJECTED:1', url: 'https://jobs.example/acme/1', stage: 'applied' }, new Date('2026-03-01T15:00:00Z'));
  const dana = await addContact({ name: 'Dana\r\nEND:VEVENT', role: 'interviewer', applicationIds: [acme.id] });
  await logEvent({ applicationId: acme.id, type: 'interview', at: '2026-03-10T10:00:00-04:00', contactIds: [dana.id], note: 'Bring the portfolio.\rATTENDEE:mailto:x@evil.example\u2028Ask about on-call.' }, new Date('2026-03-02T15:00:00Z'));
  // An id from a restored file, with a break in it.
  await db.events.add({ id: 'row-7\rX-ID-INJECTED:1', applicationId: acme.id, type: 'interview', at: '2026-03-11T10:00:00-04:00', createdAt: '2026-03-02T15:00:00Z' });

  const text = await exportCalendar(new Date('2026-03-05T12:00:00Z'));
  // Every CR is followed by an LF, and every LF follows a CR: the only line breaks are the file's own.
  expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  const { unfolded, events } = parseIcs(text);
  const starts = unfolded.split('\r\n').filter(Boolean).map((line) => /^[A-Z-]+(?=[;:])/.exec(line)?.[0]);
  expect(starts).not.toContain('X-INJECTED');
  expect(starts).not.toContain('ATTENDEE');
  expect(starts).not.toContain('X-ID-INJECTED');
  expect(unfolded).not.toMatch(/\r\nBEGIN:VALARM/);
  // One END per event and one for the calendar: no field closed an event early.
  expect(starts.filter((name) => name === 'END')).toHaveLength(events.length + 1);
  const interview = events.find((event) => event.get('UID')?.startsWith('interview-'))!;
  expect(interview.get('SUMMARY')).toBe('Interview with Dana END:VEVENT (Engineer X-INJECTED:1\\, Acme BEGIN:VALARM)');
  // The note keeps its breaks as escaped line breaks inside the one description.
  expect(interview.get('DESCRIPTION')).toContain('Bring the portfolio.\\nATTENDEE:mailto:x@evil.example\\nAsk about on-call.');
});
