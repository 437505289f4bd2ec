import { useLiveQuery } from 'dexie-react-hooks';
import { readApplicationRecord, type ApplicationRecord } from '../../../utils/db/queries/application';

/** One application with everything hanging off it, kept live. */
export function useApplicationRecord(id: string): ApplicationRecord | null | undefined {
  return useLiveQuery(() => readApplicationRecord(id), [id]);
}
