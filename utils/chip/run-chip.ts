import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractResult } from '../capture/types';
import { sendMessage } from '../messages';
import { renderChip, type ChipActions, type ChipState } from './chip-view';
import { chipStateFor, detectPage, isPostingAddress, openJobSignature } from './detect';
import { hideOn, isHiddenOn } from './hidden-sites';
import { watchForJobChanges } from './job-watch';
// Bundled into the script and set inside the closed root: no stylesheet file the page could be offered.
import chipCss from './chip.css?inline';
import { applicationRoute, routeHash } from '../routes';

// Events that would otherwise bubble out of the chip and tell the page what the user does in it
// (capture-phase listeners above the chip still see that something was clicked, never what).
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'click', 'dblclick', 'auxclick', 'contextmenu',
  'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'focusin', 'focusout', 'compositionstart', 'compositionend',
];

// How long after the open job's id changes the panel is still read in full: boards change the address
// first and render the job when its details arrive.
const PANEL_SETTLE_MS = 3000;

/** Which job the page shows (or which confirmation): when this changes, the chip starts over. */
function jobOnScreen(result: ExtractResult): string | null {
  if (result.kind === 'none') return null;
  const posting = result.posting;
  return JSON.stringify([result.kind, posting?.url ?? null, posting?.title ?? null, posting?.company ?? null]);
}

/**
 * The in-page chip: a closed shadow root the page can neither read nor press. It follows the job on
 * screen (address changes and re-rendered detail panels on search pages) and shows only on postings and
 * "thank you for applying" pages, where it appears whether or not Ajar tracks the job.
 */
export function runChip(ctx: ContentScriptContext): void {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let onScreen: string | null = null;
  // The open job's id as the board states it, when it does. Once it has held for a while (the panel has
  // caught up with the address), a page that keeps changing around the same job needs no full read.
  let signature: string | null = null;
  let signatureSince = 0;
  // Bumped whenever the job on screen changes: an answer about an earlier job is dropped.
  let generation = 0;
  let hidden: Promise<boolean> | null = null;
  // What the chip offered before the preview opened: Cancel goes back to it.
  let resting: ChipState | null = null;

  const show = async (state: ChipState | null) => {
    if (state && state.view !== 'preview' && state.view !== 'error') resting = state;
    if (!state) {
      ui?.remove();
      ui = null;
      return;
    }
    if (!ui) {
      ui = await createShadowRootUi(ctx, {
        name: 'ajar-chip', mode: 'closed', isolateEvents: ISOLATED_EVENTS, css: chipCss,
        position: 'inline', anchor: 'body', append: 'last', onMount: (container) => container,
      });
      ui.mount();
    }
    renderChip(ui.uiContainer, state, actions);
  };

  const fail = (error: unknown) => show({ view: 'error', message: error instanceof Error ? error.message : 'Ajar could not save this. Try again from the toolbar.' });
  // Answers arrive after the user may have opened another job: only the current job's answer is shown.
  const forThisJob = <T>(work: Promise<T>, then: (value: T) => unknown) => {
    const mine = generation;
    work.then(
      (value) => void (mine === generation && then(value)),
      (error: unknown) => void (mine === generation && fail(error)),
    );
  };

  const actions: ChipActions = {
    openPreview: (posting, applied) => void show({ view: 'preview', posting, applied }),
    save: (posting, applied) => {
      if (!posting.title || !posting.company) return void show({ view: 'preview', posting, applied, problem: 'A title and a company are needed.' });
      forThisJob(sendMessage('savePosting', { posting, applied }), (tracked) => show({ view: 'tracked', tracked }));
    },
    markApplied: (tracked) => forThisJob(sendMessage('markApplied', { applicationId: tracked.applicationId }), (next) => show({ view: 'tracked', tracked: next })),
    openInAjar: (tracked) => void sendMessage('openDashboard', { hash: routeHash(applicationRoute(tracked.applicationId)) }),
    cancelPreview: () => void show(resting),
    close: () => void show(null),
    hideOnThisSite: () => {
      // Stays away for the rest of this visit too, whatever job the user opens next.
      hidden = Promise.resolve(true);
      void hideOn(location.host).then(() => show(null), fail);
    },
  };

  const look = async () => {
    if (ctx.isInvalid || (await (hidden ??= isHiddenOn(location.host)))) return;
    const nextSignature = openJobSignature(document, location.href);
    const now = performance.now();
    if (nextSignature !== signature) {
      signature = nextSignature;
      signatureSince = now;
    } else if (onScreen !== null && signature !== null && now - signatureSince > PANEL_SETTLE_MS) return;
    const result = detectPage(document, location.href);
    const job = jobOnScreen(result);
    // Only postings (and pages that showed one) are watched: other board pages keep no observer.
    watch.setActive(job !== null || isPostingAddress(location.href));
    if (job === onScreen) return;
    onScreen = job;
    generation += 1;
    if (!job) return void show(null);
    forThisJob(chipStateFor(result, location.href, (query) => sendMessage('lookupPosting', query)), show);
  };

  const watch = watchForJobChanges(document.body, () => void look().catch(fail), (callback, delay) => ctx.setTimeout(callback, delay));
  // The address changes before a single-page board renders the new job: look once it has had a moment.
  ctx.addEventListener(window, 'wxt:locationchange', () => watch.poke());
  void look().catch(fail);
}
