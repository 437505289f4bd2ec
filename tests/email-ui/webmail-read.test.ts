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

  test('a page with no message view still yields its main text rather than nothing', () => {
    document.body.innerHTML = '<nav>Inbox Sent</nav><div role="main"><p>Interview confirmed with Contoso for Tuesday at 10:00.</p></div>';
    const read = readOpenMessage('outlook');
    expect(read.body).toBe('Interview confirmed with Contoso for Tuesday at 10:00.');
    expect(openMessageText(read)).toBe('Interview confirmed with Contoso for Tuesday at 10:00.');
  });
});
