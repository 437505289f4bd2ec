import { onPromptsMayHaveChanged } from './db/changes';
import { requestPersistentStorage } from './io/persistent-storage';
import { sendMessage } from './messages';

/**
 * What every extension page does once: it writes the database directly, so it tells the background that
 * its alarm may be stale after each write; and it asks the browser to keep the data persistent.
 */
export function wireExtensionPage(): void {
  onPromptsMayHaveChanged(() => {
    sendMessage('promptsChanged', undefined).catch(() => {
      // The background re-arms from the database whenever it wakes, so a missed nudge is harmless.
    });
  });
  void requestPersistentStorage();
}
