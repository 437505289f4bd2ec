import { describe, expect, test } from 'vitest';
import { importsOf, violations } from './import-rules';

describe('the rooms import only what they may', () => {
  test('no component imports the database or Dexie, and neither follow-ups nor capture import utils/db', () => {
    expect(violations().map(({ file, module, why }) => `${file} imports ${module}: ${why}`)).toEqual([]);
  });
});

describe('imports are read the way TypeScript resolves them', () => {
  test('relative, aliased, type-only, dynamic and mocked imports all name the module they reach', () => {
    const source = [
      "import { db } from '../../utils/db/database';",
      "import type { Settings } from '../../utils/model/settings';",
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
