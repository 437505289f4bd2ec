import type { AppEvent } from '../../../utils/model/application';

export interface ContactStats {
  /** The latest event naming this person, ISO. */
  lastContactAt: string | null;
  /** How many times they were briefed as a reference. */
  briefedCount: number;
  lastBriefedAt: string | null;
}

const NONE: ContactStats = { lastContactAt: null, briefedCount: 0, lastBriefedAt: null };

/** Per person: when you were last in touch, and for references how often and when they were briefed (A6). */
export function contactStats(events: readonly AppEvent[]): Map<string, ContactStats> {
  const stats = new Map<string, ContactStats>();
  const later = (a: string | null, b: string) => (a === null || Date.parse(b) > Date.parse(a) ? b : a);
  for (const event of events) {
    for (const id of event.contactIds ?? []) {
      const current = stats.get(id) ?? { ...NONE };
      current.lastContactAt = later(current.lastContactAt, event.at);
      if (event.type === 'references-briefed') {
        current.briefedCount += 1;
        current.lastBriefedAt = later(current.lastBriefedAt, event.at);
      }
      stats.set(id, current);
    }
  }
  return stats;
}

export function statsOf(stats: Map<string, ContactStats>, id: string): ContactStats {
  return stats.get(id) ?? NONE;
}
