import { useState } from 'react';
import { updateSettings } from '../../../utils/db/repository';
import type { Settings } from '../../../utils/model/settings';
import { formatDate } from '../../common/dates';
import type { Tally } from './compute';

/** Skill gaps from reflections as a list to close (A8); ticks are kept in settings by gap. */
export function UpskillingList({ gaps, settings }: { gaps: readonly Tally[]; settings: Settings }) {
  const done = settings.upskilling ?? {};
  // The tick shows at once; the saved settings catch up a moment later through the live query.
  const [ticking, setTicking] = useState<Record<string, boolean>>({});
  async function toggle(gap: Tally, on: boolean) {
    setTicking((current) => ({ ...current, [gap.label.toLowerCase()]: on }));
    const next = { ...done };
    if (on) next[gap.label.toLowerCase()] = new Date().toISOString();
    else delete next[gap.label.toLowerCase()];
    await updateSettings({ upskilling: next });
  }
  return (
    <ul className="plain-list upskilling">
      {gaps.map((gap) => {
        const doneAt = done[gap.label.toLowerCase()];
        const checked = ticking[gap.label.toLowerCase()] ?? !!doneAt;
        return (
          <li key={gap.label}>
            <label className="check">
              <input type="checkbox" checked={checked} onChange={(event) => void toggle(gap, event.target.checked)} />
              <span className={checked ? 'done' : undefined}>{gap.label}</span>
              <span className="muted">
                {gap.count === 1 ? 'came up once' : `came up ${gap.count} times`}
                {doneAt ? ` · worked on by ${formatDate(doneAt, settings.timeZone)}` : ''}
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
