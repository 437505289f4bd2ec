import { useEffect } from 'react';

/** Rows past the last one in view that a list reads ahead, so a steady scroll rarely meets a placeholder. */
const READ_AHEAD = 30;

/**
 * A virtual list that has read only its first rows asks for more when the rows it would draw reach
 * the end of what it holds. Once every row is in memory, `held` equals `total` and it never asks.
 * An empty list (held 0, nothing drawn) does not ask either.
 */
export function useAskForMore(items: readonly { index: number }[], held: number, total: number | null, askUpTo: (upTo: number) => void): void {
  const last = items.length > 0 ? items[items.length - 1].index : -1;
  // Not counted yet: a list that fills what it holds may have more.
  const short = (total === null || held < total) && last >= held - 1;
  useEffect(() => {
    // Asking again for what was asked already changes nothing (the wanted count only grows).
    if (short) askUpTo(Math.min(total ?? Infinity, last + 1 + READ_AHEAD));
  }, [short, last, total, askUpTo]);
}
