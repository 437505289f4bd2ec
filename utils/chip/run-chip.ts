import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messages';
import { renderChip, type ChipActions, type ChipState } from './chip-view';
import { chipStateFor, detectPage, isPostingAddress } from './detect';
import { hideOn, isHiddenOn } from './hidden-sites';

// Boards that render the posting after load (single-page apps) get a few more looks, then none.
const RETRY_DELAYS_MS = [800, 2000, 4000];

/** The in-page chip: detect on load and on every in-app navigation, show only on postings. */
export function runChip(ctx: ContentScriptContext): void {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let generation = 0;

  const show = async (state: ChipState | null) => {
    if (!state) {
      ui?.remove();
      ui = null;
      return;
    }
    if (!ui) {
      ui = await createShadowRootUi(ctx, { name: 'ajar-chip', position: 'inline', anchor: 'body', append: 'last', onMount: (container) => container });
      ui.mount();
    }
    renderChip(ui.uiContainer, state, actions);
  };

  const fail = (error: unknown) => show({ view: 'error', message: error instanceof Error ? error.message : 'Ajar could not save this. Try again from the toolbar.' });

  const actions: ChipActions = {
    openPreview: (posting) => void show({ view: 'preview', posting }),
    save: (posting, applied) => {
      if (!posting.title || !posting.company) return void show({ view: 'preview', posting, problem: 'A title and a company are needed.' });
      sendMessage('savePosting', { posting, applied }).then((tracked) => show({ view: 'tracked', tracked }), fail);
    },
    markApplied: (tracked) => void sendMessage('markApplied', { applicationId: tracked.applicationId }).then((next) => show({ view: 'tracked', tracked: next }), fail),
    openInAjar: (tracked) => void sendMessage('openDashboard', { hash: `#/application/${encodeURIComponent(tracked.applicationId)}` }),
    close: () => void show(null),
    hideOnThisSite: () => void hideOn(location.host).then(() => show(null)),
  };

  const look = async (attempt: number, mine: number) => {
    if (mine !== generation || ctx.isInvalid) return;
    const result = detectPage(document, location.href);
    if (result.kind === 'none') {
      await show(null);
      if (attempt < RETRY_DELAYS_MS.length && isPostingAddress(location.href)) ctx.setTimeout(() => void look(attempt + 1, mine), RETRY_DELAYS_MS[attempt]);
      return;
    }
    const state = await chipStateFor(result, location.href, (query) => sendMessage('lookupPosting', query));
    if (mine === generation) await show(state);
  };

  const start = async () => {
    generation += 1;
    if (await isHiddenOn(location.host)) return;
    void look(0, generation).catch(fail);
  };

  ctx.addEventListener(window, 'wxt:locationchange', () => void start());
  void start();
}
