import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchAjar, type Ajar } from './browser';
import { readTable } from './idb';
import { addApplicationFromPipeline } from './pipeline-actions';

// A search that ends well: Acme offers, the user accepts on the board, and Ajar helps close the rest.
let ajar: Ajar;
let page: Page;

beforeAll(async () => {
  ajar = await launchAjar();
  page = await ajar.openPage('options.html#/welcome');
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
});
afterAll(() => ajar?.close());

const go = (hash: string) => page.evaluate((next) => (window.location.hash = next), hash);
const column = (stage: string) => page.getByRole('region', { name: new RegExp(`^${stage}`) });


/** "Move to…" on a board card, as a user picks the column from its menu. */
async function moveOnBoard(name: string, from: string, to: string) {
  await go('#/pipeline');
  await column(from).getByRole('button', { name: `Move to… (${name})` }).click();
  await page.getByRole('menu', { name: `Move ${name} to` }).getByRole('menuitem', { name: to, exact: true }).click();
  await expect.poll(() => column(to).getByRole('article', { name }).isVisible()).toBe(true);
}

/** The local date `days` from today as the page sees it ("yyyy-mm-dd"). */
const localDate = (days: number) => page.evaluate((offset) => {
  const day = new Date(Date.now() + offset * 86_400_000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}, days);

describe('an offer, accepted on the board', () => {
  test('an offer in hand: its answer-by date brings the decision to Today, and the pipeline nudge rests', async () => {
    await addApplicationFromPipeline(page, 'Globex', 'Analyst', { applied: true });
    await addApplicationFromPipeline(page, 'Initech', 'Developer', { applied: false });
    await addApplicationFromPipeline(page, 'Acme', 'Engineer', { applied: true });
    await moveOnBoard('Acme – Engineer', 'Applied', 'Offer');

    const acme = (await readTable<{ id: string; company: string }>(page, 'applications')).find((app) => app.company === 'Acme')!;
    await go(`#/application/${encodeURIComponent(acme.id)}`);
    await expect.poll(() => page.getByLabel('Answer the offer by').isVisible()).toBe(true);
    await page.getByLabel('Answer the offer by').fill(await localDate(2));
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(async () => (await readTable<{ company: string; offerRespondBy?: string }>(page, 'applications')).find((app) => app.company === 'Acme')?.offerRespondBy).toBe(await localDate(2));

    await go('#/today');
    await expect.poll(() => page.getByText(/^Acme would like an answer by .+: time to weigh the offer/).isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('offer-in-hand').textContent()).toBe("Acme's offer is in hand. No need to add applications while you decide.");
    expect(await page.getByText(/Adding a few more/).count()).toBe(0);
  });

  test('accepting ends the search: withdraw drafts for the others in Today, and a warm "search done" line in the popup', async () => {
    await moveOnBoard('Acme – Engineer', 'Offer', 'Accepted');

    await go('#/today');
    const done = page.getByTestId('search-done');
    await expect.poll(() => done.textContent()).toContain('You accepted the Engineer role at Acme. Congratulations: your search is done.');
    const withdraw = page.getByRole('listitem').filter({ hasText: "Let Globex know you've accepted another role: a warm note keeps the door open" });
    await expect.poll(() => withdraw.isVisible()).toBe(true);
    // Only what is left to close: no decision, no follow-up, nothing for a posting that was only saved.
    expect(await page.getByRole('listitem').filter({ hasText: /Initech|would like an answer|follow-up/ }).count()).toBe(0);
    await withdraw.getByRole('button', { name: 'Draft' }).click();
    await expect.poll(() => withdraw.getByLabel('Message').inputValue()).toMatch(/^Hi there,[\s\S]*accepted another position[\s\S]*stay in touch[\s\S]*Sam Rivera$/);
    expect(await withdraw.getByLabel('Message').inputValue()).not.toContain('!');

    const popup = await ajar.openPage('popup.html');
    await expect.poll(() => popup.getByTestId('search-done').textContent()).toBe('You accepted the Engineer role at Acme. Congratulations: your search is done.');
    await expect.poll(() => popup.getByTestId('today-prompts').textContent()).toContain("Let Globex know you've accepted another role");
    expect(await popup.getByTestId('pipeline-health').count()).toBe(0);
    await popup.close();

    // "I sent it" closes Globex as withdrawn, and nothing is left to close.
    await withdraw.getByRole('button', { name: 'I sent it' }).click();
    await expect.poll(() => page.getByText('Every other door is closed kindly. Enjoy the new role.').isVisible()).toBe(true);
    const globex = (await readTable<{ company: string; stage: string }>(page, 'applications')).find((app) => app.company === 'Globex');
    expect(globex?.stage).toBe('withdrawn');
  });

  test('if the accepted offer falls through (moved back), the search reopens and the popup says nothing about it being done', async () => {
    await moveOnBoard('Acme – Engineer', 'Accepted', 'Offer');
    await go('#/today');
    await expect.poll(() => page.getByTestId('offer-in-hand').isVisible()).toBe(true);
    expect(await page.getByTestId('search-done').count()).toBe(0);
    const prompts = await readTable<{ kind: string }>(page, 'prompts');
    expect(prompts.filter((prompt) => prompt.kind === 'withdraw')).toEqual([]);

    const popup = await ajar.openPage('popup.html');
    await expect.poll(() => popup.getByTestId('pipeline-health').isVisible()).toBe(true);
    expect(await popup.getByTestId('search-done').count()).toBe(0);
    await popup.close();
    expect(ajar.consoleErrors).toEqual([]);
  });
});
