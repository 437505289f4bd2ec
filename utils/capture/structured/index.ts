import type { RawPosting } from '../types';
import { jsonLdPostings } from './jsonld';
import { microdataPosting } from './microdata';
import { rdfaPosting } from './rdfa';
import { postingFromSchema } from './schema';

export interface Structured {
  fields: RawPosting;
  source: 'jsonld' | 'microdata' | 'rdfa';
}

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/** schema.org JobPosting from JSON-LD, else microdata, else RDFa. */
export function extractStructured(doc: Document): Structured | null {
  const ld = safe(() => jsonLdPostings(doc)) ?? [];
  // Pages sometimes carry an empty JobPosting stub next to the real one.
  const withTitle = ld.find((o) => o.title || o.name);
  if (withTitle) return { fields: postingFromSchema(withTitle), source: 'jsonld' };
  // Cheap attribute probes first: most pages have neither.
  if (doc.querySelector('[itemtype*="JobPosting"]')) {
    const md = safe(() => microdataPosting(doc));
    if (md) return { fields: postingFromSchema(md), source: 'microdata' };
  }
  if (doc.querySelector('[typeof*="JobPosting"]')) {
    const rd = safe(() => rdfaPosting(doc));
    if (rd) return { fields: postingFromSchema(rd), source: 'rdfa' };
  }
  return null;
}
