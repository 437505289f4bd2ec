// The shape every parser (.eml, .ics, pasted text) hands to the readers: one message, already decoded.

export interface Address {
  name: string | null;
  email: string | null;
  /** Where the person works, as directories append it: "Gagnon, Marie-Ève (CISSS des Laurentides)". */
  organisation?: string | null;
}

export interface InviteAttendee extends Address {
  /** ROLE=… in the invite (REQ-PARTICIPANT, OPT-PARTICIPANT, NON-PARTICIPANT, CHAIR). */
  role: string | null;
}

/** A wall-clock time in a zone, or an instant when the zone is UTC or a fixed offset. */
export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  /** An IANA zone, `UTC`, or null for a floating time (read in the user's zone). */
  zone: string | null;
}

export interface Invite {
  method: string | null;
  status: string | null;
  summary: string | null;
  description: string | null;
  location: string | null;
  organizer: Address | null;
  attendees: InviteAttendee[];
  start: WallTime | null;
  end: WallTime | null;
  durationMinutes: number | null;
}

export interface ParsedMessage {
  from: Address | null;
  /** Reply-To: where a robot's message says the recruiter can be reached. */
  replyTo: Address | null;
  /** The first recipient, where the message says: an employer's address there means the candidate wrote it. */
  to?: Address | null;
  /** A note written over a forwarded message: its From and To are the forwarder's, not the news's. */
  forwarded?: boolean;
  subject: string | null;
  date: Date | null;
  /** The Date header's own UTC offset in minutes ("-0700" → -420): "tomorrow" is the sender's tomorrow. */
  dateOffset: number | null;
  /** Plain text: the text part, or the HTML part turned into text. */
  body: string;
  invite: Invite | null;
}

/** The offset a Date header was written in: "Mon, 6 Apr 2026 18:00:00 -0700" → -420. */
export function offsetOfDateHeader(value: string | null | undefined): number | null {
  const match = /([+-])(\d{2}):?(\d{2})\s*(?:\([^)]*\))?\s*$/.exec(value ?? '');
  if (!match) return null;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
