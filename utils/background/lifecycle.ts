import { browser } from 'wxt/browser';
import { rebuildAllPrompts } from '../db/derived-prompts';
import { getSettings } from '../db/settings';
import { dashboardUrl } from '../dashboard-url';
import { rearm } from './alarm';
import { takeDelivery } from './deliver';
import { showDelivery } from './notifications';

/**
 * Every way the worker can start (install, update, browser start, wake) ends here, because alarms do
 * not survive a reinstall and the worker can be killed at any moment: the alarm is set for the next
 * prompt *before* anything is delivered, and delivery is recorded, so nothing is lost or shown twice.
 */
export async function catchUp(now: Date = new Date()): Promise<void> {
  await rearm(now);
  await showDelivery(await takeDelivery(now), now);
  await rearm(now);
}

/** Install, update and browser start: derived prompts are rebuilt from the records, then catch up. */
export async function onFreshStart(reason: 'install' | 'update' | 'startup' | string): Promise<void> {
  await rebuildAllPrompts();
  await catchUp();
  if (reason === 'install') {
    const settings = await getSettings();
    if (!settings.onboarded) await browser.tabs.create({ url: dashboardUrl('#/welcome') });
  }
}
