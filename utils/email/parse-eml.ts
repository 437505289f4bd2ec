import PostalMime from 'postal-mime';
import { nameAndOrganisation } from './address';
import { htmlToText } from './html-text';
import { type ParsedMessage, offsetOfDateHeader } from './message';
import { parseInvite } from './parse-ics';

/** An RFC 822 message (.eml): headers decoded by postal-mime; an attached invite is read too. */
export async function parseEml(raw: string | ArrayBuffer): Promise<ParsedMessage> {
  const mail = await PostalMime.parse(raw);
  const date = mail.date ? new Date(mail.date) : null;
  const body = mail.text?.trim() ? mail.text : mail.html ? htmlToText(mail.html) : '';
  const calendar = mail.attachments.find((part) => /text\/calendar|application\/ics/i.test(part.mimeType) || /\.ics$/i.test(part.filename ?? ''));
  let invite = null;
  if (calendar) {
    const content = typeof calendar.content === 'string' ? calendar.content : new TextDecoder().decode(calendar.content);
    invite = parseInvite(content);
  }
  return {
    from: mail.from ? { ...nameAndOrganisation(mail.from.name), email: mail.from.address?.toLowerCase() || null } : null,
    replyTo: mail.replyTo?.[0] && 'address' in mail.replyTo[0] && mail.replyTo[0].address ? { name: mail.replyTo[0].name?.trim() || null, email: mail.replyTo[0].address.toLowerCase() } : null,
    to: mail.to?.[0] && 'address' in mail.to[0] && mail.to[0].address ? { name: mail.to[0].name?.trim() || null, email: mail.to[0].address.toLowerCase() } : null,
    subject: mail.subject?.trim() || null,
    date: date && !Number.isNaN(date.getTime()) ? date : null,
    dateOffset: offsetOfDateHeader(mail.headers.find((header) => header.key === 'date')?.value),
    body: body.replace(/\r\n?/g, '\n'),
    invite,
  };
}
