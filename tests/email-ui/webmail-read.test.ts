import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openMessageText, readOpenMessage } from '../../utils/email/webmail/read-open-message';

const PAGES = path.resolve(import.meta.dirname, '../email/pages');

function showPage(file: string) {
  // The test's own fixture page, loaded as the webmail tab would be; the product never parses page markup this way.
  document.documentElement.innerHTML = readFileSync(path.join(PAGES, file), 'utf8').replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('reading the message open in Gmail', () => {
  test('the open message of a thread: its sender with address, subject, full date and body, not the earlier reply or the inbox around it', () => {
    showPage('synthetic-gmail-rejection.html');
    const read = readOpenMessage('gmail');
    expect(read.from).toBe('Priya Nair <priya.nair@northwindlabs.com>');
    expect(read.subject).toBe('Your application to Northwind Labs');
    expect(read.date).toBe('Tue, Nov 24, 2026, 3:12 PM');
    expect(read.selection).toBeNull();
    expect(read.body).toContain('we have decided not to move forward with your application for the Senior Backend Engineer role');
    expect(read.body).toContain('Senior Technical Recruiter');
    expect(read.body).not.toContain('looking forward to meeting the team');
    expect(read.body).not.toContain('Compose');

    const text = openMessageText(read);
    expect(text.split('\n\n')[0]).toBe('From: Priya Nair <priya.nair@northwindlabs.com>\nSubject: Your application to Northwind Labs\nDate: Tue, Nov 24, 2026, 3:12 PM');
  });

  test('a selection wins over the rest of the message', () => {
    showPage('synthetic-gmail-rejection.html');
    const paragraph = Array.from(document.querySelectorAll('div.a3s p')).find((p) => p.textContent?.includes('decided not to move forward'))!;
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    document.getSelection()!.addRange(range);
    const read = readOpenMessage('gmail');
    expect(read.selection).toContain('we have decided not to move forward');
    expect(openMessageText(read)).toMatch(/\n\nAfter a lot of thought, we have decided not to move forward[^\n]*$/);
  });

  test('an open message whose body markup is unknown still yields the main pane\'s text', () => {
    document.body.innerHTML = '<nav>Inbox Sent</nav><div role="main"><h2 class="hP">Interview confirmed</h2><div class="new-body"><p>Interview confirmed with Contoso for Tuesday at 10:00.</p></div></div>';
    const read = readOpenMessage('gmail');
    expect(read.body).toBe('Interview confirmed\nInterview confirmed with Contoso for Tuesday at 10:00.');
  });

  test('an inbox with no message open yields nothing, so the popup asks for one instead of guessing', () => {
    document.body.innerHTML = '<nav>Inbox Sent</nav><div role="main"><table><tr><td>Contoso</td><td>Interview confirmed</td><td>10:02</td></tr><tr><td>LinkedIn</td><td>30 new jobs</td></tr></table></div>';
    const read = readOpenMessage('gmail');
    expect(read).toEqual({ selection: null, from: null, subject: null, date: null, body: null });
    expect(openMessageText(read)).toBe('');
  });
});

describe('reading the open message in the other webmails', () => {
  const body = 'We would like to invite you to a video interview for the Platform Engineer role on Thursday 3 December at 14:00.';

  test('Outlook on the web', () => {
    document.body.innerHTML = `
      <div id="ReadingPaneContainerId" role="main">
        <div role="heading" aria-level="2"><span title="Interview invitation: Platform Engineer">Interview invitation: Platform Engineer</span></div>
        <div data-testid="SenderPersona"><span title="lena.park@contoso.com">Lena Park</span></div>
        <div data-testid="SentReceivedSavedTime">Tue 24/11/2026 15:12</div>
        <div aria-label="Message body"><div><p>Hi Sam,</p><p>${body}</p></div></div>
      </div>`;
    const read = readOpenMessage('outlook');
    expect([read.from, read.subject, read.date]).toEqual(['Lena Park <lena.park@contoso.com>', 'Interview invitation: Platform Engineer', 'Tue 24/11/2026 15:12']);
    expect(read.body).toContain(body);
  });

  test('Yahoo Mail', () => {
    document.body.innerHTML = `
      <div role="main">
        <span data-test-id="message-group-subject-text">Interview invitation: Platform Engineer</span>
        <span data-test-id="message-from"><span data-test-id="email-pill" title="lena.park@contoso.com">Lena Park</span></span>
        <span data-test-id="message-date">Tue, Nov 24, 2026 at 3:12 PM</span>
        <div data-test-id="message-view-body-content"><p>${body}</p></div>
      </div>`;
    const read = readOpenMessage('yahoo');
    expect([read.from, read.subject, read.date]).toEqual(['Lena Park <lena.park@contoso.com>', 'Interview invitation: Platform Engineer', 'Tue, Nov 24, 2026 at 3:12 PM']);
    expect(read.body).toBe(body);
  });

  test('Fastmail, the last message of the thread', () => {
    document.body.innerHTML = `
      <h1 class="v-Thread-title">Interview invitation: Platform Engineer</h1>
      <div class="v-Message"><div class="v-Message-from">Sam Ortiz</div><div class="v-Message-body">Happy to, thanks.</div></div>
      <div class="v-Message"><div class="v-Message-from">Lena Park &lt;lena.park@contoso.com&gt;</div><time class="v-Message-date" datetime="2026-11-24T15:12:00Z">24 Nov</time>
        <div class="v-Message-body">${body}</div></div>`;
    const read = readOpenMessage('fastmail');
    expect(read.from).toBe('Lena Park <lena.park@contoso.com>');
    expect(read.date).toBe('2026-11-24T15:12:00Z');
    expect(read.body).toBe(body);
  });
});
