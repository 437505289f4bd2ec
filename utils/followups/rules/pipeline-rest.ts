import type { SearchState } from '../search-state';

// A9: keep applying until an offer is signed; with one in hand, or accepted (and no new search begun since), the nudge rests.
export function pipelineRests(search: SearchState, savedSinceAcceptance: boolean): boolean {
  return search.offers.length > 0 || (search.acceptance !== null && !savedSinceAcceptance);
}
