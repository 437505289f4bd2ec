// Readability is the heaviest dependency in the capture code; only the generic pass imports it,
// and only calls it when no cheaper description container was found.
import { Readability } from '@mozilla/readability';
import { cleanBlock } from '../text';

export function readableDescription(doc: Document): string | null {
  try {
    const clone = doc.cloneNode(true) as Document;
    const article = new Readability(clone, { charThreshold: 300, maxElemsToParse: 4000, keepClasses: false }).parse();
    // Its HTML goes through the regex stripper, never into a live document.
    return cleanBlock(article?.content ?? null);
  } catch {
    return null;
  }
}
