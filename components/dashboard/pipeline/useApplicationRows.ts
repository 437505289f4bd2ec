import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../../utils/db/database';
import type { ApplicationRow } from './application-row';
import { RowCache } from './row-cache';

/**
 * Every application as a light row, newest activity first. Loaded once and kept live; the board and
 * the table filter this in memory instead of querying per keystroke.
 */
export function useApplicationRows(): ApplicationRow[] | undefined {
  const [cache] = useState(() => new RowCache());
  return useLiveQuery(() => cache.refresh(), [cache]);
}

/** Applications with at least one pending prompt: the unique keys of the prompts' applicationId index. */
export function usePromptedApplicationIds(): ReadonlySet<string> {
  const ids = useLiveQuery(async () => new Set((await db.prompts.orderBy('applicationId').uniqueKeys()) as string[]), []);
  return ids ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();
