import { configure } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';

// The find* queries wait for a condition; their 1 s default is shorter than a busy 2-core CI machine
// needs to render a 10k-record board, so they wait up to the same bound as the test itself.
configure({ asyncUtilTimeout: 15_000 });

// Every test starts with a fresh fake browser; databases are wiped by the tests that use them.
beforeEach(() => {
  fakeBrowser.reset();
});
