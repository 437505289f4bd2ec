import net from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';

/** A free local port for Chromium's DevTools endpoint. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Clicks Ajar's toolbar button for the page in front, as a person would: Chromium opens the real popup
 * and grants activeTab on that page. Headless Chromium cannot click the toolbar, so the click goes
 * through DevTools (Extensions.triggerAction); the popup is then driven over a second CDP connection.
 */
export async function openToolbarPopup(debugPort: number, extensionId: string, jobPageUrl: string): Promise<{ popup: Page; browser: Browser }> {
  const endpoint = `http://127.0.0.1:${debugPort}`;
  const trigger = await chromium.connectOverCDP(endpoint);
  const session = await trigger.newBrowserCDPSession();
  const targets = async (type?: string) =>
    ((await session.send('Target.getTargets', (type ? { filter: [{ type }] } : {}) as never)) as { targetInfos: { targetId: string; url: string; type: string }[] }).targetInfos;
  const tab = (await targets('tab')).find((target) => target.url === jobPageUrl);
  if (!tab) throw new Error(`No tab at ${jobPageUrl}`);
  // The user looks at the page before pressing the button: some Chromium builds leave bringToFront's tab inactive for the tabs API.
  await session.send('Target.activateTarget' as never, { targetId: tab.targetId } as never);
  await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const deadline = Date.now() + 15_000;
  while (!(await targets()).some((target) => target.type === 'page' && target.url.startsWith(popupUrl))) {
    if (Date.now() > deadline) throw new Error('The toolbar popup did not open');
  }
  await trigger.close();
  // Playwright lists only the pages that exist when it connects, so connect again now that the popup is up.
  const browser = await chromium.connectOverCDP(endpoint);
  const popup = browser.contexts().flatMap((context) => context.pages()).find((page) => page.url().startsWith(popupUrl));
  if (!popup) throw new Error('The toolbar popup opened but could not be driven');
  return { popup, browser };
}
