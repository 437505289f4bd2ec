import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_DIR, launchAjar, type Ajar } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { readTable } from './idb';
import { freePort, openToolbarPopup } from './toolbar-popup';

// Gmail-like message views written for these tests, served at Gmail's own address so the popup's
// webmail detection, activeTab and the injected reader all run as they would on the real site.
const PAGES = path.resolve(import.meta.dirname, '../tests/email/pages');
const REJECTION_URL = 'https://mail.google.com/mail/u/0/';
const JOB_ALERT_URL = 'https://mail.google.com/mail/u/1/';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../docs/screenshots');
const DAY = 86_400_000;
let server: FixtureServer;
let ajar: Ajar;
let debugPort: number;

interface Row { id: string; [field: string]: unknown }

/** A small search restored through Ajar's own backup restore: Northwind (interviewed) and Contoso (applied). */
function backup(now: Date) {
  const iso = (offsetDays: number) => new Date(now.getTime() + offsetDays * DAY).toISOString();
  return {
    format: 'ajar-backup', version: 1, exportedAt: iso(0),
    settings: { timeZone: 'Europe/London', name: 'Sam Ortiz', signature: 'Best,\nSam', onboarded: true },
    applications: [
      { id: 'northwind', company: 'Northwind Labs', title: 'Senior Backend Engineer', stage: 'interviewing', url: 'https://boards.greenhouse.io/northwindlabs/jobs/4471203', createdAt: iso(-30), updatedAt: iso(-14) },
      { id: 'contoso', company: 'Contoso', title: 'Platform Engineer', stage: 'applied', url: 'https://careers.contoso.com/jobs/8812', createdAt: iso(-12), updatedAt: iso(-10) },
    ],
    contacts: [{ id: 'dana', name: 'Dana Whitfield', role: 'hiring-manager', email: 'dana.whitfield@northwindlabs.com', applicationIds: ['northwind'], createdAt: iso(-14), updatedAt: iso(-14) }],
    events: [
      { id: 'nw-saved', applicationId: 'northwind', type: 'saved', at: iso(-30), createdAt: iso(-30) },
      { id: 'nw-applied', applicationId: 'northwind', type: 'applied', at: iso(-29), createdAt: iso(-29) },
      { id: 'nw-interview', applicationId: 'northwind', type: 'interview', at: iso(-14), durationMinutes: 60, contactIds: ['dana'], createdAt: iso(-15) },
      { id: 'nw-thanks', applicationId: 'northwind', type: 'thank-you-sent', at: iso(-14), contactIds: ['dana'], createdAt: iso(-14) },
      { id: 'co-saved', applicationId: 'contoso', type: 'saved', at: iso(-12), createdAt: iso(-12) },
      { id: 'co-applied', applicationId: 'contoso', type: 'applied', at: iso(-10), createdAt: iso(-10) },
    ],
    reminders: [], reflections: [],
  };
}

