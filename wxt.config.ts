import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Manifest V3 for Firefox too (WXT would build MV2 there): one permission model and one background
  // lifecycle (an event page that stops when idle, like Chromium's service worker) for both packages.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Ajar',
    description: 'Track your job search privately and never miss the follow-ups that win jobs.',
    // storage/alarms/notifications: the follow-up engine; activeTab + scripting: "Save this page" on any site
    // without asking for access to every site; unlimitedStorage: months of history must never be evicted.
    // No host_permissions: the chip's content script declares its job-board matches itself, and nothing
    // else needs standing access to any site.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'activeTab', 'scripting'],
    action: { default_title: 'Ajar' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // A fixed add-on id: Firefox keys the add-on's storage (IndexedDB included) and its updates by it.
              id: 'ajar@ajar.local',
              // 128 ESR is the first Firefox that grants an MV3 add-on's content-script hosts at install,
              // so the chip works without the user granting each job board by hand.
              strict_min_version: '128.0',
              // Declared for addons.mozilla.org: Ajar collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
