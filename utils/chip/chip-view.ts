import type { ExtractedPosting } from '../capture/types';
import type { TrackedSummary } from '../messages';

/**
 * What the chip can show; every string in it is set as text, never parsed as HTML. The resting views
 * (everything but the preview and an error) share one fixed size, so a page measuring the chip's box
 * cannot tell "Save to Ajar" from "Tracked: Interview in 2 days".
 */
export type ChipState =
  | { view: 'offer'; posting: ExtractedPosting }
  | { view: 'preview'; posting: ExtractedPosting; applied?: boolean; problem?: string }
  | { view: 'tracked'; tracked: TrackedSummary }
  | { view: 'mark-applied'; tracked: TrackedSummary }
  /** A "thank you for applying" page for a posting Ajar does not have yet. */
  | { view: 'save-applied'; posting: ExtractedPosting }
  | { view: 'error'; message: string };

export interface ChipActions {
  openPreview(posting: ExtractedPosting, applied: boolean): void;
  save(posting: ExtractedPosting, applied: boolean): void;
  markApplied(tracked: TrackedSummary): void;
  openInAjar(tracked: TrackedSummary): void;
  /** Leave the preview for the chip's resting view, saving nothing. */
  cancelPreview(): void;
  close(): void;
  hideOnThisSite(): void;
}

type Child = Node | string | null | false;

/** A tiny element builder: text children become text nodes, so page data can never become markup. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** A button that acts only on the user's own click or key press: a page's script.click() or dispatchEvent does nothing. */
function button(label: string, onClick: () => void, className = ''): HTMLButtonElement {
  const node = el('button', { type: 'button', class: className, title: label }, label);
  node.addEventListener('click', (event) => {
    if (event.isTrusted) onClick();
  });
  return node;
}

function field(label: string, name: string, value: string | null): HTMLLabelElement {
  const input = el('input', { name, type: 'text' });
  input.value = value ?? '';
  return el('label', {}, el('span', {}, label), input);
}

/**
 * Calls onSubmit only for a submission the user made: a trusted click on the submit button or a trusted
 * Enter in a field. A submit event alone proves nothing (requestSubmit() fires one too).
 */
function submitsOnlyByHand(form: HTMLFormElement, onSubmit: () => void): void {
  let userAsked = false;
  const note = (event: Event) => {
    const key = event instanceof KeyboardEvent ? event.key : null;
    const onSubmitButton = event.type === 'click' && (event.target as Element | null)?.closest('button[type="submit"]');
    if (!event.isTrusted || !(onSubmitButton || key === 'Enter')) return;
    // The submission a click or Enter causes fires in the same task; the permission ends with it.
    userAsked = true;
    setTimeout(() => (userAsked = false), 0);
  };
  form.addEventListener('click', note, true);
  form.addEventListener('keydown', note, true);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!userAsked) return;
    userAsked = false;
    onSubmit();
  });
}

function resting(...children: Child[]): HTMLDivElement {
  return el('div', { class: 'row' }, ...children);
}

/** Renders the chip for a state into its (closed shadow-root) container. */
export function renderChip(container: HTMLElement, state: ChipState, actions: ChipActions): void {
  const close = button('×', actions.close, 'close');
  close.setAttribute('aria-label', 'Close Ajar');
  close.removeAttribute('title');
  let body: Node;
  switch (state.view) {
    case 'offer':
      body = resting(button('Save to Ajar', () => actions.openPreview(state.posting, false), 'primary'), button('Not on this site', actions.hideOnThisSite, 'quiet'));
      break;
    case 'save-applied': {
      const label = state.posting.company ? `Save ${state.posting.company} as applied` : 'Save this application';
      body = resting(button(label, () => actions.openPreview(state.posting, true), 'primary'), button('Not now', actions.close, 'quiet'));
      break;
    }
    case 'preview': {
      const applied = el('input', { type: 'checkbox', name: 'applied' });
      applied.checked = !!state.applied;
      const form = el(
        'form',
        { 'aria-label': 'Save this posting to Ajar' },
        field('Title', 'title', state.posting.title),
        field('Company', 'company', state.posting.company),
        field('Location', 'location', state.posting.location),
        el('label', { class: 'inline' }, applied, "I've already applied"),
        state.problem ? el('p', { role: 'alert' }, state.problem) : null,
        el('div', { class: 'row' }, el('button', { type: 'submit', class: 'primary' }, 'Save'), button('Cancel', actions.cancelPreview, 'quiet')),
      );
      submitsOnlyByHand(form, () => {
        const data = new FormData(form);
        const text = (name: string) => String(data.get(name) ?? '').trim();
        actions.save({ ...state.posting, title: text('title'), company: text('company') || null, location: text('location') || null }, data.get('applied') === 'on');
      });
      body = form;
      break;
    }
    case 'tracked': {
      const label = `Tracked: ${state.tracked.label}`;
      body = resting(el('span', { class: 'tracked', title: label }, label), button('Open in Ajar', () => actions.openInAjar(state.tracked), 'quiet'));
      break;
    }
    case 'mark-applied':
      body = resting(button(`Mark ${state.tracked.company} as applied`, () => actions.markApplied(state.tracked), 'primary'), button('Not now', actions.close, 'quiet'));
      break;
    case 'error':
      body = el('p', { role: 'alert' }, state.message);
      break;
  }
  const expanded = state.view === 'preview' || state.view === 'error';
  const head = el('div', { class: 'head' }, el('strong', { class: 'brand' }, 'Ajar'), expanded ? null : jobLine(state), close);
  container.replaceChildren(el('section', { class: expanded ? 'chip' : 'chip resting', role: 'region', 'aria-label': 'Ajar' }, head, body));
}

/** Which job the chip is about ("Data Engineer · Acme"): on a search list, the one open beside it. */
function jobLine(state: ChipState): HTMLSpanElement | null {
  const job = state.view === 'offer' || state.view === 'save-applied' ? state.posting : state.view === 'tracked' || state.view === 'mark-applied' ? state.tracked : null;
  const words = [job?.title, job?.company].filter(Boolean).join(' · ');
  return words ? el('span', { class: 'job', title: words }, words) : null;
}
