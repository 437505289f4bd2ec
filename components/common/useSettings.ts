import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '../../utils/db/queries/settings';
import type { Settings } from '../../utils/model/settings';

/** Live settings over the defaults; undefined while the first read is in flight. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => getSettings(), []);
}
