// The candidate's own message, shown to Ajar from the Sent folder or by mistake: never news to log.
import type { ParsedMessage } from './message';
import { type Sender, describeSender } from './senders';
import { fold, plain } from './text-patterns';

// Writing as oneself: "I", "je", "ich", "yo", "ik" and their forms.
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|me|my|je|j'\w+|moi|mon|ma|mes|ich|mich|mir|mein\w*|yo|mi|mis|conmigo|ik|mij|mijn)\b/;

/**
 * From a private mailbox to an organisation's, in the first person: the candidate wrote it (an application, a
 * thank-you, "je vous confirme ma présence"). Employers write from their own domain, or from a private one to the
 * candidate's private one; a note over a forward keeps the forwarder's headers, so it is left to its words.
 * A mailbox we do not know as private counts too when the message speaks of the recipient's organisation and never
 * of the sender's: an employer writes about itself, a candidate about the place they want to join.
 */
export function writtenByTheCandidate(message: ParsedMessage, sender: Sender, ownBody: string): boolean {
  if (!message.to?.email || message.forwarded) return false;
  const recipient = describeSender(message.to);
  if (recipient.kind === 'personal' || recipient.kind === 'unknown' || !FIRST_PERSON.test(plain(ownBody))) return false;
  if (sender.kind === 'personal') return true;
  const text = fold(`${message.subject ?? ''} ${ownBody}`);
  return sender.kind === 'employer' && !!recipient.domain && recipient.domain !== sender.domain && mentions(text, recipient.domain) && !mentions(text, sender.domain);
}

/** The text names the organisation a domain belongs to: "tarangpay.in" in "the role at TarangPay". */
function mentions(foldedText: string, domain: string | null): boolean {
  const label = fold(domain?.split('.')[0] ?? '');
  return label.length >= 4 && foldedText.includes(label);
}
