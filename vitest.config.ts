import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three projects, one run, one count: unit tests in a fake browser with fake IndexedDB, browser tests
// that drive the built extension in real Chromium (run after `npm run build`), and the same journeys in
// Firefox ESR against the packaged add-on (run after `npm run zip`).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto', './tests/setup.ts'],
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores and the tests time real alarms.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'firefox',
          environment: 'node',
          include: ['e2e-firefox/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 90_000,
          // Over BiDi each look at a page is a round trip, and the machine is shared: conditions get 10 s.
          expect: { poll: { timeout: 10_000 } },
          // One Firefox at a time, for the same reasons, in a group of its own: never beside the unit tests
          // or a Chromium (vitest runs the one-file-at-a-time Chromium project in its own group too).
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
