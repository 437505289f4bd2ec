import type { CDPSession, Page } from 'playwright-core';

/**
 * Drives Ajar's chip the way its user does. The chip lives in a closed shadow root that no page script
 * (and no Playwright locator) can enter, and it acts only on trusted input. So the test reads it through
 * DevTools (a closed root is visible to DOM.describeNode with pierce), in an isolated world of its own so
 * nothing the page patched on its prototypes sees the chip's elements, and presses it with real mouse
 * and keyboard input (page.mouse / page.keyboard are trusted: event.isTrusted is true).
 */
export interface ClosedChip {
  /** The chip's visible words, '' while there is no chip. */
  text(): Promise<string>;
  /** Whether a button with this name (its text or aria-label) is in the chip now. */
  hasButton(name: string | RegExp): Promise<boolean>;
  /** Clicks the button with this name with the real mouse; fails when there is none. */
  click(name: string | RegExp): Promise<void>;
  /** The value of the text field with this label. */
  value(label: string): Promise<string>;
  /** Types into the text field with this label, replacing what is there, with the real keyboard. */
  fill(label: string, value: string): Promise<void>;
  /** The chip's outer box on screen (the resting views all share one), or null. */
  box(): Promise<{ width: number; height: number } | null>;
}

type Query = { kind: 'text' } | { kind: 'button'; name: string; regex: boolean } | { kind: 'field'; label: string } | { kind: 'box' };
type Answer = { text: string } | { found: boolean; x: number; y: number; value: string; width: number; height: number };

export function closedChip(page: Page): ClosedChip {
  let session: CDPSession | null = null;
  const cdp = async () => (session ??= await page.context().newCDPSession(page));

  /** Runs one query against the chip's shadow root in a fresh isolated world; null while there is no chip. */
  const ask = async (query: Query): Promise<Answer | null> => {
    const client = await cdp();
    const { frameTree } = (await client.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await client.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'ajar-test' });
    const host = await client.send('Runtime.evaluate', { expression: "document.querySelector('ajar-chip')", contextId: executionContextId });
    if (!host.result.objectId) return null;
    const { node } = await client.send('DOM.describeNode', { objectId: host.result.objectId, depth: 1, pierce: true });
    const root = node.shadowRoots?.[0];
    if (!root) return null;
    const { object } = await client.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, executionContextId });
    const { result } = await client.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: inChip.toString(),
      arguments: [{ value: query }],
      returnByValue: true,
    });
    return result.value as Answer;
  };

  const named = (name: string | RegExp): Query => (typeof name === 'string' ? { kind: 'button', name, regex: false } : { kind: 'button', name: name.source, regex: true });
  /** Waits for the element as a locator would (the chip appears after its look-up), then gives where it is. */
  const find = async (query: Query, what: string, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const answer = (await ask(query)) as Extract<Answer, { found: boolean }> | null;
      if (answer?.found) return answer;
      if (Date.now() > deadline) throw new Error(`No ${what} in Ajar's chip (it reads: "${await chip.text()}")`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const chip: ClosedChip = {
    async text() {
      const answer = (await ask({ kind: 'text' })) as { text: string } | null;
      return answer?.text ?? '';
    },
    async hasButton(name) {
      return !!((await ask(named(name))) as { found: boolean } | null)?.found;
    },
    async click(name) {
      const { x, y } = await find(named(name), `button "${name}"`);
      await page.mouse.click(x, y);
    },
    async value(label) {
      return (await find({ kind: 'field', label }, `field "${label}"`)).value;
    },
    async fill(label, value) {
      const { x, y } = await find({ kind: 'field', label }, `field "${label}"`);
      await page.mouse.click(x, y);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(value);
    },
    async box() {
      const answer = (await ask({ kind: 'box' })) as Extract<Answer, { found: boolean }> | null;
      return answer?.found ? { width: answer.width, height: answer.height } : null;
    },
  };
  return chip;
}

/** Runs inside the chip's shadow root (as `this`), in the test's isolated world. */
function inChip(this: ShadowRoot, query: Query): Answer {
  const visibleText = (node: Element) => (node as HTMLElement).innerText ?? node.textContent ?? '';
  const centre = (element: Element | null | undefined, value = '') => {
    if (!element) return { found: false, x: 0, y: 0, value, width: 0, height: 0 };
    const rect = element.getBoundingClientRect();
    return { found: true, x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, value, width: rect.width, height: rect.height };
  };
  const section = this.querySelector('section');
  switch (query.kind) {
    case 'text':
      return { text: section ? visibleText(section).replace(/\s+/g, ' ').trim() : '' };
    case 'box':
      return centre(section);
    case 'button': {
      const matches = (name: string) => (query.regex ? new RegExp(query.name).test(name) : name === query.name);
      const button = [...this.querySelectorAll('button')].find((candidate) => matches(candidate.getAttribute('aria-label') ?? candidate.textContent?.trim() ?? ''));
      return centre(button);
    }
    case 'field': {
      const label = [...this.querySelectorAll('label')].find((candidate) => candidate.querySelector('span')?.textContent === query.label);
      const input = label?.querySelector('input');
      return centre(input, input?.value ?? '');
    }
  }
}
