import { describe, expect, test, vi } from 'vitest';
import type { ExtractedPosting } from '../../utils/capture/types';
import { renderChip, type ChipActions, type ChipState } from '../../utils/chip/chip-view';
import { watchForJobChanges } from '../../utils/chip/job-watch';

const posting: ExtractedPosting = {
  title: 'Data Engineer', company: 'Acme', location: 'Berlin', employmentType: null, remote: null, salary: null,
  datePosted: null, description: null, applyUrl: null, url: 'https://jobs.lever.co/acme/1', source: 'lever',
};
const tracked = { applicationId: 'a1', company: 'Acme', title: 'Data Engineer', stage: 'saved' as const, label: 'Saved today' };

function actions(): ChipActions & { calls: string[] } {
  const calls: string[] = [];
  const record = (name: string) => vi.fn(() => void calls.push(name));
  return {
    calls, openPreview: record('openPreview'), save: record('save'), markApplied: record('markApplied'),
    openInAjar: record('openInAjar'), cancelPreview: record('cancelPreview'), close: record('close'), hideOnThisSite: record('hideOnThisSite'),
  };
}

describe('the chip acts only for the user', () => {
  const states: ChipState[] = [
    { view: 'offer', posting }, { view: 'tracked', tracked }, { view: 'mark-applied', tracked },
    { view: 'save-applied', posting }, { view: 'preview', posting },
  ];

  test.each(states)('a script pressing every control of the $view view changes nothing', (state) => {
    const container = document.createElement('div');
    const spy = actions();
    renderChip(container, state, spy);
    for (const button of container.querySelectorAll('button')) {
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    }
    const form = container.querySelector('form');
    form?.requestSubmit();
    form?.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(spy.calls).toEqual([]);
  });

  test('every resting view shares one box; only the preview (opened by the user) grows', () => {
    const classOf = (state: ChipState) => {
      const container = document.createElement('div');
      renderChip(container, state, actions());
      return container.querySelector('section')!.className;
    };
    for (const state of states.slice(0, 4)) expect(classOf(state)).toBe('chip resting');
    expect(classOf({ view: 'preview', posting })).toBe('chip');
  });

  test('an untracked thank-you page offers to save the company as applied, with the preview ticked', () => {
    const container = document.createElement('div');
    renderChip(container, { view: 'save-applied', posting }, actions());
    expect(container.textContent).toContain('Save Acme as applied');
    renderChip(container, { view: 'preview', posting, applied: true }, actions());
    expect((container.querySelector('input[name="applied"]') as HTMLInputElement).checked).toBe(true);
  });
});

describe('watching for another job on screen', () => {
  test('is silent while off, and turns a burst of mutations into one check', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const check = vi.fn();
    const timers: (() => void)[] = [];
    const watch = watchForJobChanges(root, check, (callback) => void timers.push(callback));
    root.append(document.createElement('p'));
    await Promise.resolve();
    expect(timers).toHaveLength(0);

    watch.setActive(true);
    for (let i = 0; i < 20; i += 1) root.append(document.createElement('p'));
    root.firstChild!.textContent = 'Another job';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(timers).toHaveLength(1);
    timers[0]();
    expect(check).toHaveBeenCalledTimes(1);

    watch.setActive(false);
    root.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(timers).toHaveLength(1);
  });
});
