import { JOB_BOARD_MATCHES } from '@/utils/capture/boards';
import { runChip } from '@/utils/chip/run-chip';
import '@/utils/chip/chip.css';

// Runs only on known job boards (see boards.ts); every other site gets nothing until the user asks.
export default defineContentScript({
  matches: JOB_BOARD_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    runChip(ctx);
  },
});
