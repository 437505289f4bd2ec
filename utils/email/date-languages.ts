// The date readers for the languages Ajar reads mail in. Imported one locale at a time: the package's
// main entry also loads Japanese, Chinese, Russian and eight more, which the reader never uses and
// every first read would pay to load.
import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as nl from 'chrono-node/nl';

import type { ParsedResult, ParsingReference, ParsingOption } from 'chrono-node';

const DATE_READERS = [en, fr, de, es, nl];

/**
 * Every date reading of the text in each language, in the languages' order. chrono-node never returns on a
 * huge duration ("Référence : 176543210W Et…" reads as 176,543,210 weeks), so runs of five digits or more
 * (references, phone numbers, never part of a date) are hidden from it, keeping every index in place.
 */
export function readingsPerLanguage(text: string, reference?: ParsingReference | Date, option?: ParsingOption): ParsedResult[][] {
  const safe = text.replace(/\d{5,}/g, (run) => '#'.repeat(run.length));
  return DATE_READERS.map((reader) => reader.parse(safe, reference, option));
}