/** A calendar invite as Google Calendar sends it: the hiring manager organises; he, a colleague and the candidate attend. */
function contosoInvite(start: Date): string {
  const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const end = new Date(start.getTime() + 60 * 60_000);
  return [
    'BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `DTSTART:${stamp(start)}`, `DTEND:${stamp(end)}`, `DTSTAMP:${stamp(new Date(start.getTime() - 3 * DAY))}`,
    'ORGANIZER;CN=Marcus Chen:mailto:marcus.chen@contoso.com',
    'UID:7kq2v1c9m3r8t6b0p4n5s2d1f8@google.com',
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus Chen;X-NUM-GUESTS=0:mailto:marcus.chen@contoso.com',
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aisha Bello;X-NUM-GUESTS=0:mailto:aisha.bello@contoso.com',
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Sam Ortiz;X-NUM-GUESTS=0:mailto:sam.ortiz.dev@gmail.com',
    'DESCRIPTION:Hi Sam\\, this is your technical interview for the Platform Engineer role at Contoso with Marcus Chen (Engineering Manager) and Aisha Bello (Staff Engineer).\\n\\nJoin with Google Meet: https://meet.google.com/abc-defg-hij\\n\\nMarcus',
    'LOCATION:Google Meet',
    'SEQUENCE:0', 'STATUS:CONFIRMED',
    'SUMMARY:Contoso – Platform Engineer interview with Sam Ortiz',
    'TRANSP:OPAQUE',
    'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n');
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.serve({ url: REJECTION_URL, file: path.join(PAGES, 'synthetic-gmail-rejection.html') });
  server.serve({ url: JOB_ALERT_URL, file: path.join(PAGES, 'synthetic-gmail-job-alert.html') });
  mkdirSync(SCREENSHOTS, { recursive: true });
  debugPort = await freePort();
  ajar = await launchAjar({ resolverRule: server.resolverRule, debugPort });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ajar-email-')), 'backup.json');
  writeFileSync(file, JSON.stringify(backup(new Date())));
  const settings = await ajar.openPage('options.html#/settings');
  await settings.getByLabel('Restore from a backup file').setInputFiles(file);
  await settings.getByRole('button', { name: 'Replace everything' }).click();
  await settings.getByText(/Restored the backup/).waitFor();
  await settings.close();
});
afterAll(async () => {
  await ajar?.close();
  await server?.close();
});

/** Serious and critical axe findings, formatted so a failure says what and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

async function table(name: string): Promise<Row[]> {
  const page = await ajar.openPage('popup.html');
  try {
    return await readTable<Row>(page, name);
  } finally {
    await page.close();
  }
}

/** Opens the webmail page, then Ajar's real toolbar popup on it (which grants activeTab there). */
async function popupOn(url: string): Promise<{ mail: Page; popup: Page; close: () => Promise<void> }> {
  const mail = await ajar.context.newPage();
  await mail.goto(url);
  await mail.bringToFront();
  const { popup, browser } = await openToolbarPopup(debugPort, ajar.extensionId, url);
  return { mail, popup, close: async () => {
    await browser.close();
    await mail.close();
  } };
}

