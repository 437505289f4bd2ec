import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchAjar } from '../e2e/browser';
import { sampleBackup } from './sample-data';

// `npm start`: the built Ajar in Chromium with a sample job search loaded. With a display it stays open
// for you to use; without one (a server, CI) it runs headless and writes screenshots instead.
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const withSample = !process.argv.includes('--empty');
const shots = path.resolve(import.meta.dirname, '../.output/screenshots');

const ajar = await launchAjar({ headless, keepOpen: !headless });
const dashboard = await ajar.openPage('options.html#/settings');

if (withSample) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ajar-sample-')), 'ajar-sample-backup.json');
  writeFileSync(file, JSON.stringify(sampleBackup({ now: new Date(), applications: 14, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone })));
  // Loaded the way a person restores a backup: through the dashboard's own restore.
  await dashboard.getByLabel(/Restore from a backup/i).setInputFiles(file);
  await dashboard.getByRole('button', { name: /Replace everything/i }).click();
  await dashboard.getByText(/Restored/i).first().waitFor();
}

if (headless) {
  mkdirSync(shots, { recursive: true });
  const popup = await ajar.openPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.getByRole('heading', { name: 'Today' }).waitFor();
  await popup.screenshot({ path: path.join(shots, 'popup.png') });
  for (const view of ['today', 'pipeline', 'insights']) {
    await dashboard.goto(`chrome-extension://${ajar.extensionId}/options.html#/${view}`);
    await dashboard.getByRole('main').waitFor();
    await dashboard.screenshot({ path: path.join(shots, `dashboard-${view}.png`) });
  }
  console.log(`No display here, so Ajar ran headless. Screenshots of the popup and the dashboard are in ${shots}`);
  await ajar.close();
} else {
  console.log('Ajar is open in Chromium. Close the browser window to stop.');
  await dashboard.goto(`chrome-extension://${ajar.extensionId}/options.html#/today`);
  await new Promise<void>((resolve) => ajar.context.on('close', () => resolve()));
}
