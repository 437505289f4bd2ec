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
  /** The board's own host(s): used to keep guesswork off board pages that are not postings. */
  host(url: URL): boolean;
  /** True when the URL is one posting on this board. Pure function of the URL. */
  matches(url: URL): boolean;
  extract(doc: Document, url: URL): RawPosting | null;
}
