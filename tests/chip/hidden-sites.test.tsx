import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HiddenSites } from '../../components/dashboard/settings/HiddenSites';
import { hiddenSites, hideOn, isHiddenOn, showAgainOn } from '../../utils/chip/hidden-sites';

afterEach(cleanup);

describe('sites where the chip is hidden', () => {
  test('two tabs hiding two sites at the same moment both stick', async () => {
    await Promise.all([hideOn('www.indeed.com'), hideOn('www.linkedin.com'), hideOn('boards.greenhouse.io')]);
    expect((await hiddenSites()).map((site) => site.host).sort()).toEqual(['boards.greenhouse.io', 'www.indeed.com', 'www.linkedin.com']);
    expect(await isHiddenOn('www.indeed.com')).toBe(true);
    expect(await isHiddenOn('uk.indeed.com')).toBe(false);
  });

  test('showing one site again while another is being hidden loses neither change', async () => {
    await hideOn('www.indeed.com');
    await Promise.all([showAgainOn('www.indeed.com'), hideOn('www.linkedin.com')]);
    expect(await isHiddenOn('www.indeed.com')).toBe(false);
    expect(await isHiddenOn('www.linkedin.com')).toBe(true);
  });

  test('sites hidden by an earlier version (one shared list) are still hidden, and listed once', async () => {
    await fakeBrowser.storage.local.set({ chipHiddenHosts: ['www.seek.com.au', 'www.indeed.com'] });
    expect(await isHiddenOn('www.seek.com.au')).toBe(true);
    await hideOn('www.indeed.com');
    expect((await hiddenSites()).map((site) => site.host).sort()).toEqual(['www.indeed.com', 'www.seek.com.au']);
    await showAgainOn('www.seek.com.au');
    expect(await isHiddenOn('www.seek.com.au')).toBe(false);
    expect(await isHiddenOn('www.indeed.com')).toBe(true);
  });

  test('Settings lists each hidden site with "Show again", which brings the chip back there only', async () => {
    await hideOn('www.indeed.com', new Date('2026-03-10T12:00:00Z'));
    await hideOn('jobs.lever.co', new Date('2026-03-12T12:00:00Z'));
    render(<HiddenSites timeZone="UTC" />);
    const list = await screen.findByRole('list', { name: 'Sites where the chip is hidden' });
    expect(list.textContent).toMatch(/jobs\.lever\.co.*Mar 12, 2026.*www\.indeed\.com.*Mar 10, 2026/);

    fireEvent.click(screen.getByRole('button', { name: 'Show again on www.indeed.com' }));
    await waitFor(() => expect(screen.queryByText('www.indeed.com')).toBeNull());
    expect(await isHiddenOn('www.indeed.com')).toBe(false);
    expect(await isHiddenOn('jobs.lever.co')).toBe(true);

    // A site hidden from a job page in another tab appears without reopening Settings.
    await hideOn('www.glassdoor.com');
    expect(await screen.findByText('www.glassdoor.com')).toBeTruthy();
  });

  test('with nothing hidden, Settings says where the chip shows and how to hide it', async () => {
    render(<HiddenSites timeZone="UTC" />);
    expect(await screen.findByText(/shows on every job board Ajar knows/)).toBeTruthy();
  });
});
