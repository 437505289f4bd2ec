import type { Stage } from '../../model/application';

// The words other trackers and home-made spreadsheets use for where an application stands. Huntr's
// default lists are Wishlist/Applied/Interview/Offer/Rejected; Teal's statuses run Bookmarked → Applying →
// Applied → Interviewing → Negotiating → Accepted, with "I Withdrew", "Not Selected", "No Response"
// and "Archived" to close a job. Keys are folded (lower case, letters and digits only).
const SYNONYMS: Record<Stage, readonly string[]> = {
  saved: [
    'saved', 'wishlist', 'wish list', 'bookmarked', 'bookmark', 'interested', 'to apply', 'applying', 'prospect',
    'prospective', 'draft', 'planned', 'planning', 'researching', 'not applied', 'not yet applied', 'new', 'idea', 'lead',
  ],
  applied: ['applied', 'submitted', 'application submitted', 'application sent', 'sent', 'in review', 'under review', 'pending', 'waiting'],
  interviewing: [
    'interview', 'interviews', 'interviewing', 'interview scheduled', 'phone screen', 'screen', 'screening', 'onsite',
    'on site', 'technical interview', 'final round', 'assessment', 'take home', 'in process', 'in progress',
  ],
  offer: ['offer', 'offered', 'offer received', 'negotiating', 'negotiation'],
  accepted: ['accepted', 'offer accepted', 'hired', 'signed'],
  rejected: ['rejected', 'rejection', 'not selected', 'unsuccessful', 'turned down', 'denied', 'no offer'],
  withdrawn: ['withdrawn', 'withdrew', 'i withdrew', 'withdraw', 'declined', 'offer declined', 'not interested', 'archived', 'passed'],
  'no-response': ['no response', 'no reply', 'no answer', 'no feedback', 'ghosted', 'closed no response', 'expired'],
};

const BY_WORD = new Map<string, Stage>(
  (Object.entries(SYNONYMS) as [Stage, readonly string[]][]).flatMap(([stage, words]) => words.map((word) => [foldStatus(word), stage] as const)),
);

/** Lower case, emoji and punctuation gone: "No Response 🔕" and "no-response" read the same. */
export function foldStatus(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Ajar's stage for a status word, the user's own choices first; null when nothing fits. */
export function stageOfStatus(text: string, overrides: Readonly<Record<string, Stage>> = {}): Stage | null {
  const folded = foldStatus(text);
  return (Object.hasOwn(overrides, folded) ? overrides[folded] : undefined) ?? BY_WORD.get(folded) ?? null;
}
