import { useState, type FormEvent } from 'react';
import { updateSettings } from '../../../utils/db/repository';
import type { Settings } from '../../../utils/model/settings';
import { TextField } from '../../common/Field';
import { CADENCE_GROUPS, parseDayList, timeZoneOptions, WEEKDAYS } from './setting-fields';

/** Timing and quiet: when each prompt comes, and when Ajar stays silent. Saved together. */
export function CadenceForm({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState<Settings>(settings);
  const [keepInTouch, setKeepInTouch] = useState(settings.keepInTouchDays.join(', '));
  const [status, setStatus] = useState('');
  const setNumber = (key: keyof Settings, text: string) => setDraft({ ...draft, [key]: text === '' ? ('' as never) : Number(text) });

  async function save(event: FormEvent) {
    event.preventDefault();
    const days = parseDayList(keepInTouch);
    if (!days) {
      setStatus('Keep in touch: whole numbers of days, separated by commas (e.g. 90, 180).');
      return;
    }
    for (const group of CADENCE_GROUPS) {
      for (const field of group.fields) {
        const value = draft[field.key];
        if (typeof value !== 'number' || Number.isNaN(value) || value < field.min || value > field.max) {
          setStatus(`${field.label}: a number from ${field.min} to ${field.max}.`);
          return;
        }
      }
    }
    await updateSettings({ ...draft, keepInTouchDays: days });
    setStatus('Saved. Upcoming prompts now follow these times.');
  }

  return (
    <form onSubmit={save} aria-label="Timing">
      {CADENCE_GROUPS.map((group) => (
        <fieldset key={group.title}>
          <legend>{group.title}</legend>
          <div className="grid-2">
            {group.fields.map((field) => (
              <TextField key={field.key} label={field.label} hint={field.hint} type="number" min={field.min} max={field.max}
                value={String(draft[field.key])} onChange={(event) => setNumber(field.key, event.target.value)} />
            ))}
            {group.title === 'After a rejection' ? (
              <TextField label="Keep in touch after (days)" hint="Each number is one hello to the hiring manager." value={keepInTouch}
                onChange={(event) => setKeepInTouch(event.target.value)} />
            ) : null}
            {group.title === 'Pipeline and reminders' ? (
              <div className="field">
                <label htmlFor="nudge-weekday">Weekly pipeline nudge on</label>
                <select id="nudge-weekday" value={draft.pipelineNudgeWeekday} onChange={(event) => setNumber('pipelineNudgeWeekday', event.target.value)}>
                  {WEEKDAYS.map((day, index) => <option key={day} value={index}>{day}</option>)}
                </select>
              </div>
            ) : null}
          </div>
        </fieldset>
      ))}
      <fieldset>
        <legend>Quiet hours and time zone</legend>
        <div className="grid-2">
          <TextField label="Quiet from" type="time" value={draft.quietHoursStart} onChange={(event) => setDraft({ ...draft, quietHoursStart: event.target.value })} />
          <TextField label="Quiet until" type="time" value={draft.quietHoursEnd} onChange={(event) => setDraft({ ...draft, quietHoursEnd: event.target.value })} />
          <div className="field">
            <label htmlFor="time-zone">Time zone</label>
            <select id="time-zone" value={draft.timeZone} onChange={(event) => setDraft({ ...draft, timeZone: event.target.value })}>
              {timeZoneOptions(draft.timeZone).map((zone) => <option key={zone} value={zone}>{zone.replaceAll('_', ' ')}</option>)}
            </select>
          </div>
        </div>
      </fieldset>
      <div className="row">
        <button type="submit" className="primary">Save timing</button>
        <span role="status" className="muted">{status}</span>
      </div>
    </form>
  );
}
