import type { RawPosting } from '../types';
import { jsonLdPostings } from './jsonld';
import { isMicrodataPosting, readItem } from './microdata';
import { isRdfaPosting, readRdfa } from './rdfa';
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
  // One pass over the elements finds either kind; most pages have neither.
  const [item] = Array.from(doc.querySelectorAll('[itemtype], [typeof]')).filter((el) => isMicrodataPosting(el) || isRdfaPosting(el));
  if (!item) return null;
  const md = isMicrodataPosting(item);
  const obj = safe(() => (md ? readItem(item) : readRdfa(item)));
  return obj ? { fields: postingFromSchema(obj), source: md ? 'microdata' : 'rdfa' } : null;
}
