// The candidate's own message, shown to Ajar from the Sent folder or by mistake: never news to log.
import type { ParsedMessage } from './message';
import { type Sender, describeSender } from './senders';
import { plain } from './text-patterns';

// Writing as oneself: "I", "je", "ich", "yo", "ik" and their forms.
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|me|my|je|j'\w+|moi|mon|ma|mes|ich|mich|mir|mein\w*|yo|mi|mis|conmigo|ik|mij|mijn)\b/;

/**
 * From a private mailbox to an organisation's, in the first person: the candidate wrote it (an application, a
 * thank-you, "je vous confirme ma présence"). Employers write from their own domain, or from a private one to the
 * candidate's private one; a note over a forward keeps the forwarder's headers, so it is left to its words.
 */
export function writtenByTheCandidate(message: ParsedMessage, sender: Sender, ownBody: string): boolean {
  if (sender.kind !== 'personal' || !message.to?.email || message.forwarded) return false;
  const recipient = describeSender(message.to);
  if (recipient.kind === 'personal' || recipient.kind === 'unknown') return false;
  return FIRST_PERSON.test(plain(ownBody));
}
