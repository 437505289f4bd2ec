import { CHIP_MATCHES } from '../utils/chip/matches';
import { runChip } from '../utils/chip/run-chip';

// Runs only on known job boards, over https; every other site gets nothing until the user asks.
export default defineContentScript({
  matches: CHIP_MATCHES,
  runAt: 'document_idle',
  // The chip's styles travel inside the script (utils/chip/run-chip.ts), so nothing is web-accessible.
  cssInjectionMode: 'manual',
  // WXT would otherwise post "<extension id>:job-board:wxt:content-script-started" to the page's window.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runChip(ctx);
  },
});
