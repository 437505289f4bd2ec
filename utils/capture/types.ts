export interface Salary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: string | null;
}

export interface ExtractedPosting {
  title: string;
  company: string | null;
  location: string | null;
  employmentType: string | null;
  remote: boolean | null;
  salary: Salary | null;
  datePosted: string | null;
  description: string | null;
  applyUrl: string | null;
  url: string;
  source: string;
}

export interface ExtractResult {
  kind: 'posting' | 'submitted' | 'none';
  posting: ExtractedPosting | null;
}

/** What a source (structured data, an adapter, the generic pass) could read; strings may still be raw. */
export type RawPosting = Partial<Omit<ExtractedPosting, 'salary'>> & { salary?: Salary | string | null };

export interface SourceAdapter {
  name: string;
  /**
   * Content-script match patterns (https only) covering every host this board serves. The in-page chip's
   * match list is built from these, so a board the adapter recognises always gets the chip.
   */
  patterns: string[];
  /** The board's own host(s): used to keep guesswork off board pages that are not postings. */
  host(url: URL): boolean;
  /** True when the URL shows one posting on this board (a posting page, or a search page with a job open). */
  matches(url: URL): boolean;
  extract(doc: Document, url: URL): RawPosting | null;
  /** The posting's own address when the page shows it under another one (a search list with a job open). */
  canonical?(doc: Document, url: URL): string | null;
}
