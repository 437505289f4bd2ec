import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { readPromptedApplicationIds } from '../../../utils/db/queries/pipeline';
import type { ApplicationRow } from '../../../utils/model/application-row';
import { RowCache } from './row-cache';

/**
 * Every application as a light row, newest activity first, once `start` is true (after the first screen
 * is painted: reading every record costs time in proportion to the pipeline, so it must not delay it).
 * Kept live; the board and the table filter this in memory instead of querying per keystroke.
 */
export function useApplicationRows(start: boolean): ApplicationRow[] | undefined {
  const [cache] = useState(() => new RowCache());
  return useLiveQuery(() => (start ? cache.refresh() : undefined), [cache, start]);
}

/** Applications with at least one pending prompt, once `start` is true. */
export function usePromptedApplicationIds(start: boolean): ReadonlySet<string> | undefined {
  return useLiveQuery(() => (start ? readPromptedApplicationIds() : undefined), [start]);
}

/**
 * Turns true once `shown` has been true through one frame: the rAF callback runs just before the frame
 * is drawn and the timeout just after, so what follows starts once the first screen is on it.
 */
export function useAfterFirstPaint(shown: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!shown || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, painted]);
  return painted;
}
