/**
 * Notices when the job on screen may have changed: a search page swaps the job in its detail panel
 * (re-rendered, often without an address change). While switched off it observes nothing at all, so
 * a board page with nothing job-like on it pays nothing; while on, a burst of mutations costs one
 * timer and leads to one check `delayMs` after the burst began (a steady trickle, one check per delay).
 */
export interface JobWatch {
  /** Observe the page (true) or stop observing it (false). */
  setActive(active: boolean): void;
  /** Something else (an address change) says to look again: one check after the delay. */
  poke(): void;
  readonly active: boolean;
}

export type Schedule = (callback: () => void, delayMs: number) => void;

export function watchForJobChanges(root: Node, check: () => void, schedule: Schedule, delayMs = 250): JobWatch {
  let pending = false;
  const poke = () => {
    if (pending) return;
    pending = true;
    schedule(() => {
      pending = false;
      check();
    }, delayMs);
  };
  const observer = new MutationObserver(poke);
  let active = false;
  return {
    setActive(next) {
      if (next === active) return;
      active = next;
      if (next) observer.observe(root, { childList: true, subtree: true, characterData: true });
      else observer.disconnect();
    },
    poke,
    get active() {
      return active;
    },
  };
}
