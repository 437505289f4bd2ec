// The date readers for the languages Ajar reads mail in. Imported one locale at a time: the package's
// main entry also loads Japanese, Chinese, Russian and eight more, which the reader never uses and
// every first read would pay to load.
import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as nl from 'chrono-node/nl';

export const DATE_READERS = [en, fr, de, es, nl];
