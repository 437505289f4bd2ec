import type { Webmail } from './detect';

/** What the popup reads from a webmail tab: plain text only, never markup. */
export interface OpenMessage {
  /** What the user selected, when they selected something: it wins over the rest of the page. */
  selection: string | null;
  from: string | null;
  subject: string | null;
  date: string | null;
  body: string | null;
}

/**
 * Runs inside the webmail tab through scripting.executeScript, so it must stand alone: no imports, no
 * outside variables. Each client keeps the open message in its own markup; when a client's body markup
 * changes, an open message degrades to "the main pane's text" rather than to nothing.
 */
export function readOpenMessage(webmail: Webmail): OpenMessage {
  type Selectors = { message?: string; from: string[]; fromAddress?: string[]; subject: string[]; date: string[]; body: string[] };
  const CLIENTS: Record<string, Selectors> = {
    gmail: {
      // A thread shows one expanded message per reply; the last expanded one is the one being read.
      message: 'div.adn.ads',
      from: ['span.gD[name]', 'span.gD', 'h3.iw span[email]'],
      subject: ['h2.hP', 'h2[data-thread-perm-id]'],
      date: ['span.g3[title]', 'span.g3'],
      body: ['div.a3s', 'div.ii.gt'],
    },
    outlook: {
      from: ['[data-testid="SenderPersona"]', '[aria-label^="From:"]', 'span[title*="@"]'],
      subject: ['[data-testid="subjectLine"]', '#ReadingPaneContainerId [role="heading"]', '[role="main"] [role="heading"]'],
      date: ['[data-testid="SentReceivedSavedTime"]', '[aria-label^="Sent:"]'],
      body: ['[aria-label="Message body"]', '#UniqueMessageBody', '[id^="UniqueMessageBody"]'],
    },
    yahoo: {
      from: ['[data-test-id="message-from"]', '[data-test-id="email-pill"]'],
      subject: ['[data-test-id="message-group-subject-text"]', '[data-test-id="message-subject"]'],
      date: ['[data-test-id="message-date"]'],
      body: ['[data-test-id="message-view-body-content"]', '[data-test-id="message-view-body"]'],
    },
    proton: {
      from: ['[data-testid="recipients:sender"]', '[data-testid="message-header:from"]'],
      subject: ['[data-testid="conversation-header:subject"]', 'h1[title]'],
      date: ['[data-testid="item-date-full"]', '[data-testid="message-header-expanded:time"]', 'time'],
      body: ['[data-testid="message-content:body"]', '[data-testid="message-body"]', 'iframe[data-testid="content-iframe"]'],
    },
    fastmail: {
      message: '.v-Message',
      from: ['.v-Message-from', '.v-Message-sender'],
      subject: ['.v-Thread-title', '.v-Message-subject'],
      date: ['.v-Message-date', 'time'],
      body: ['.v-Message-body'],
    },
    icloud: {
      from: ['.mail-message-defaults .from', '.from-address', '[class*="sender"]'],
      subject: ['.subject', '[class*="subject"]'],
      date: ['.date', 'time'],
      body: ['.mail-message-body', '[class*="message-body"]', '[class*="body"]'],
    },
  };

  const clean = (text: string | null | undefined) => {
    const value = (text ?? '').replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
    return value || null;
  };
  const textOf = (element: Element | null): string | null => {
    if (!element) return null;
    if (element instanceof HTMLIFrameElement) {
      try {
        return clean(element.contentDocument?.body?.innerText);
      } catch {
        return null;
      }
    }
    return clean((element as HTMLElement).innerText ?? element.textContent);
  };
  // The client's app may live in a same-origin frame (iCloud); frames from elsewhere stay closed to us.
  const documents: Document[] = [document];
  for (const frame of Array.from(document.querySelectorAll('iframe'))) {
    try {
      if (frame.contentDocument?.body) documents.push(frame.contentDocument);
    } catch {
      // A cross-origin frame: not ours to read.
    }
  }

  const selected = (() => {
    for (const doc of documents) {
      const text = clean(doc.getSelection?.()?.toString());
      if (text && text.length >= 20) return text;
    }
    return null;
  })();

  const selectors = CLIENTS[webmail] ?? { from: [], subject: [], date: [], body: [] };
  const scopes: ParentNode[] = [];
  for (const doc of documents) {
    const messages = selectors.message ? Array.from(doc.querySelectorAll(selectors.message)) : [];
    const last = messages.at(-1);
    if (last) scopes.push(last);
    scopes.push(doc);
  }
  const first = (list: string[], read: (element: Element) => string | null): string | null => {
    for (const scope of scopes) {
      for (const selector of list) {
        const found = Array.from(scope.querySelectorAll(selector)).map(read).find(Boolean);
        if (found) return found;
      }
    }
    return null;
  };

  const from = first(selectors.from, (element) => {
    const name = element.getAttribute('name') ?? textOf(element);
    // The address sits on the element, on a child (a hover card, a mailto link) or in the visible text.
    const holders = [element, ...Array.from(element.querySelectorAll('[email], [data-email], [title*="@"], a[href^="mailto:"]'))];
    const carried = holders.map((holder) => [holder.getAttribute('email'), holder.getAttribute('data-email'), holder.getAttribute('title'), holder.getAttribute('href')?.replace(/^mailto:/i, '')].join(' ')).join(' ');
    const address = /[^\s<>()"':]+@[^\s<>()"']+\.[a-z]{2,}/i.exec(`${carried} ${textOf(element) ?? ''}`)?.[0] ?? null;
    if (name && address && !name.includes(address)) return `${name.replace(/\s+/g, ' ').trim()} <${address}>`;
    return clean(name ?? address);
  });
  const subject = first(selectors.subject, (element) => clean(element.getAttribute('title')) ?? textOf(element));
  // A date's full form often sits in a tooltip while the text says "3:12 PM (2 hours ago)".
  const date = first(selectors.date, (element) => clean(element.getAttribute('title')) ?? clean(element.getAttribute('datetime')) ?? textOf(element));
  // With a subject on screen a message is open, and a body the selectors missed is still the main pane's text;
  // without one this is an inbox list, whose text would only mislead the reader.
  const body = first(selectors.body, textOf)
    ?? (subject ? textOf(document.querySelector('[role="main"]')) ?? textOf(document.body) : null);
  return {
    selection: selected,
    from: from ? from.replace(/\s*\n\s*/g, ' ') : null,
    subject: subject ? subject.replace(/\s*\n\s*/g, ' ') : null,
    date: date ? date.replace(/\s*\n\s*/g, ' ') : null,
    body,
  };
}

/** The open message as the plain-text layout the reader takes: header lines, a blank line, the body. */
export function openMessageText(message: OpenMessage): string {
  const headers = [
    message.from ? `From: ${message.from}` : null,
    message.subject ? `Subject: ${message.subject}` : null,
    message.date ? `Date: ${message.date}` : null,
  ].filter(Boolean);
  const body = message.selection ?? message.body ?? '';
  return headers.length > 0 ? `${headers.join('\n')}\n\n${body}` : body;
}
