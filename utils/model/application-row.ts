import type { Application, Stage } from './application';

/**
 * The few fields the pipeline lists show, kept in memory for every application. Search runs over this
 * projection, never over full records (descriptions can be pages long), so typing stays instant at 10k.
 */
export interface ApplicationRow {
  id: string;
  company: string;
  title: string;
  stage: Stage;
  source: string;
  location: string;
  updatedAt: string;
  /** Parsed once for date filters and sorting. */
  updatedMs: number;
  /** Lower-cased company, title, location and source, so search is one `includes` per row. */
  haystack: string;
}

export function toRow(application: Application): ApplicationRow {
  const company = application.company ?? '';
  const title = application.title ?? '';
  const source = application.source ?? '';
  const location = application.location ?? '';
  return {
    id: application.id,
    company,
    title,
    stage: application.stage,
    source,
    location,
    updatedAt: application.updatedAt,
    updatedMs: Date.parse(application.updatedAt) || 0,
    haystack: `${company}\n${title}\n${location}\n${source}`.toLowerCase(),
  };
}

/** Newest activity first, ties by id: the order the full row cache uses, so nothing jumps when it takes over. */
export function newestFirst(a: ApplicationRow, b: ApplicationRow): number {
  return b.updatedMs - a.updatedMs || (a.id < b.id ? -1 : 1);
}
