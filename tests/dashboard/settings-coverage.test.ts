import { expect, test } from 'vitest';
import { CADENCE_GROUPS } from '../../components/dashboard/settings/setting-fields';
import { defaultSettings } from '../../utils/model/settings';

test('every number the follow-up engine reads can be changed in Settings', () => {
  const editable = new Set<string>(CADENCE_GROUPS.flatMap((group) => group.fields.map((field) => field.key)));
  // The weekday has its own select; keep-in-touch days are a list in their own box.
  editable.add('pipelineNudgeWeekday');
  const numeric = Object.entries(defaultSettings()).filter(([, value]) => typeof value === 'number').map(([key]) => key);
  expect(numeric.filter((key) => !editable.has(key))).toEqual([]);
  for (const group of CADENCE_GROUPS) {
    for (const field of group.fields) expect(defaultSettings()[field.key]).toBeGreaterThanOrEqual(field.min);
  }
});
