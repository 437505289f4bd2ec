type Listener = () => void;
const listeners = new Set<Listener>();

/**
 * Each context says what should happen after a write that can move a prompt: an extension page tells the
 * background to re-arm its alarm; the background re-arms directly. Tests listen to see that it happened.
 */
export function onPromptsMayHaveChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function promptsMayHaveChanged(): void {
  for (const listener of listeners) {
    try {
      listener();
    } catch (error) {
      console.error('Ajar: a change listener failed', error);
    }
  }
}