describe('logging what happened from an email or an invite', () => {
  test("Gmail: 'Log this email' proposes the rejection for the tracked application, and logging it brings the feedback request", async () => {
    const { popup, close } = await popupOn(REJECTION_URL);
    await popup.getByRole('button', { name: 'Log this email' }).click();
    const summary = popup.getByTestId('email-summary');
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toBe('Rejected — Northwind Labs, Senior Backend Engineer');
    expect(await popup.getByLabel('Application').inputValue()).toBe('northwind');
    await popup.locator('.log-email').screenshot({ path: path.join(SCREENSHOTS, 'email-popup.png') });
    // Nothing is stored before the click (read from the popup itself: opening another page would close it).
    expect((await readTable<Row>(popup, 'events')).filter((event) => event.applicationId === 'northwind' && event.type === 'rejected')).toEqual([]);

    await popup.getByRole('button', { name: 'Log rejection' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('Logged: Rejected — Northwind Labs');
    await close();

    const northwind = (await table('applications')).find((application) => application.id === 'northwind');
    expect(northwind?.stage).toBe('rejected');
    const priya = (await table('contacts')).find((contact) => contact.email === 'priya.nair@northwindlabs.com');
    expect(priya).toMatchObject({ name: 'Priya Nair', role: 'recruiter', applicationIds: ['northwind'] });
    const prompts = await table('prompts');
    expect(prompts.filter((prompt) => prompt.kind === 'feedback-request' && prompt.applicationId === 'northwind')).toHaveLength(1);
  });

  test('Gmail: a job alert proposes nothing and stores nothing', async () => {
    const before = await table('events');
    const { popup, close } = await popupOn(JOB_ALERT_URL);
    await popup.getByRole('button', { name: 'Log this email' }).click();
    await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 15_000 }).toContain('Nothing to log from this one');
    expect(await popup.getByTestId('email-summary').count()).toBe(0);
    expect(await popup.getByRole('button', { name: /^Log / }).count()).toBe(0);
    await close();
    expect(await table('events')).toHaveLength(before.length);
  });

  test('the dashboard: an .ics dropped on it logs the interview with both interviewers, and a thank-you comes for each', async () => {
    const page = await ajar.openPage('options.html#/today');
    await page.getByRole('link', { name: 'Log it from the message' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Log from an email' }).isVisible()).toBe(true);

    // Two days ahead (on a weekday) at 2 pm local time: when interviews are held, whenever the suite runs (the screenshot shows it).
    const start = new Date(Date.now() + 2 * DAY);
    start.setHours(14, 0, 0, 0);
    while (start.getDay() === 0 || start.getDay() === 6) start.setDate(start.getDate() + 1);

    const invite = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'invite.ics', { type: 'text/calendar' }));
      return transfer;
    }, contosoInvite(start));
    await page.getByTestId('email-drop-zone').dispatchEvent('drop', { dataTransfer: invite });

    const summary = page.getByTestId('email-summary');
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toMatch(/^Interview — .+, with Marcus Chen.* and Aisha Bello/);
    expect(await page.getByLabel('Application').inputValue()).toBe('contoso');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'email-invite.png'), fullPage: true });
    await page.getByRole('button', { name: 'Log interview' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Logged: Interview');

    const interview = (await readTable<Row>(page, 'events')).find((event) => event.applicationId === 'contoso' && event.type === 'interview');
    expect(interview).toMatchObject({ at: start.toISOString(), durationMinutes: 60 });
    const contacts = await readTable<Row>(page, 'contacts');
    const interviewers = ['Marcus Chen', 'Aisha Bello'].map((name) => contacts.find((contact) => contact.name === name));
    expect(interviewers.map((contact) => contact?.applicationIds)).toEqual([['contoso'], ['contoso']]);
    expect(new Set(interview!.contactIds as string[])).toEqual(new Set(interviewers.map((contact) => contact!.id)));
    const thankYous = (await readTable<Row>(page, 'prompts')).filter((prompt) => prompt.kind === 'thank-you' && prompt.applicationId === 'contoso');
    expect(thankYous.map((prompt) => prompt.contactId).sort()).toEqual(interviewers.map((contact) => contact!.id).sort());

    await page.getByRole('link', { name: 'See what comes next' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Contoso – Platform Engineer' }).isVisible()).toBe(true);
    await page.close();
  });
});

/** Every script a page loads before its first paint: its own chunks and what they import statically, not import(). */
function firstLoadScripts(page: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(EXTENSION_DIR, file), 'utf8');
    for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) visit(path.posix.join(path.posix.dirname(file), match[1]!));
  };
  const html = readFileSync(path.join(EXTENSION_DIR, page), 'utf8');
  for (const match of html.matchAll(/(?:src|href)="\/(chunks\/[\w.-]+\.js)"/g)) visit(match[1]!);
  return [...seen];
}

test("the popup's and the dashboard's first load carry none of the email reader: it is fetched when used", () => {
  // postal-mime, ical.js and chrono-node, each by a name its bundled code keeps.
  const reader = /PostalMime|ICAL\.|refDate/;
  for (const page of ['popup.html', 'options.html']) {
    const scripts = firstLoadScripts(page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((file) => reader.test(readFileSync(path.join(EXTENSION_DIR, file), 'utf8'))), page).toEqual([]);
  }
  // The markers do find the reader where it is: in a chunk of its own.
  const chunks = readdirSync(path.join(EXTENSION_DIR, 'chunks')).filter((file) => file.endsWith('.js'));
  expect(chunks.filter((file) => reader.test(readFileSync(path.join(EXTENSION_DIR, 'chunks', file), 'utf8'))).length).toBeGreaterThan(0);
});

