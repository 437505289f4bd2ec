import { readingsPerLanguage } from './date-languages';
import { parseAddress } from './address';
import { type Address, type ParsedMessage, offsetOfDateHeader } from './message';
import { FORWARD_MARKER, FORWARD_SUBJECT, ORIGINAL_BLOCK } from './text-patterns';
import { webmailHead } from './webmail-head';

// Header names as mail clients print them when a message is copied or forwarded (English, French,
// German, Spanish, Dutch).
const FROM = /^(from|de|von|van|sender|expéditeur|remitente)$/i;
const SUBJECT = /^(subject|objet|betreff|asunto|onderwerp|sujet)$/i;
const DATE = /^(date|sent|envoyé|gesendet|datum|fecha|enviado|verzonden)$/i;
const TO = /^(to|à|a|an|para|aan)$/i;
// Other header lines a pasted message may keep ("X-Mailer: rexx systems", "Auto-Submitted: auto-replied"): read past them.
const OTHER = /^(cc|bcc|reply-to|cci|répondre à|x-[\p{L}-]+|auto-submitted|message-id|mime-version|content-type|content-transfer-encoding|importance|priority|in-reply-to|references|return-path|sender|organi[sz]ation|thread-topic|thread-index|list-unsubscribe|precedence)$/iu;

/**
 * A forwarded message: when the forwarder wrote next to nothing above the marker, the message that counts
 * is the forwarded one, with its own From:, Subject: and Date: lines.
 */
export function unwrapForward(message: ParsedMessage): ParsedMessage {
  const marker = FORWARD_MARKER.exec(message.body) ?? (FORWARD_SUBJECT.test(message.subject ?? '') ? ORIGINAL_BLOCK.exec(message.body) : null);
  if (!marker) return message;
  // A short note over a forward ("FYI, see below"), its phone's signature aside, hands the reader the forwarded mail.
  const above = message.body.slice(0, marker.index).replace(/^\s*(?:sent from my \w+|envoy[ée] de mon \w+|gesendet von meinem \w+|enviado desde mi \w+|verzonden (?:vanaf|met) mijn \w+|_{5,}|-{5,})\s*$/gim, '').replace(/\s+/g, ' ').trim();
  // Apple Mail quotes what it forwards: "> Van: …".
  const inner = parseText(message.body.slice(marker.index + marker[0].length).replace(/^[ \t]*> ?/gm, ''));
  // A longer note ("see below from Meredith … that's noon for you here in Denver") is read with what it forwards, the
  // forwarded mail being the news, not history; the one who wrote the note stays the sender.
  if (above.length > 160) return { ...message, body: `${message.body.slice(0, marker.index).trimEnd()}\n\n${inner.body}`, forwarded: true };
  return {
    ...message,
    from: inner.from ?? message.from,
    replyTo: inner.from ? inner.replyTo : message.replyTo,
    to: inner.from ? inner.to : message.to,
    subject: inner.subject ?? message.subject,
    date: inner.date ?? message.date,
    dateOffset: inner.date ? inner.dateOffset : message.dateOffset,
    body: inner.body,
  };
}

/**
 * Plain text laid out as `From:`, `Subject:`, `Date:` lines (any may be missing), a blank line, then the body; or
 * copied from a webmail view, its head without labels, read in `timeZone` (the zone that view shows times in) and,
 * where the view leaves out the year or the day, against `now`.
 */
export function parseText(text: string, timeZone?: string, now: Date | null = null): ParsedMessage {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let from: Address | null = null;
  let replyTo: Address | null = null;
  let to: Address | null = null;
  let subject: string | null = null;
  let date: Date | null = null;
  let dateOffset: number | null = null;
  let index = 0;
  while (index < lines.length && lines[index].trim() === '') index += 1;
  const headerStart = index;
  for (; index < lines.length; index += 1) {
    const match = /^([\p{L}-]+(?: [\p{L}]+)?)\s*:\s*(.*)$/u.exec(lines[index]);
    if (!match) break;
    const [, name, value] = match;
    if (FROM.test(name)) from = parseAddress(value);
    else if (SUBJECT.test(name)) subject = value.trim() || null;
    else if (DATE.test(name)) {
      date = parseHeaderDate(value);
      dateOffset = offsetOfDateHeader(value);
    }
    else if (/^(reply-to|répondre à)$/i.test(name)) replyTo = parseAddress(value);
    else if (TO.test(name)) to ??= firstRecipient(value);
    else if (!OTHER.test(name)) break;
  }
  // Header lines count only when a blank line (or the end) follows them; otherwise it was all body.
  const isHeaderBlock = index > headerStart && (index >= lines.length || lines[index].trim() === '');
  if (!isHeaderBlock) {
    const body = lines.slice(headerStart).join('\n').trim();
    const head = timeZone ? webmailHead(body, timeZone, now) : null;
    if (head) return { from: head.from, replyTo: null, subject: head.subject, date: head.date, dateOffset: null, body: head.body, invite: null };
    return { from: null, replyTo: null, subject: null, date: null, dateOffset: null, body, invite: null };
  }
  return { from, replyTo, to, subject, date, dateOffset, body: lines.slice(index).join('\n').trim(), invite: null };
}

/** "Ana <ana@x.com>, hr@y.com": the first recipient. */
function firstRecipient(value: string): Address | null {
  const address = parseAddress(value);
  const email = address?.email ?? /[^\s@<>,;"']+@[^\s@<>,;"']+\.[a-z]{2,}/i.exec(value)?.[0]?.toLowerCase() ?? null;
  return address ? { ...address, email } : null;
}

export function parseHeaderDate(value: string): Date | null {
  const text = value.trim();
  if (!text) return null;
  const direct = new Date(text);
  if (!Number.isNaN(direct.getTime()) && /\d{4}/.test(text)) return direct;
  // The reading that covers most of the line wins: English alone reads "Mo., 16. März 2026 11:20" as just "11:20".
  const readings = readingsPerLanguage(text)
    .flat()
    .sort((a, b) => b.text.length - a.text.length);
  return readings[0]?.start.date() ?? null;
}
