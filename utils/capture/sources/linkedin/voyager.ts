// Signed-in LinkedIn pages ship their data as JSON in hidden <code> blocks ("included" entities of its
// Voyager API). A search list's block names the open job's card (title, company, place); a job view's
// block carries the posting itself (description, place, listed time, workplace type).
import { calendarDay } from '../../calendar-day';
import type { RawPosting } from '../../types';
import { remoteFrom } from '../shared';

type Entity = Record<string, unknown>;

const text = (v: unknown): string | null => {
  if (typeof v === 'string') return v;
  const t = v && typeof v === 'object' ? (v as Entity).text : null;
  return typeof t === 'string' ? t : null;
};

function entitiesMentioning(doc: Document, id: string): Entity[] {
  const out: Entity[] = [];
  for (const code of Array.from(doc.getElementsByTagName('code')).slice(0, 200)) {
    const body = code.textContent ?? '';
    if (!body.includes(id) || !body.includes('"included"')) continue;
    try {
      const included = (JSON.parse(body) as { included?: unknown }).included;
      if (Array.isArray(included)) for (const e of included) if (e && typeof e === 'object' && JSON.stringify(e).includes(id)) out.push(e as Entity);
    } catch {
      // A block that is not JSON says nothing about the job.
    }
  }
  return out;
}

/** What the hidden blocks say about job `id`, or null when they say nothing. */
export function voyagerJob(doc: Document, id: string): RawPosting | null {
  const urns = [`urn:li:fsd_jobPosting:${id}`, `urn:li:fs_normalized_jobPosting:${id}`, `urn:li:fs_jobPosting:${id}`];
  const out: RawPosting = {};
  for (const e of entitiesMentioning(doc, id)) {
    const type = String(e.$type ?? '');
    if (type.endsWith('JobPostingCard') && urns.includes(String(e.jobPostingUrn ?? e['*jobPosting'] ?? ''))) {
      out.title ??= text(e.jobPostingTitle) ?? text(e.title)?.trim() ?? undefined;
      out.company ??= text(e.primaryDescription) ?? undefined;
      const place = text(e.secondaryDescription);
      if (place) {
        out.location ??= place;
        out.remote ??= remoteFrom(place.match(/\(([^()]*)\)\s*$/)?.[1]);
      }
    } else if (type.endsWith('JobPosting') && urns.includes(String(e.entityUrn ?? ''))) {
      out.title = text(e.title) ?? out.title;
      out.description ??= text(e.description) ?? undefined;
      out.location ??= text(e.formattedLocation) ?? undefined;
      if (typeof e.listedAt === 'number' && e.listedAt > 0 && e.listedAt < 1e14) out.datePosted = calendarDay(new Date(e.listedAt));
      if (typeof e.workRemoteAllowed === 'boolean' && e.workRemoteAllowed) out.remote = true;
    }
  }
  return Object.keys(out).length ? out : null;
}
