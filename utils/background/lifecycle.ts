import { browser } from 'wxt/browser';
import { planIsCurrent, pruneExpiredPrompts, rederiveInChunks } from '../db/derived-prompts';
import { db } from '../db/database';
import { getSettings } from '../db/queries/settings';
import { rearm } from './alarm';
import { markDeliveredThrough, takeDelivery } from './deliver';
import { showDelivery } from './notifications';
import { dashboardUrl } from '../routes';

/**
 * Every way the worker can start (install, update, browser start, wake) ends here, because alarms do
 * not survive a reinstall and the worker can be killed at any moment: the alarm is set for the next
 * prompt *before* anything is delivered, and delivery is recorded, so nothing is lost or shown twice.
 */
export async function catchUp(now: Date = new Date()): Promise<void> {
  await rearm(now);
  // A settings change whose re-derivation was cut short is finished here.
  if (!(await planIsCurrent())) await rederiveOnce(now);
  await pruneExpiredPrompts(now);
  await showDelivery(await takeDelivery(now), now);
  await rearm(now);
}

let rederiving: Promise<void> | null = null;

/**
 * One re-derivation at a time in this worker. An install or update wakes the worker and fires its event
 * together, and both find the plan stale: without this, two full passes would run side by side (4 s each
 * at 10k) while the first popup waits. A pass already running here uses this worker's rules and the
 * settings it read at its start; a settings change marks the plan stale again for the next wake.
 */
function rederiveOnce(now: Date): Promise<void> {
  rederiving ??= rederiveInChunks(now).finally(() => {
    rederiving = null;
  });
  return rederiving;
}

/**
 * Any wake of the worker (a message, an event): a re-derivation cut short (a settings tab closed in the
 * middle of one) is finished before the alarm is set from the prompts.
 */
export async function onWake(now: Date = new Date()): Promise<void> {
  if (!(await planIsCurrent())) await rederiveOnce(now);
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
  if (reason !== 'startup') await rederiveOnce(now);
  await catchUp(now);
  if (reason === 'install') {
    const settings = await getSettings();
    if (!settings.onboarded) await browser.tabs.create({ url: dashboardUrl({ view: 'welcome' }) });
  }
}
