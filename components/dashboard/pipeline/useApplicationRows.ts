import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../utils/db/database';
import { toRow, type ApplicationRow } from './application-row';

/**
 * Every application as a light row, newest activity first (read through the updatedAt index). Loaded
 * once and kept live; the board and the table filter this in memory instead of querying per keystroke.
 */
export function useApplicationRows(): ApplicationRow[] | undefined {
  return useLiveQuery(async () => {
    const rows: ApplicationRow[] = [];
    await db.applications.orderBy('updatedAt').reverse().each((application) => {
      rows.push(toRow(application));
    });
    return rows;
  }, []);
}

/** Applications with at least one pending prompt: the unique keys of the prompts' applicationId index. */
export function usePromptedApplicationIds(): ReadonlySet<string> {
  const ids = useLiveQuery(async () => new Set((await db.prompts.orderBy('applicationId').uniqueKeys()) as string[]), []);
  return ids ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();
