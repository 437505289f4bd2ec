import { browser } from 'wxt/browser';
import { dashboardUrl } from '../dashboard-url';
import { db } from '../db/database';
import { addApplicationUnlessTracked, findSavedAtCompany, findTracked, markApplied } from '../db/repository';
import { getSettings } from '../db/settings';
import { postingFields } from '../posting-fields';
import type { Handlers, TrackedSummary } from '../messages';
import { trackedSummary } from '../tracked';

/** What the in-page chip asks of the background, which alone can open Ajar's database for it. */
export const captureHandlers: Pick<Handlers, 'lookupPosting' | 'savePosting' | 'markApplied' | 'openDashboard'> = {
  async lookupPosting({ url, company, title }) {
    const match = await findTracked({ url, company, title });
    if (match) return summarize(match.application.id);
    const savedThere = !title && company ? await findSavedAtCompany(company) : null;
    return savedThere ? summarize(savedThere.id) : null;
  },
  async savePosting({ posting, applied }) {
    const { application } = await addApplicationUnlessTracked({ ...postingFields(posting), stage: applied ? 'applied' : 'saved' });
    return summarize(application.id);
  },
  async markApplied({ applicationId }) {
    await markApplied(applicationId);
    return summarize(applicationId);
  },
  async openDashboard({ hash }) {
    await browser.tabs.create({ url: dashboardUrl(hash) });
  },
};

async function summarize(applicationId: string): Promise<TrackedSummary> {
  const application = await db.applications.get(applicationId);
  if (!application) throw new Error('That application is no longer in Ajar.');
  const settings = await getSettings();
  return trackedSummary(application, new Date(), settings.timeZone);
}
