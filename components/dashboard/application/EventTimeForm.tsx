import { useState, type FormEvent } from 'react';
import { updateEvent } from '../../../utils/db/repository';
import type { AppEvent } from '../../../utils/db/types';
import { instantOf, localDateOf, localTimeOf, UNREADABLE_DATE_TIME } from '../../common/dates';
import { TextField } from '../../common/Field';

interface EventTimeFormProps {
  event: AppEvent;
  /** "Interview", "Applied"… as the timeline names it. */
  label: string;
  timeZone: string;
  onDone: () => void;
}

/**
 * Moves a step of the timeline to another date and time (dates get logged wrong, a reply is logged days
 * late): follow-ups count from these times. Interviews have their own form, with their people.
 */
export function EventTimeForm({ event, label, timeZone, onDone }: EventTimeFormProps) {
  const time = Date.parse(event.at);
  const [date, setDate] = useState(() => localDateOf(time, timeZone));
  const [clock, setClock] = useState(() => localTimeOf(time, timeZone));
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const name = `Change date: ${label}`;

  async function submit(submitted: FormEvent) {
    submitted.preventDefault();
    const at = instantOf(date, clock, timeZone);
    if (!at) {
      setError(UNREADABLE_DATE_TIME);
      return;
    }
    setSaving(true);
    try {
      await updateEvent(event.id, { at: at.toISOString() });
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} className="event-time-form" aria-label={name}>
      <div className="grid-2">
        <TextField label="Date" type="date" required autoFocus value={date} onChange={(change) => setDate(change.target.value)} />
        <TextField label="Time" type="time" required value={clock} onChange={(change) => setClock(change.target.value)} />
      </div>
      {error ? <p role="alert" className="error">{error}</p> : null}
      <div className="row form-actions">
        <button type="submit" className="primary" disabled={saving}>Save date</button>
        <button type="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
