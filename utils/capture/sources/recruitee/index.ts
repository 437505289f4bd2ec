// Recruitee career sites (ship JSON-LD JobPosting; the DOM pass fills gaps):
//   https://acme.recruitee.com/o/senior-backend-engineer
//   https://acme.recruitee.com/o/senior-backend-engineer/c/new
// Not postings: https://acme.recruitee.com/ (list).
import { blockOf, meta, textOf } from '../../dom';
import type { SourceAdapter } from '../../types';
import { domainPatterns, hostUnder, remoteFrom } from '../shared';

export const recruitee: SourceAdapter = {
  name: 'recruitee',
  patterns: domainPatterns('recruitee.com'),
  host: (url) => hostUnder(url, 'recruitee.com'),
  matches: (url) => hostUnder(url, 'recruitee.com') && /^\/(l\/[a-z-]+\/)?o\/[^/]+(\/c\/new)?\/?$/i.test(url.pathname),
  extract(doc) {
    const title = textOf(doc, ['[data-testid="offer-title"]', '.offer-title', 'h1']);
    if (!title) return null;
    const location = textOf(doc, ['[data-testid="offer-location"]', '.offer-location', '[class*="location" i]']);
    return {
      title,
      company: meta(doc, 'og:site_name') ?? textOf(doc, ['[data-testid="company-name"]']),
      location,
      remote: remoteFrom(location),
      description: blockOf(doc, ['[data-testid="offer-description"]', '.offer-description', '.description', 'main']),
    };
  },
};
