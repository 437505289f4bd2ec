// The date readers for the languages Ajar reads mail in. Imported one locale at a time: the package's
// main entry also loads Japanese, Chinese, Russian and eight more, which the reader never uses and
// every first read would pay to load.
import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as nl from 'chrono-node/nl';

import type { ParsedResult, ParsingReference, ParsingOption } from 'chrono-node';

export type DateLanguage = 'en' | 'fr' | 'de' | 'es' | 'nl';

const READERS = { en, fr, de, es, nl } as const;

// Words that give away a message's language: its own reader goes first, so "12/03" is read its way.
const LANGUAGE_WORDS: Array<[DateLanguage, RegExp]> = [
  ['fr', /\b(?:vous|votre|nous|avec|pour|merci|bonjour|candidature|entretien|madame|monsieur|cordialement)\b/gi],
  ['de', /\b(?:und|Sie|Ihre?n?|wir|uns|für|mit|Bewerbung|Gespräch|freundlichen|Grüße|Grüßen)\b/g],
  ['es', /\b(?:usted|nosotros|gracias|hola|para|con|su|tu|candidatura|entrevista|saludos|atentamente)\b/gi],
  ['nl', /\b(?:je|jij|u|uw|wij|we|het|een|met|voor|bedankt|sollicitatie|gesprek|groet|groeten)\b/gi],
  ['en', /\b(?:you|your|the|and|with|for|thanks|thank|we|our|interview|regards)\b/gi],
];

/** The language most of the message is written in. */
export function languageOf(text: string): DateLanguage {
  const sample = text.slice(0, 4000);
  let best: DateLanguage = 'en';
  let most = 0;
  for (const [language, words] of LANGUAGE_WORDS) {
    const count = sample.match(words)?.length ?? 0;
    if (count > most) [best, most] = [language, count];
  }
  return best;
}

/**
 * Every date reading of the text in each language, the message's own language first. chrono-node never returns on a
 * huge duration ("Référence : 176543210W Et…" reads as 176,543,210 weeks), so runs of five digits or more
 * (references, phone numbers, never part of a date) are hidden from it, keeping every index in place.
 */
export function readingsPerLanguage(text: string, reference?: ParsingReference | Date, option?: ParsingOption, first: DateLanguage = 'en'): ParsedResult[][] {
  const safe = text.replace(/\d{5,}/g, (run) => '#'.repeat(run.length));
  const order: DateLanguage[] = [first, ...(['en', 'fr', 'de', 'es', 'nl'] as const).filter((language) => language !== first)];
  // "(so 1:30 your time)": another language's reader takes a word of this one for a weekday ("so" for Sonntag).
  return order.map((language) => READERS[language].parse(safe, reference, option).filter((result) => language === first || !/^[(\s]*(?:so|mo|di|mi|do|fr|sa|lu|ma|me|je|ve|zo|wo|vr|za|ju|vi)\.?\s/.test(result.text)));
}
