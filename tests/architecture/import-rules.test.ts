import { describe, expect, test } from 'vitest';
import { importsOf, violations } from './import-rules';

// Components that still read the database themselves; their reads move to utils/db/queries. The list only
// shrinks: a file that no longer needs to be here fails the test until it is taken off.
const NOT_YET_MOVED = new Set<string>([
  'components/common/useSettings.ts',
  'components/dashboard/application/ContactsSection.tsx',
  'components/dashboard/application/InterviewForm.tsx',
  'components/dashboard/application/useApplicationRecord.ts',
  'components/dashboard/contacts/ContactsView.tsx',
  'components/dashboard/insights/InsightsView.tsx',
  'components/dashboard/pipeline/first-page.ts',
  'components/dashboard/pipeline/read-in-chunks.ts',
  'components/dashboard/pipeline/row-cache.ts',
  'components/dashboard/pipeline/useApplicationRows.ts',
  'components/dashboard/prompts/load-prompts.ts',
  'components/popup/BackupReminder.tsx',
  'components/popup/PipelineHealth.tsx',
  'components/popup/RecentApplications.tsx',
]);

describe('the rooms import only what they may', () => {
  test('no component imports the database or Dexie, and neither follow-ups nor capture import utils/db', () => {
    const found = violations().filter((violation) => !NOT_YET_MOVED.has(violation.file));
    expect(found.map(({ file, module, why }) => `${file} imports ${module}: ${why}`)).toEqual([]);
  });

  test('every file still waiting for its move really still imports the database', () => {
    const stillImporting = new Set(violations().map((violation) => violation.file));
    expect([...NOT_YET_MOVED].filter((file) => !stillImporting.has(file))).toEqual([]);
  });
});

describe('imports are read the way TypeScript resolves them', () => {
  test('relative, aliased, type-only, dynamic and mocked imports all name the module they reach', () => {
    const source = [
      "import { db } from '../../utils/db/database';",
      "import type { Settings } from '@/utils/model/settings';",
      "export { liveCount } from './queries';",
      "import Dexie from 'dexie';",
      "import '../side-effect.ts';",
      "const later = await import('../../utils/db/repository');",
      "vi.mock('../../utils/db/changes');",
    ].join('\n');
    expect(importsOf('components/popup/Example.tsx', source)).toEqual([
      'utils/db/database', 'utils/model/settings', 'components/popup/queries', 'dexie', 'components/side-effect',
      'utils/db/repository', 'utils/db/changes',
    ]);
  });
});
