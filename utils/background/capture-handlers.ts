import { browser } from 'wxt/browser';
import { dashboardUrl, parseRoute } from '../routes';
import { addApplicationUnlessTracked, findSavedAtCompany, markApplied } from '../db/repository';
import { postingFields } from '../posting-fields';
import type { Handlers, TrackedSummary } from '../messages';
import { lookupTracked, trackedSummary } from '../tracked';
import { readApplication } from '../db/queries/application';
import { sameSite } from '../same-site';
import { cleanUrl } from '../capture/url';

/** What the in-page chip asks of the background, which alone can open Ajar's database for it. */
export const captureHandlers: Pick<Handlers, 'lookupPosting' | 'savePosting' | 'markApplied' | 'openDashboard'> = {
  async lookupPosting({ url, company, title }, sender) {
    const tracked = await lookupTracked({ url: addressOnPage(url, sender), company, title });
    if (tracked) return tracked;
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
  const application = await readApplication(applicationId);
  if (!application) throw new Error('That application is no longer in Ajar.');
  return trackedSummary(application);
}
