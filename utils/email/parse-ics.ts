import ICAL from 'ical.js';
import { parseAddress } from './address';
import { windowsZoneToIana } from './zones';
import type { Address, Invite, InviteAttendee, ParsedMessage, WallTime } from './message';

/** The first VEVENT of a calendar file, or null when the text is not one. */
export function parseInvite(text: string): Invite | null {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch {
    // Some senders break a long DESCRIPTION over raw lines instead of folding it: join those and read again.
    try {
      root = new ICAL.Component(ICAL.parse(unbrokenLines(text)));
    } catch {
      return null;
    }
  }
  const event = root.name === 'vevent' ? root : root.getFirstSubcomponent('vevent');
  if (!event) return null;
  const start = wallTimeOf(event.getFirstProperty('dtstart'));
  let end = wallTimeOf(event.getFirstProperty('dtend'));
  let durationMinutes: number | null = null;
  const duration = event.getFirstPropertyValue('duration');
  if (duration instanceof ICAL.Duration) durationMinutes = Math.round(duration.toSeconds() / 60);
  if (start && end) durationMinutes = minutesBetween(start, end);
  if (!end) end = null;
  return {
    method: stringValue(root.getFirstPropertyValue('method'))?.toUpperCase() ?? null,
    status: stringValue(event.getFirstPropertyValue('status'))?.toUpperCase() ?? null,
    summary: stringValue(event.getFirstPropertyValue('summary')),
    description: stringValue(event.getFirstPropertyValue('description')),
    location: stringValue(event.getFirstPropertyValue('location')),
    organizer: personOf(event.getFirstProperty('organizer')),
    attendees: event.getAllProperties('attendee').map((property) => ({
      ...(personOf(property) ?? { name: null, email: null }),
      role: stringValue(property.getParameter('role'))?.toUpperCase() ?? null,
    })) as InviteAttendee[],
    start,
    end,
    durationMinutes,
  };
}

/** Lines that are no "NAME[;params]:value" property continue the one before them, as folding would have said. */
function unbrokenLines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .reduce<string[]>((lines, line) => {
      if (lines.length > 0 && !/^[A-Z][A-Z0-9-]*[;:]/.test(line) && !/^[ \t]/.test(line)) lines[lines.length - 1] += `\\n${line}`;
      else lines.push(line);
      return lines;
    }, [])
    .join('\r\n');
}

/** An .ics file read as a message: the invite's summary stands in for the subject, its organizer for the sender. */
export function parseIcs(text: string): ParsedMessage {
  const invite = parseInvite(text);
  return {
    from: invite?.organizer ?? null,
    replyTo: null,
    subject: invite?.summary ?? null,
    date: null,
    dateOffset: null,
    body: [invite?.summary, invite?.description, invite?.location].filter(Boolean).join('\n\n'),
    invite,
  };
}

function stringValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text || null;
}

function personOf(property: ICAL.Property | null): Address | null {
  if (!property) return null;
  const value = stringValue(property.getFirstValue());
  const email = value ? value.replace(/^mailto:/i, '').trim().toLowerCase() : null;
  const name = stringValue(property.getParameter('cn'));
  const parsed = name ? parseAddress(name) : null;
  const parsedName = parsed?.name ?? null;
  return { name: parsedName && parsedName.toLowerCase() !== email ? parsedName : null, email: email && email.includes('@') ? email : null, organisation: parsed?.organisation ?? null };
}

function wallTimeOf(property: ICAL.Property | null): WallTime | null {
  if (!property) return null;
  const time = property.getFirstValue();
  if (!(time instanceof ICAL.Time)) return null;
  const tzid = stringValue(property.getParameter('tzid'));
  let zone: string | null = null;
  if (time.zone === ICAL.Timezone.utcTimezone || time.zone?.tzid === 'UTC') zone = 'UTC';
  else if (tzid) zone = windowsZoneToIana(tzid.replace(/^\/+/, ''));
  return { year: time.year, month: time.month, day: time.day, hour: time.isDate ? 0 : time.hour, minute: time.isDate ? 0 : time.minute, zone };
}

function minutesBetween(start: WallTime, end: WallTime): number {
  // Both ends share a zone in every invite seen; wall-clock difference is then exact except across a DST change.
  const a = Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute);
  const b = Date.UTC(end.year, end.month - 1, end.day, end.hour, end.minute);
  return Math.round((b - a) / 60_000);
}
