// What the learned weighing of a message's kind looks at: the evidence the phrase rules found, the sender and the
// time signals, and the words themselves (each word and each pair of neighbouring words, subject apart from body).
import type { Sender } from './senders';
import { plain } from './text-patterns';

/** How many sentences said each kind of news ("rejection": 2, "received": 0…), as `kindEvidence` counts them. */
export type EvidenceCounts = Record<string, number>;

export interface KindFeatureInput {
  subject: string;
  ownBody: string;
  sender: Sender;
  signals: Record<string, unknown>;
  evidence: EvidenceCounts;
}

// Past the first few thousand characters a message is footers, legal text and quoted threads: no news.
const READ_CHARS = 4000;
const REPLY = /^(?:re|aw|sv|antw|rv|ref)\s*:/i;

function words(text: string): string[] {
  return plain(text).match(/[\p{L}\p{N}']+/gu) ?? [];
}

export function kindFeatures({ subject, ownBody, sender, signals, evidence }: KindFeatureInput): string[] {
  const found = new Set<string>(['bias']);
  for (const [kind, count] of Object.entries(evidence)) {
    if (count > 0) found.add(`said:${kind}`);
    if (count > 1) found.add(`said-more:${kind}`);
  }
  for (const [signal, value] of Object.entries(signals)) if (value === true) found.add(`signal:${signal}`);
  found.add(`sender:${sender.kind}`);
  if (sender.automated) found.add('sender:automated');
  if (sender.name) found.add('sender:named');
  if (REPLY.test(subject.trim())) found.add('reply');
  const subjectWords = words(subject);
  subjectWords.forEach((word, at) => {
    found.add(`subject:${word}`);
    if (at > 0) found.add(`subject:${subjectWords[at - 1]} ${word}`);
  });
  const bodyWords = words(ownBody.slice(0, READ_CHARS));
  bodyWords.forEach((word, at) => {
    found.add(`body:${word}`);
    if (at > 0) found.add(`body:${bodyWords[at - 1]} ${word}`);
  });
  return [...found];
}
