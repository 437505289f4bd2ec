import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SHARED_PAGES, sharedCases, startFixtureServer, type FixtureServer } from '../e2e/fixture-server';
import { startBoardProxy, type BoardProxy } from './board-proxy';
import { firefoxChip } from './closed-chip';
import { visibleText } from './dom';
import { launchFirefoxAjar, type FirefoxAjar } from './firefox';

// The README's by-hand install: the build folder loaded as a temporary add-on, as about:debugging does.
// With Manifest V3 the chip's job-board hosts must be granted at install for it to appear at all.
const GREENHOUSE = sharedCases().find((c) => c.file === 'greenhouse-legacy-boards-anthropic-4182383008.html')!;

let fixtures: FixtureServer;
let proxy: BoardProxy;
let ajar: FirefoxAjar;

beforeAll(async () => {
  fixtures = await startFixtureServer();
  fixtures.serve({ url: GREENHOUSE.url, file: path.join(SHARED_PAGES, GREENHOUSE.file) });
  proxy = await startBoardProxy(fixtures);
  ajar = await launchFirefoxAjar({ proxyPort: proxy.port, install: 'temporary' });
});
afterAll(async () => {
  await ajar?.close();
  await proxy?.close();
  await fixtures?.close();
});

test('loaded by hand as a temporary add-on, Ajar welcomes the user and its chip works on a job board', async () => {
  const welcome = await ajar.page((url) => url.endsWith('options.html#/welcome'));
  await expect.poll(() => visibleText(welcome)).toContain('Welcome to Ajar');

  const tab = await ajar.browser.newPage();
  await tab.goto(GREENHOUSE.url);
  const chip = firefoxChip(tab);
  await chip.click('Save to Ajar');
  await expect.poll(() => chip.value('Title')).toBe(GREENHOUSE.expect.title);
  await tab.close();
});
