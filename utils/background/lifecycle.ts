import { browser } from 'wxt/browser';
import { planIsCurrent, pruneExpiredPrompts, rederiveInChunks } from '../db/derived-prompts';
import { db } from '../db/database';
import { getSettings } from '../db/settings';
import { dashboardUrl } from '../dashboard-url';
import { rearm } from './alarm';
import { markDeliveredThrough, takeDelivery } from './deliver';
import { showDelivery } from './notifications';

/**
 * Every way the worker can start (install, update, browser start, wake) ends here, because alarms do
 * not survive a reinstall and the worker can be killed at any moment: the alarm is set for the next
 * prompt *before* anything is delivered, and delivery is recorded, so nothing is lost or shown twice.
 */
export async function catchUp(now: Date = new Date()): Promise<void> {
  await rearm(now);
  // A settings change whose re-derivation was cut short is finished here.
  if (!(await planIsCurrent())) await rederiveInChunks(now);
  await pruneExpiredPrompts(now);
  await showDelivery(await takeDelivery(now), now);
  await rearm(now);
}

/**
 * Any wake of the worker (a message, an event): a re-derivation cut short (a settings tab closed in the
 * middle of one) is finished before the alarm is set from the prompts.
 */
export async function onWake(now: Date = new Date()): Promise<void> {
  if (!(await planIsCurrent())) await rederiveInChunks(now);
  await rearm(now);
}

/**
 * Install and update re-derive every prompt (the rules may have changed); a browser start does only when
 * the zone they were planned in is no longer the user's. Re-deriving goes a few hundred applications at a
 * time, so a popup opened right after the browser starts is not kept waiting behind it.
 */
export async function onFreshStart(reason: 'install' | 'update' | 'startup' | string, now: Date = new Date()): Promise<void> {
  if (reason === 'install' && !(await db.meta.get('delivery'))) {
    // A new install notifies what comes due from now on; a restored backlog waits in the popup instead.
    await markDeliveredThrough(now);
  }
  if (reason !== 'startup') await rederiveInChunks(now);
  await catchUp(now);
  if (reason === 'install') {
    const settings = await getSettings();
    if (!settings.onboarded) await browser.tabs.create({ url: dashboardUrl('#/welcome') });
  }
}
