import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';

// Every test starts with a fresh fake browser; databases are wiped by the tests that use them.
beforeEach(() => {
  fakeBrowser.reset();
});
