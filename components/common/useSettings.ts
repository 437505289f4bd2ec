import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../utils/db/database';
import { mergeSettings, type Settings } from '../../utils/model/settings';

/** Live settings over the defaults; undefined while the first read is in flight. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(async () => mergeSettings(await db.settings.get('main')), []);
}
