// Hosts where Ajar's in-page "Save to Ajar" chip runs: exactly the boards a source adapter knows, built
// from the adapters' own patterns so the two lists cannot drift apart. Everywhere else nothing is
// injected until the user asks through the popup (activeTab), so ordinary browsing pays nothing.
import { ADAPTERS } from './sources';

export const JOB_BOARD_MATCHES: string[] = [...new Set(ADAPTERS.flatMap((adapter) => adapter.patterns))];
