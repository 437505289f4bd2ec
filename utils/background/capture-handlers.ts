import { browser } from 'wxt/browser';
import { db } from '../db/database';
import { addApplication, findTracked, logEvent } from '../db/repository';
import { getSettings } from '../db/settings';
import type { ExtractedPosting } from '../capture/types';
import type { Handlers, TrackedSummary } from '../messages';
import { trackedSummary } from '../tracked';

/** What the in-page chip asks of the background, which alone can open Ajar's database for it. */
export const captureHandlers: Pick<Handlers, 'lookupPosting' | 'savePosting' | 'markApplied' | 'openDashboard'> = {
  async lookupPosting({ url, company, title }) {
    const match = await findTracked({ url, company, title });
    return match ? summarize(match.application.id) : null;
  },
  async savePosting({ posting, applied }) {
    const existing = await findTracked(posting);
    if (existing) return summarize(existing.application.id);
    const application = await addApplication({ ...postingFields(posting), stage: applied ? 'applied' : 'saved' });
    return summarize(application.id);
  },
  async markApplied({ applicationId }) {
    const application = await db.applications.get(applicationId);
    if (!application) throw new Error('That application is no longer in Ajar.');
    if (application.stage === 'saved') await logEvent({ applicationId, type: 'applied', at: new Date().toISOString() });
    return summarize(applicationId);
  },
  async openDashboard({ hash }) {
    await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}${hash.startsWith('#') ? hash : ''}` });
  },
};

/** The fields of a captured posting that an application keeps; page text arrives as plain text already. */
export function postingFields(posting: ExtractedPosting) {
  return {
    company: posting.company?.trim() || 'Unknown company',
    title: posting.title.trim(),
    url: posting.url,
    applyUrl: posting.applyUrl,
    location: posting.location,
    employmentType: posting.employmentType,
    remote: posting.remote,
    salary: posting.salary,
    datePosted: posting.datePosted,
    description: posting.description,
    source: posting.source,
  };
}

async function summarize(applicationId: string): Promise<TrackedSummary> {
  const application = await db.applications.get(applicationId);
  if (!application) throw new Error('That application is no longer in Ajar.');
  const settings = await getSettings();
  return trackedSummary(application, new Date(), settings.timeZone);
}
