import { defineConfig } from 'wxt';
import { JOB_BOARD_MATCHES } from './utils/capture/boards';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Ajar',
    description: 'Track your job search privately and never miss the follow-ups that win jobs.',
    // storage/alarms/notifications: the follow-up engine; activeTab + scripting: "Save this page" on any site
    // without asking for access to every site; unlimitedStorage: months of history must never be evicted.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'activeTab', 'scripting'],
    host_permissions: JOB_BOARD_MATCHES,
    action: { default_title: 'Ajar' },
    browser_specific_settings: { gecko: { id: 'ajar@ajar.local' } },
  },
});
