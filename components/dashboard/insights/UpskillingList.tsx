import { updateSettings } from '../../../utils/db/repository';
import type { Settings } from '../../../utils/db/types';
import { formatDate } from '../../common/dates';
import type { DashboardSettings } from '../../common/useSettings';
import type { Tally } from './compute';

/** Skill gaps from reflections as a list to close (A8); ticks are kept in settings by gap. */
export function UpskillingList({ gaps, settings }: { gaps: readonly Tally[]; settings: DashboardSettings }) {
  const done = settings.upskilling ?? {};
  async function toggle(gap: Tally, on: boolean) {
    const next = { ...done };
    if (on) next[gap.label.toLowerCase()] = new Date().toISOString();
    else delete next[gap.label.toLowerCase()];
    await updateSettings({ upskilling: next } as Partial<Settings>);
  }
  return (
    <ul className="plain-list upskilling">
      {gaps.map((gap) => {
        const doneAt = done[gap.label.toLowerCase()];
        return (
          <li key={gap.label}>
            <label className="check">
              <input type="checkbox" checked={!!doneAt} onChange={(event) => void toggle(gap, event.target.checked)} />
              <span className={doneAt ? 'done' : undefined}>{gap.label}</span>
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
