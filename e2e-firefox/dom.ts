import type { ElementHandle, Page } from 'puppeteer-core';

// Finding what a user sees in a page over BiDi: puppeteer's ARIA selectors do not resolve there
// (toolchain.md item 16), so these look elements up by their visible name or label, through open shadow
// roots too (the chip's is closed: closed-chip.ts reaches it), and wait until one is there. Clicks and typing go through real input events.

type Name = string | RegExp;
interface Spec {
  kind: 'control' | 'field';
  name?: string;
  pattern?: string;
  flags?: string;
  within?: string;
}

function spec(kind: Spec['kind'], name: Name, within?: string): Spec {
  return typeof name === 'string' ? { kind, name, within } : { kind, pattern: name.source, flags: name.flags, within };
}

/** Runs in the page: the first visible element the spec names, or null. */
function findInPage(query: Spec): Element | null {
  const scopes: ParentNode[] = query.within ? [...document.querySelectorAll(query.within)] : [document];
  const elements: Element[] = [];
  while (scopes.length > 0) {
    const scope = scopes.shift()!;
    for (const element of scope.querySelectorAll('*')) {
      elements.push(element);
      if (element.shadowRoot) scopes.push(element.shadowRoot);
    }
  }
  const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const named = (text: string) => (query.pattern !== undefined ? new RegExp(query.pattern, query.flags).test(text) : text === query.name);
  const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  for (const element of elements) {
    if (query.kind === 'control') {
      if (!element.matches('button, a[href], [role="button"], [role="link"], summary')) continue;
      if (named(words(element.getAttribute('aria-label') ?? element.textContent)) && visible(element)) return element;
    } else {
      if (element.matches('input, select, textarea') && named(words(element.getAttribute('aria-label')))) return element;
      if (element.tagName !== 'LABEL') continue;
      const control = (element as HTMLLabelElement).control ?? element.querySelector('input, select, textarea');
      const own = [...element.childNodes].filter((node) => !(node instanceof Element && node.matches('input, select, textarea')));
      if (control && named(words(own.map((node) => node.textContent).join(' ')))) return control;
    }
  }
  return null;
}

async function waitFor(page: Page, query: Spec): Promise<ElementHandle<Element>> {
  // Polled from here rather than with waitForFunction: its in-page pollers piled up over BiDi and slowed every later step.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const handle = await page.evaluateHandle(findInPage, query);
    const element = handle.asElement();
    if (element) return element as ElementHandle<Element>;
    await handle.dispose();
    if (Date.now() > deadline) throw new Error(`No ${query.kind} named ${query.name ?? `/${query.pattern}/`} appeared on ${page.url()} in 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the interval between two looks, not a wait for an outcome
  }
}

/** A button or link, by its visible name (or aria-label), once it is on screen. */
export function control(page: Page, name: Name, within?: string): Promise<ElementHandle<Element>> {
  return waitFor(page, spec('control', name, within));
}

/** A form field, by its label, once it is on screen. */
export function field(page: Page, label: Name, within?: string): Promise<ElementHandle<Element>> {
  return waitFor(page, spec('field', label, within));
}

/** Whether a button or link with this name is on screen now (no waiting). */
export async function hasControl(page: Page, name: Name, within?: string): Promise<boolean> {
  const handle = await page.evaluateHandle(findInPage, spec('control', name, within));
  const found = handle.asElement() !== null;
  await handle.dispose();
  return found;
}

/** Clicks as a user does, in the tab in front (Firefox delivers input to a background tab only at its throttled frame rate). */
export async function click(page: Page, name: Name, within?: string): Promise<void> {
  await page.bringToFront();
  await (await control(page, name, within)).click();
}

/**
 * Types into a labelled field as a user does. Date and time inputs take their value the way a date
 * picker sets it (typing into their segments differs by locale), with the input event React listens to.
 */
export async function fill(page: Page, label: Name, value: string, within?: string): Promise<void> {
  await page.bringToFront();
  const input = await field(page, label, within);
  const type = await input.evaluate((element) => (element as HTMLInputElement).type);
  if (type === 'date' || type === 'time') {
    await input.evaluate((element, next) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(element, next);
      element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
    return;
  }
  await input.click();
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  if (value === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(value);
}

/** The page's visible text, the chip's shadow root included. */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body?.innerText ?? ''];
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) parts.push(element.shadowRoot.textContent ?? '');
    return parts.join('\n');
  });
}

/** A field's current value. */
export async function valueOf(page: Page, label: Name, within?: string): Promise<string> {
  return (await field(page, label, within)).evaluate((element) => (element as HTMLInputElement).value);
}
