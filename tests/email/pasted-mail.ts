import { readMessage } from '../../utils/email';

// A message the way a user pastes it: a few header lines, a blank line, the body; read at the moment they paste it.
export const read = (text: string, timeZone: string, now: string) => readMessage({ kind: 'text', text }, { now: new Date(now), timeZone });
export const mail = (from: string, subject: string, date: string, body: string) => `From: ${from}\nSubject: ${subject}\nDate: ${date}\n\n${body}`;
/** The moment an ISO time stands for, whatever offset it is written with. */
export const instant = (at: string | null) => new Date(at ?? '').toISOString();
