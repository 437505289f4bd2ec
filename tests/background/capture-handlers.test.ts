import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../utils/db/database';
import { updateSettings } from '../../utils/db/repository';
import { captureHandlers } from '../../utils/background/capture-handlers';
import { chipStateFor, isPostingAddress, postingUrlOfConfirmation } from '../../utils/chip/detect';
import { trackedLabel } from '../../utils/tracked';
import { pipelineHealth } from '../../utils/pipeline-health';
import type { ExtractedPosting } from '../../utils/capture/types';
import type { Application } from '../../utils/model/application';

// The chip on the posting's own page, as the browser describes the sender.
const sender = { id: 'test-extension-id', url: 'https://boards.greenhouse.io/anthropic/jobs/4182383008', tab: { id: 1 } } as Browser.runtime.MessageSender;
const posting = (fields: Partial<ExtractedPosting> = {}): ExtractedPosting => ({
  title: 'Machine Learning Systems Engineer, RL Engineering', company: 'Anthropic', location: 'San Francisco, CA', employmentType: null,
  remote: null, salary: null, datePosted: '2024-10-18', description: 'Build things.', applyUrl: null,
  url: 'https://boards.greenhouse.io/anthropic/jobs/4182383008', source: 'greenhouse', ...fields,
});

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ timeZone: 'UTC' });
});

describe('what the in-page chip asks of the background', () => {
  test('saving twice keeps one application; a lookup then reports it tracked', async () => {
    const first = await captureHandlers.savePosting({ posting: posting(), applied: false }, sender);
    const again = await captureHandlers.savePosting({ posting: posting({ url: 'https://boards.greenhouse.io/anthropic/jobs/4182383008?gh_src=x' }), applied: true }, sender);
    expect(again.applicationId).toBe(first.applicationId);
    expect(await db.applications.count()).toBe(1);
    expect(await captureHandlers.lookupPosting({ url: posting().url, company: null, title: null }, sender)).toMatchObject({ label: 'Saved today', stage: 'saved' });
  });

  test('marking applied logs an applied event once, only for a saved application', async () => {
    const saved = await captureHandlers.savePosting({ posting: posting(), applied: false }, sender);
    const marked = await captureHandlers.markApplied({ applicationId: saved.applicationId }, sender);
    await captureHandlers.markApplied({ applicationId: saved.applicationId }, sender);
    expect(marked).toMatchObject({ stage: 'applied', label: 'Applied today' });
    expect(await db.events.where('type').equals('applied').count()).toBe(1);
  });

  test('a confirmation page naming only the company finds the application saved there', async () => {
    const saved = await captureHandlers.savePosting({ posting: posting(), applied: false }, sender);
    const found = await captureHandlers.lookupPosting({ url: 'https://boards.greenhouse.io/anthropic/jobs/1', company: 'Anthropic', title: null }, sender);
    expect(found?.applicationId).toBe(saved.applicationId);
    // A posting with a title is never matched by company alone: another job there is a new job.
    expect(await captureHandlers.lookupPosting({ url: 'https://boards.greenhouse.io/anthropic/jobs/2', company: 'Anthropic', title: 'Designer' }, sender)).toBeNull();
  });
});

describe('what the chip shows', () => {
  const lookupNone = async () => null;
  test('a posting not tracked is offered; a tracked one shows its status; a non-posting shows nothing', async () => {
    expect(await chipStateFor({ kind: 'posting', posting: posting() }, posting().url, lookupNone)).toMatchObject({ view: 'offer' });
    const tracked = { applicationId: 'a1', company: 'Anthropic', title: 't', stage: 'applied' as const, label: 'Applied 5 days ago' };
    expect(await chipStateFor({ kind: 'posting', posting: posting() }, posting().url, async () => tracked)).toEqual({ view: 'tracked', tracked });
    expect(await chipStateFor({ kind: 'none', posting: null }, posting().url, async () => tracked)).toBeNull();
  });

  test('after applying, a saved application is offered to be marked applied, and an untracked one to be saved as applied', async () => {
    const url = 'https://jobs.lever.co/acme/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b/thanks';
    const saved = { applicationId: 'a1', company: 'Acme', title: 't', stage: 'saved' as const, label: 'Saved 2 days ago' };
    const seen: string[] = [];
    const lookup = async (query: { url: string }) => {
      seen.push(query.url);
      return saved;
    };
    expect(await chipStateFor({ kind: 'submitted', posting: null }, url, lookup)).toEqual({ view: 'mark-applied', tracked: saved });
    expect(seen).toEqual(['https://jobs.lever.co/acme/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b']);
    expect(await chipStateFor({ kind: 'submitted', posting: null }, url, lookupNone)).toMatchObject({
      view: 'save-applied', posting: { url: 'https://jobs.lever.co/acme/0b9a4f2e-1c3d-4e5f-8a7b-6c5d4e3f2a1b', title: '', company: null, source: 'lever' },
    });
  });

  test('posting addresses on known boards are recognised from the URL alone', () => {
    expect(isPostingAddress('https://boards.greenhouse.io/anthropic/jobs/4182383008')).toBe(true);
    expect(isPostingAddress('https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739')).toBe(true);
    expect(isPostingAddress('https://www.linkedin.com/jobs/search/?keywords=engineer')).toBe(false);
    expect(isPostingAddress('https://jobs.lever.co/acme')).toBe(false);
    expect(postingUrlOfConfirmation('https://boards.greenhouse.io/acme/jobs/1/confirmation?x=1')).toBe('https://boards.greenhouse.io/acme/jobs/1');
  });
});

describe('the words on a tracked posting and the pipeline line', () => {
  const app = (stage: Application['stage']): Application => ({ id: 'a', company: 'Acme', title: 'Engineer', stage, createdAt: '2026-03-01T10:00:00Z', updatedAt: '2026-03-01T10:00:00Z' });
  const event = (type: 'applied' | 'interview', at: string) => ({ id: at, applicationId: 'a', type, at, createdAt: at });

  test('"Applied 5 days ago", counted in calendar days of the user\'s zone', () => {
    expect(trackedLabel(app('applied'), [event('applied', '2026-03-05T23:30:00Z')], new Date('2026-03-10T08:00:00Z'), 'UTC')).toBe('Applied 5 days ago');
    // 23:30 UTC on the 5th is already the 6th in Berlin.
    expect(trackedLabel(app('applied'), [event('applied', '2026-03-05T23:30:00Z')], new Date('2026-03-10T08:00:00Z'), 'Europe/Berlin')).toBe('Applied 4 days ago');
    expect(trackedLabel(app('interviewing'), [event('interview', '2026-03-12T14:00:00Z')], new Date('2026-03-10T08:00:00Z'), 'UTC')).toBe('Interview in 2 days');
  });

  test('a thin pipeline and one that rides on one company get a gentle line', () => {
    expect(pipelineHealth([{ company: 'Acme' }, { company: 'Globex' }], 5)).toEqual({ active: 2, target: 5, note: 'Two applications in play. Adding a few more keeps your options open.' });
    expect(pipelineHealth([{ company: 'Acme' }, { company: 'acme ' }], 2).note).toMatch(/^Everything is with Acme right now/);
    expect(pipelineHealth(Array.from({ length: 5 }, (_, i) => ({ company: `C${i}` })), 5).note).toBeNull();
    // A large pipeline is only counted: it is never thin, and never checked for concentration.
    expect(pipelineHealth(40, 5)).toEqual({ active: 40, target: 5, note: null });
    expect(pipelineHealth(3, 5).note).toBe('Three applications in play. Adding a few more keeps your options open.');
  });
});
