import { describe, expect, test } from 'vitest';
import { webmailOf } from '../../utils/email/webmail/detect';

describe('which webmail a tab is, from its address', () => {
  test.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbvTmvwQkzqHHmqLsRr', 'gmail'],
    ['https://mail.google.com/mail/u/1/?ogbl#search/acme/FMfcgzQXJWDs', 'gmail'],
    ['https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS0xMjM0LWU4ZjAtMDACLTAwCgAQAHk%3D', 'outlook'],
    ['https://outlook.office.com/mail/inbox/id/AAQkAGI2TGuLAAA%3D', 'outlook'],
    ['https://outlook.office365.com/mail/deeplink/read/AAMkAGI2', 'outlook'],
    ['https://outlook.office365.com/owa/?realm=contoso.com', 'outlook'],
    ['https://mail.yahoo.com/d/folders/1/messages/AMmY8bQ2xLx1ZyJjSgiA3', 'yahoo'],
    ['https://uk.mail.yahoo.com/d/folders/1', 'yahoo'],
    ['https://mail.proton.me/u/0/inbox/Zc9xQvUq2Fj5wBg==', 'proton'],
    ['https://mail.protonmail.com/inbox', 'proton'],
    ['https://app.fastmail.com/mail/Inbox/Tb5c7f2a4e1d?u=8c1a2b3c', 'fastmail'],
    ['https://www.fastmail.com/mail/Inbox/', 'fastmail'],
    ['https://www.icloud.com/mail/', 'icloud'],
    ['https://www.icloud.com/mail/inbox/2a5f', 'icloud'],
  ])('%s is %s', (url, webmail) => {
    expect(webmailOf(url)).toBe(webmail);
  });

  test.each([
    'https://www.google.com/search?q=mail.google.com',
    'https://calendar.google.com/calendar/u/0/r',
    'https://outlook.live.com/calendar/0/view/week',
    'https://www.icloud.com/photos/',
    'https://www.fastmail.com/pricing/',
    'https://news.yahoo.com/',
    'https://proton.me/mail',
    'https://mail.google.com.evil.example/mail/u/0/',
    'chrome://extensions',
    'not a url',
    null,
  ])('%s is not a webmail', (url) => {
    expect(webmailOf(url)).toBeNull();
  });
});
