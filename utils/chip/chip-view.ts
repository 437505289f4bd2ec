import type { ExtractedPosting } from '../capture/types';
import type { TrackedSummary } from '../messages';

/** What the chip can show; every string in it is set as text, never parsed as HTML. */
export type ChipState =
  | { view: 'offer'; posting: ExtractedPosting }
  | { view: 'preview'; posting: ExtractedPosting; problem?: string }
  | { view: 'tracked'; tracked: TrackedSummary }
  | { view: 'mark-applied'; tracked: TrackedSummary }
  | { view: 'error'; message: string };

export interface ChipActions {
  openPreview(posting: ExtractedPosting): void;
  save(posting: ExtractedPosting, applied: boolean): void;
  markApplied(tracked: TrackedSummary): void;
  openInAjar(tracked: TrackedSummary): void;
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

function button(label: string, onClick: () => void, className = ''): HTMLButtonElement {
  const node = el('button', { type: 'button', class: className }, label);
  node.addEventListener('click', onClick);
  return node;
}

function field(label: string, name: string, value: string | null): HTMLLabelElement {
  const input = el('input', { name, type: 'text' });
  input.value = value ?? '';
  return el('label', {}, el('span', {}, label), input);
}

/** Renders the chip for a state into its (shadow-root) container. */
export function renderChip(container: HTMLElement, state: ChipState, actions: ChipActions): void {
  const close = button('×', actions.close, 'close');
  close.setAttribute('aria-label', 'Close Ajar');
  let body: Node;
  switch (state.view) {
    case 'offer':
      body = el('div', { class: 'row' }, button('Save to Ajar', () => actions.openPreview(state.posting), 'primary'), button('Not on this site', actions.hideOnThisSite, 'quiet'));
      break;
    case 'preview': {
      const form = el(
        'form',
        { 'aria-label': 'Save this posting to Ajar' },
        field('Title', 'title', state.posting.title),
        field('Company', 'company', state.posting.company),
        field('Location', 'location', state.posting.location),
        el('label', { class: 'inline' }, el('input', { type: 'checkbox', name: 'applied' }), "I've already applied"),
        state.problem ? el('p', { role: 'alert' }, state.problem) : null,
        el('div', { class: 'row' }, el('button', { type: 'submit', class: 'primary' }, 'Save'), button('Cancel', actions.close, 'quiet')),
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const data = new FormData(form);
        const text = (name: string) => String(data.get(name) ?? '').trim();
        actions.save({ ...state.posting, title: text('title'), company: text('company') || null, location: text('location') || null }, data.get('applied') === 'on');
      });
      body = form;
      break;
    }
    case 'tracked':
      body = el('div', { class: 'row' }, el('span', { class: 'tracked' }, `Tracked: ${state.tracked.label}`), button('Open in Ajar', () => actions.openInAjar(state.tracked), 'quiet'));
      break;
    case 'mark-applied':
      body = el('div', { class: 'row' }, button(`Mark ${state.tracked.company} as applied`, () => actions.markApplied(state.tracked), 'primary'), button('Not now', actions.close, 'quiet'));
      break;
    case 'error':
      body = el('p', { role: 'alert' }, state.message);
      break;
  }
  container.replaceChildren(el('section', { class: 'chip', role: 'region', 'aria-label': 'Ajar' }, el('strong', { class: 'brand' }, 'Ajar'), body, close));
}
