import type { Page } from 'puppeteer-core';

/**
 * Drives Ajar's chip in Firefox the way its user does. The chip lives in a closed shadow root that no
 * page script can enter and acts only on trusted input. WebDriver BiDi still describes the closed root
 * (an element's serialized `shadowRoot` carries a shared id), so the test reads it from puppeteer's own
 * sandbox realm, never the page's, and presses it with real mouse input (BiDi input actions are trusted).
 */
export interface FirefoxChip {
  /** The chip's words, '' while there is no chip. */
  text(): Promise<string>;
  /** Whether a button with this name is in the chip now. */
  hasButton(name: string): Promise<boolean>;
  /** Waits for the button with this name, then clicks it with the real mouse. */
  click(name: string): Promise<void>;
  /** Waits for the text field with this label and gives its value. */
  value(label: string): Promise<string>;
}

type Query = { kind: 'text' } | { kind: 'button'; name: string } | { kind: 'field'; label: string };
interface Answer { text: string; found: boolean; x: number; y: number; value: string }

/** Runs in the sandbox realm against the chip's shadow root. */
const IN_CHIP = `(root, json) => {
  const query = JSON.parse(json);
  const words = (text) => (text || '').replace(/\\s+/g, ' ').trim();
  const answer = { text: words(root.textContent), found: false, x: 0, y: 0, value: '' };
  let element = null;
  if (query.kind === 'button') {
    element = [...root.querySelectorAll('button')].find((b) => words(b.getAttribute('aria-label') || b.textContent) === query.name) || null;
  } else if (query.kind === 'field') {
    const label = [...root.querySelectorAll('label')].find((l) => words(l.textContent).startsWith(query.label));
    element = label ? (label.control || label.querySelector('input, textarea, select')) : null;
  }
  if (element && element.getClientRects().length > 0) {
    const box = element.getBoundingClientRect();
    Object.assign(answer, { found: true, x: box.x + box.width / 2, y: box.y + box.height / 2, value: element.value || '' });
  }
  return JSON.stringify(answer);
}`;

interface CoreRealm {
  callFunction(declaration: string, awaitPromise: boolean, options: { arguments: unknown[] }): Promise<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } }>;
}

export function firefoxChip(page: Page): FirefoxChip {
  const ask = async (query: Query): Promise<Answer | null> => {
    const host = await page.$('ajar-chip');
    if (!host) return null;
    try {
      const shadow = (host as unknown as { remoteValue(): { value?: { shadowRoot?: { sharedId?: string } } } }).remoteValue().value?.shadowRoot?.sharedId;
      if (!shadow) return null;
      // puppeteer's internal realm is a BiDi sandbox: nothing the page patched on its globals reaches it.
      const realm = (page.mainFrame() as unknown as { realms: { internal: { realm: CoreRealm } } }).realms.internal.realm;
      const reply = await realm.callFunction(IN_CHIP, false, { arguments: [{ sharedId: shadow }, { type: 'string', value: JSON.stringify(query) }] });
      if (reply.type !== 'success') throw new Error(`Reading the chip failed: ${reply.exceptionDetails?.text ?? reply.type}`);
      return JSON.parse(String(reply.result?.value)) as Answer;
    } finally {
      await host.dispose();
    }
  };

  const find = async (query: Query, what: string): Promise<Answer> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const answer = await ask(query);
      if (answer?.found) return answer;
      if (Date.now() > deadline) throw new Error(`No ${what} in Ajar's chip (it reads: "${answer?.text ?? ''}")`);
      await new Promise((resolve) => setTimeout(resolve, 100)); // the interval between two looks, not a wait for an outcome
    }
  };

  return {
    async text() {
      return (await ask({ kind: 'text' }))?.text ?? '';
    },
    async hasButton(name) {
      return (await ask({ kind: 'button', name }))?.found ?? false;
    },
    async click(name) {
      // Firefox delivers input to a background tab only at its throttled frame rate.
      await page.bringToFront();
      const { x, y } = await find({ kind: 'button', name }, `button "${name}"`);
      await page.mouse.click(x, y);
    },
    async value(label) {
      return (await find({ kind: 'field', label }, `field "${label}"`)).value;
    },
  };
}
