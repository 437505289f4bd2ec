import { browser } from 'wxt/browser';
import { dashboardUrl, parseRoute } from '../routes';
import { db } from '../db/database';
import { addApplicationUnlessTracked, findSavedAtCompany, findTracked, markApplied } from '../db/repository';
import { getSettings } from '../db/queries/settings';
import { postingFields } from '../posting-fields';
import type { Handlers, TrackedSummary } from '../messages';
import { trackedSummary } from '../tracked';
import { sameSite } from '../same-site';
import { cleanUrl } from '../capture/url';

/** What the in-page chip asks of the background, which alone can open Ajar's database for it. */
export const captureHandlers: Pick<Handlers, 'lookupPosting' | 'savePosting' | 'markApplied' | 'openDashboard'> = {
  async lookupPosting({ url, company, title }, sender) {
    const match = await findTracked({ url: addressOnPage(url, sender), company, title });
    if (match) return summarize(match.application.id);
    const savedThere = !title && company ? await findSavedAtCompany(company) : null;
    return savedThere ? summarize(savedThere.id) : null;
  },
  async savePosting({ posting, applied }, sender) {
    const url = addressOnPage(posting.url, sender);
    const { application } = await addApplicationUnlessTracked({ ...postingFields({ ...posting, url }), stage: applied ? 'applied' : 'saved' });
    return summarize(application.id);
  },
  async markApplied({ applicationId }) {
    await markApplied(applicationId);
    return summarize(applicationId);
  },
  async openDashboard({ hash }) {
    // Read and written again, so only a place the dashboard knows is ever opened.
    await browser.tabs.create({ url: dashboardUrl(parseRoute(hash)) });
  },
};

/**
 * The posting's address as the chip read it (the page's canonical link), when that is on the same site as
 * the page the browser says sent the message; otherwise the page's own address. A page can write any
 * canonical link, and must not make Ajar file its posting under another site's address.
 */
function addressOnPage(claimed: string, sender: Browser.runtime.MessageSender): string {
  if (!sender.url) throw new Error('Ajar could not tell which page this came from.');
  return sameSite(claimed, sender.url) ? claimed : cleanUrl(new URL(sender.url));
}

async function summarize(applicationId: string): Promise<TrackedSummary> {
  const application = await db.applications.get(applicationId);
  if (!application) throw new Error('That application is no longer in Ajar.');
  const settings = await getSettings();
  return trackedSummary(application, new Date(), settings.timeZone);
}
