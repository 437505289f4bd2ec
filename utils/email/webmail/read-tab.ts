import { browser } from 'wxt/browser';
import type { Webmail } from './detect';
import { openMessageText, readOpenMessage, type OpenMessage } from './read-open-message';

/**
 * Reads the message open in a webmail tab, on the user's click ("Log this email"), which grants activeTab
 * for that tab alone: Ajar keeps no standing access to anyone's mail and runs nothing there otherwise.
 */
export async function readWebmailTab(tabId: number, webmail: Webmail): Promise<string> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: readOpenMessage, args: [webmail] });
  const message = result?.result as OpenMessage | undefined;
  const text = message ? openMessageText(message).trim() : '';
  if (!text) throw new Error('No open message found in this tab. Open the email, or select its text, then try again.');
  return text;
}
