import { db } from '../database';
import { mergeSettings, type Settings } from '../../model/settings';

/** The user's settings over the defaults, so a setting added in a later version has a value. */
export async function getSettings(): Promise<Settings> {
  const row = await db.settings.get('main');
  return mergeSettings(row);
}
