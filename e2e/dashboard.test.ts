import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchAjar, type Ajar } from './browser';
import { readTable } from './idb';
import { addApplicationFromPipeline } from './pipeline-actions';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../docs/screenshots');

let ajar: Ajar;
let page: Page;
let acmeId = '';

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  ajar = await launchAjar();
  page = await ajar.openPage('options.html#/welcome');
  await page.emulateMedia({ colorScheme: 'light' });
});
afterAll(() => ajar?.close());

const go = (hash: string) => page.evaluate((next) => (window.location.hash = next), hash);
const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Serious and critical axe findings, formatted so a failure says what and where. */
async function seriousViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

async function checkView(name: string, { keepScroll = false } = {}) {
  expect(await seriousViolations(), `${name} has serious accessibility problems`).toEqual([]);
  if (!keepScroll) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}


/** The local date `days` from today as the page sees it ("yyyy-mm-dd"). */
const localDate = (days: number) => page.evaluate((offset) => {
  const day = new Date(Date.now() + offset * 86_400_000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}, days);
const yesterday = () => localDate(-1);

describe('the dashboard, as a user drives it', () => {
  test('first run: the welcome states the privacy promise, sets the target and signature, and leads to Today', async () => {
    await expect.poll(() => page.getByText('Everything stays in this browser: no account, no server, nothing sent anywhere.').isVisible()).toBe(true);
    await checkView('welcome');
    await page.getByLabel('How many applications would you like in play at once?').fill('4');
    await page.getByLabel('Your name').fill('Sam Rivera');
    await page.getByLabel('Signature for drafts').fill('Sam Rivera\nsam@example.com');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => heading('Today').isVisible()).toBe(true);
    const [settings] = await readTable<{ onboarded: boolean; pipelineTarget: number; signature: string }>(page, 'settings');
    expect(settings).toMatchObject({ onboarded: true, pipelineTarget: 4, signature: 'Sam Rivera\nsam@example.com' });
  });

  test('add an application, log a past interview with a new interviewer, and get a thank-you draft that names them', async () => {
    await addApplicationFromPipeline(page, 'Acme', 'Engineer', { applied: true });
    acmeId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);

    await page.getByRole('button', { name: 'Interview', exact: true }).click();
    await page.getByLabel('Date', { exact: true }).fill(await yesterday());
    await page.getByLabel('Start time').fill('10:00');
    await page.getByLabel("New interviewer's name").fill('Dana Lee');
    await page.getByLabel('Final round').check();
    await page.getByRole('button', { name: 'Save interview' }).click();

    const timeline = page.getByRole('list', { name: 'Timeline' });
    await expect.poll(() => timeline.getByText('With Dana Lee').isVisible()).toBe(true);
    const thankYou = page.getByRole('listitem').filter({ hasText: /thank Dana Lee for yesterday's interview \(Engineer, Acme\)/i });
    await expect.poll(() => thankYou.isVisible()).toBe(true);
    await thankYou.getByRole('button', { name: 'Draft' }).click();
    await expect.poll(() => thankYou.getByLabel('Message').inputValue()).toMatch(/^Hi Dana,[\s\S]*Engineer[\s\S]*Sam Rivera/);
    await checkView('application', { keepScroll: true });

    // The same prompt waits on Today, and its address opens the draft directly.
    await go('#/today');
    await expect.poll(() => page.getByText(/thank Dana Lee for yesterday's interview/i).isVisible()).toBe(true);
    await checkView('today');
    const prompts = await readTable<{ id: string; kind: string }>(page, 'prompts');
    const key = prompts.find((prompt) => prompt.kind === 'thank-you')!.id;
    await go(`#/application/${encodeURIComponent(acmeId)}?prompt=${encodeURIComponent(key)}`);
    await expect.poll(() => page.getByLabel('Subject').inputValue()).toContain('Engineer');
  });

  test('a rejection brings a feedback request now and a keep-in-touch months later', async () => {
    await go(`#/application/${encodeURIComponent(acmeId)}`);
    await expect.poll(() => heading('Acme – Engineer').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Rejection', exact: true }).click();
    const nextSteps = page.getByRole('region', { name: 'Next steps' });
    await expect.poll(() => nextSteps.getByText(/Sorry about Acme\. Asking Dana for two lines of feedback/).isVisible()).toBe(true);
    await expect.poll(() => nextSteps.getByText(/a quick hello to Dana keeps the door open/).isVisible()).toBe(true);

    await go('#/today');
    const later = page.getByRole('region', { name: /Later/ });
    await expect.poll(() => later.getByText(/a quick hello to Dana keeps the door open/).isVisible()).toBe(true);
  });

  test('a reflection on the rejection is counted in Insights, with its gap on the upskilling list', async () => {
    await go(`#/application/${encodeURIComponent(acmeId)}`);
    await page.getByRole('button', { name: 'Reflect on this rejection' }).click();
    await page.getByLabel('What went well').fill('Good rapport with Dana');
    await page.getByLabel('Sticking points').fill('system design');
    await page.getByLabel('Missing qualifications').fill('Kubernetes');
    await page.getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('button', { name: 'Save reflection' }).click();
    await expect.poll(() => page.getByText('Skill gaps: Kubernetes').isVisible()).toBe(true);

    await go('#/insights');
    await expect.poll(() => page.getByText('1 reflection written.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('1 of 1 rejection was outside your control, by your own account.').isVisible()).toBe(true);
    await page.getByRole('checkbox', { name: /Kubernetes/ }).check();
    await expect.poll(async () => (await readTable<{ upskilling?: Record<string, string> }>(page, 'settings'))[0].upskilling?.kubernetes).toBeTruthy();
    await checkView('insights');
  });

  test('a card moves to another column from the keyboard, and by drag (Interviewing asks for the interview)', async () => {
    await addApplicationFromPipeline(page, 'Globex', 'Analyst', { applied: false });
    await go('#/pipeline');
    const saved = page.getByRole('region', { name: /^Saved/ });
    const applied = page.getByRole('region', { name: /^Applied/ });
    await expect.poll(() => saved.getByRole('article', { name: 'Globex – Analyst' }).isVisible()).toBe(true);

    // From the keyboard: the menu button opens on ArrowDown with the first other stage focused; Enter moves.
    await saved.getByRole('button', { name: 'Move to… (Globex – Analyst)' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByRole('menuitem', { name: 'Applied' }).evaluate((item) => item === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => applied.getByRole('article', { name: 'Globex – Analyst' }).isVisible()).toBe(true);
    const events = await readTable<{ type: string; applicationId: string }>(page, 'events');
    expect(events.filter((event) => event.type === 'applied').length).toBe(2);
    await checkView('pipeline');

    // Dragging to Interviewing asks for the interview itself, then the card lands there.
    const interviewing = page.getByRole('region', { name: /^Interviewing/ });
    await applied.getByRole('article', { name: 'Globex – Analyst' }).dragTo(interviewing);
    const dialog = page.getByRole('dialog', { name: 'Log an interview with Globex' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByLabel("New interviewer's name").fill('Lee Park');
    await dialog.getByRole('button', { name: 'Save interview' }).click();
    await expect.poll(() => interviewing.getByRole('article', { name: 'Globex – Analyst' }).isVisible()).toBe(true);
    const contacts = await readTable<{ name: string; role: string }>(page, 'contacts');
    expect(contacts).toContainEqual(expect.objectContaining({ name: 'Lee Park', role: 'interviewer' }));

    await go('#/pipeline/table');
    await expect.poll(() => page.getByRole('row', { name: /Globex/ }).isVisible()).toBe(true);
    await page.getByLabel('Search applications').fill('acme');
    await expect.poll(() => page.getByRole('row', { name: /Globex/ }).count()).toBe(0);
    await expect.poll(() => page.getByRole('row', { name: /Acme/ }).isVisible()).toBe(true);
    await checkView('pipeline-table');
  });

  test('contacts and settings read well, and the back button walks back through views', async () => {
    await go('#/contacts');
    await expect.poll(() => page.getByText('Dana Lee').first().isVisible()).toBe(true);
    await checkView('contacts');
    await go('#/settings');
    await expect.poll(() => heading('Settings').isVisible()).toBe(true);
    await page.getByLabel('Template').fill('Subject: Thanks, {name}\n\nHi {name}, thank you for the {role} chat.\n{signature}');
    await expect.poll(() => page.getByText('Hi Dana, thank you for the Product Designer chat.').isVisible()).toBe(true);
    await checkView('settings');

    await page.goBack();
    await expect.poll(() => heading('Contacts').isVisible()).toBe(true);
    await page.goBack();
    await expect.poll(() => heading('Pipeline').isVisible()).toBe(true);
    expect(ajar.consoleErrors).toEqual([]);
  });

  test('the dark theme keeps every view readable', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const [hash, title] of [['#/today', 'Today'], ['#/pipeline', 'Pipeline'], [`#/application/${encodeURIComponent(acmeId)}`, 'Acme – Engineer'], ['#/insights', 'Insights'], ['#/settings', 'Settings']]) {
      await go(hash);
      await expect.poll(() => heading(title).isVisible()).toBe(true);
      expect(await seriousViolations(), `${title} in the dark theme`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('an interview that moves, with someone new in it, is edited from the timeline, and its prompts follow', async () => {
    await addApplicationFromPipeline(page, 'Initech', 'Designer', { applied: true });
    const tomorrow = await localDate(1);
    await page.getByRole('button', { name: 'Interview', exact: true }).click();
    await page.getByLabel('Date', { exact: true }).fill(tomorrow);
    await page.getByLabel('Start time').fill('10:00');
    await page.getByLabel("New interviewer's name").fill('Priya Shah');
    await page.getByRole('button', { name: 'Save interview' }).click();
    const nextSteps = page.getByRole('region', { name: 'Next steps' });
    await expect.poll(() => nextSteps.getByText(/Prepare for tomorrow's interview at Initech/).isVisible()).toBe(true);
    expect(await nextSteps.getByText(/thank Priya Shah/i).count()).toBe(0);

    const timeline = page.getByRole('list', { name: 'Timeline' });
    // Any step's date can be corrected, except the saved moment, which is the application's own date.
    expect(await timeline.getByRole('button', { name: 'Change date: Applied' }).count()).toBe(1);
    expect(await timeline.getByRole('button', { name: 'Change date: Saved' }).count()).toBe(0);

    // It was moved up to yesterday afternoon, and a second interviewer joined.
    await timeline.getByRole('button', { name: 'Edit interview' }).click();
    const form = page.getByRole('form', { name: 'Edit interview' });
    await expect.poll(() => form.getByLabel('Date', { exact: true }).evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await form.getByLabel('Date', { exact: true }).inputValue()).toBe(tomorrow);
    expect(await form.getByRole('checkbox', { name: 'Priya Shah' }).isChecked()).toBe(true);
    expect(await seriousViolations()).toEqual([]);
    await form.getByLabel('Date', { exact: true }).fill(await yesterday());
    await form.getByLabel('Start time').fill('16:30');
    await form.getByLabel("New interviewer's name").fill('Sam Okafor');
    await form.getByRole('button', { name: 'Save changes' }).click();

    // Late in the day, yesterday afternoon's thank-you reads "Still a good moment to thank …": either wording holds.
    await expect.poll(() => nextSteps.getByText(/thank Priya Shah for yesterday's interview \(Designer, Initech\)/i).isVisible()).toBe(true);
    await expect.poll(() => nextSteps.getByText(/thank Sam Okafor for yesterday's interview/i).isVisible()).toBe(true);
    await expect.poll(() => nextSteps.getByText(/Prepare for/).count()).toBe(0);
    expect(await form.count()).toBe(0);
    expect(await timeline.getByText('With Priya Shah, Sam Okafor').isVisible()).toBe(true);
    const moved = await page.evaluate(([date]) => new Date(`${date}T16:30`).toISOString(), [await yesterday()]);
    const interviews = (await readTable<{ type: string; at: string; contactIds: string[] }>(page, 'events')).filter((event) => event.type === 'interview' && event.at === moved);
    expect(interviews).toHaveLength(1);
    expect(interviews[0].contactIds).toHaveLength(2);

    // A step logged on the wrong day is corrected the same way.
    await timeline.getByRole('button', { name: 'Change date: Applied' }).click();
    const applied = page.getByRole('form', { name: 'Change date: Applied' });
    await applied.getByLabel('Date').fill(await yesterday());
    await applied.getByLabel('Time').fill('09:15');
    await applied.getByRole('button', { name: 'Save date' }).click();
    await expect.poll(() => applied.count()).toBe(0);
    const appliedAt = await page.evaluate(([date]) => new Date(`${date}T09:15`).toISOString(), [await yesterday()]);
    expect((await readTable<{ type: string; at: string }>(page, 'events')).filter((event) => event.type === 'applied' && event.at === appliedAt)).toHaveLength(1);
    expect(ajar.consoleErrors).toEqual([]);
  });

  test("a contact's email added after the interview reaches the thank-you; a person deleted loses their thank-you", async () => {
    await go('#/contacts');
    await page.getByRole('button', { name: 'Edit Priya Shah' }).click();
    const editor = page.getByRole('form', { name: 'Edit Priya Shah' });
    expect(await seriousViolations()).toEqual([]);
    await editor.getByLabel('Email').fill('priya@initech.example');
    await editor.getByLabel('LinkedIn or other profile').fill('javascript:alert(1)');
    await editor.getByRole('button', { name: 'Save contact' }).click();
    await expect.poll(() => editor.getByRole('alert').textContent()).toContain("isn't a web address");
    await editor.getByLabel('LinkedIn or other profile').fill('https://www.linkedin.com/in/priya-shah');
    await editor.getByLabel('Phone').fill('+1 555 0100');
    await editor.getByRole('button', { name: 'Save contact' }).click();
    await expect.poll(() => page.getByText('priya@initech.example').isVisible()).toBe(true);
    const priya = page.getByRole('listitem').filter({ hasText: 'Priya Shah' });
    expect(await priya.getByRole('link', { name: 'Profile' }).getAttribute('href')).toBe('https://www.linkedin.com/in/priya-shah');
    expect(await priya.getByText('+1 555 0100').isVisible()).toBe(true);

    const [initech] = (await readTable<{ id: string; company: string }>(page, 'applications')).filter((app) => app.company === 'Initech');
    await go(`#/application/${encodeURIComponent(initech.id)}`);
    const nextSteps = page.getByRole('region', { name: 'Next steps' });
    const thankPriya = nextSteps.getByRole('listitem').filter({ hasText: /thank Priya Shah/i });
    await thankPriya.getByRole('button', { name: 'Draft' }).click();
    await expect.poll(() => thankPriya.getByRole('link', { name: 'Open in mail' }).getAttribute('href')).toMatch(/^mailto:priya@initech\.example\?subject=/);

    // Sam was added by mistake: deleted from the application's people, his thank-you goes with him.
    await page.getByRole('button', { name: 'Edit Sam Okafor' }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('form', { name: 'Edit Sam Okafor' }).getByRole('button', { name: 'Delete Sam Okafor' }).click();
    await expect.poll(() => nextSteps.getByText(/thank Sam Okafor/i).count()).toBe(0);
    expect(await nextSteps.getByText(/thank Priya Shah/i).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('list', { name: 'Timeline' }).getByText('With Priya Shah', { exact: true }).isVisible()).toBe(true);
    expect((await readTable<{ name: string }>(page, 'contacts')).map((contact) => contact.name)).not.toContain('Sam Okafor');
    expect(ajar.consoleErrors).toEqual([]);
  });
});

describe('at 10,000 applications', () => {
  let big: Ajar;
  let table: Page;
  const COUNT = 10_000;

  beforeAll(async () => {
    big = await launchAjar();
    table = await big.openPage('options.html#/welcome');
    await table.getByRole('button', { name: 'Start' }).click();
    await table.getByRole('heading', { name: 'Today' }).waitFor();
    // Seed straight into IndexedDB: the point is reading 10k, not 10k trips through the repository.
    await table.evaluate(async (count) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('ajar');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const stages = ['saved', 'applied', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'no-response'];
      const store = database.transaction('applications', 'readwrite').objectStore('applications');
      for (let index = 0; index < count; index += 1) {
        const at = new Date(Date.UTC(2025, 0, 1) + index * 3_600_000).toISOString();
        store.put({
          id: `bulk-${index}`, company: `Company ${index % 900}`, title: `${['Senior', 'Staff', 'Junior', 'Lead'][index % 4]} Engineer ${index}`,
          stage: stages[index % stages.length], source: ['greenhouse', 'lever', 'linkedin'][index % 3], location: index % 2 ? 'Berlin' : 'Remote',
          description: 'A long posting. '.repeat(100), createdAt: at, updatedAt: at,
        });
      }
      await new Promise((resolve) => (store.transaction.oncomplete = resolve));
      database.close();
    }, COUNT);
  });
  afterAll(() => big?.close());

  test('the table renders a window of rows, not ten thousand, and every keystroke of a search changes the rows shown', async () => {
    const started = Date.now();
    await table.goto(table.url().replace(/#.*/, '#/pipeline/table'));
    await expect.poll(() => table.getByRole('status').filter({ hasText: `of ${COUNT} applications` }).isVisible(), { timeout: 20_000 }).toBe(true);
    const firstPaintMs = Date.now() - started;
    expect(await table.getByRole('row').count()).toBeLessThan(80);

    // Time from a keystroke to the row count on screen changing, measured inside the page.
    const timings = await table.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('#pipeline-search')!;
      const status = document.querySelector('[role="status"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const out: number[] = [];
      // Each query changes how many rows match, so the status line always moves.
      for (const query of ['staff', 'staff 7', 'staff 77', 'staff 777', 'company 5', 'company 55']) {
        const before = status.textContent;
        const start = performance.now();
        await new Promise<void>((resolve, reject) => {
          setTimeout(() => reject(new Error(`"${query}" never changed the row count`)), 5_000);
          const observer = new MutationObserver(() => {
            if (status.textContent !== before) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
          setValue.call(input, query);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        out.push(performance.now() - start);
      }
      return out;
    });
    console.log(`10k applications: table ready in ${firstPaintMs} ms; keystroke → filtered rows in ${timings.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    // Speed is the bench's to prove (dashboardFilter.n10k); each keystroke above had to change the rows.
    expect(timings).toHaveLength(6);
    expect(await table.getByRole('row').count()).toBeLessThan(80);
  });

  test('the board shows every column with only the visible cards in the page', async () => {
    // The search carries over from the table; clearing it shows every column in full.
    await table.goto(table.url().replace(/#.*/, '#/pipeline'));
    await table.getByLabel('Search applications').fill('');
    await expect.poll(() => table.getByRole('region', { name: /^Saved 1250/ }).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await table.getByRole('article').count()).toBeLessThan(200);

    // A move re-reads the light rows of all 10k; it should still feel immediate.
    const saved = table.getByRole('region', { name: /^Saved/ });
    const card = saved.getByRole('article').first();
    const name = await card.getAttribute('aria-label');
    // The tab a person clicks in is the one in front; a background tab's frames are throttled, which
    // made Playwright's click (it waits for two frames with the element still) take seconds.
    await table.bringToFront();
    const started = Date.now();
    await saved.getByRole('button', { name: `Move to… (${name})` }).click();
    await table.getByRole('menu', { name: `Move ${name} to` }).getByRole('menuitem', { name: 'Offer' }).click();
    await expect.poll(() => table.getByRole('region', { name: /^Offer/ }).getByRole('article', { name: name! }).isVisible(), { timeout: 10_000 }).toBe(true);
    console.log(`10k applications: board move shown in ${Date.now() - started} ms`);
  });
});
