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
 * Moves an event to another date and time: interviews get rescheduled and dates get logged wrong, and the
 * thank-you, the prep and the follow-ups all count from this time. People, notes and decisions stay as they are.
 */
export function EventTimeForm({ event, label, timeZone, onDone }: EventTimeFormProps) {
  const time = Date.parse(event.at);
  const [date, setDate] = useState(() => localDateOf(time, timeZone));
  const [clock, setClock] = useState(() => localTimeOf(time, timeZone));
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const name = event.type === 'interview' ? 'Reschedule interview' : `Change date: ${label}`;

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
        <TextField label={event.type === 'interview' ? 'New date' : 'Date'} type="date" required autoFocus value={date} onChange={(change) => setDate(change.target.value)} />
        <TextField label={event.type === 'interview' ? 'New start time' : 'Time'} type="time" required value={clock} onChange={(change) => setClock(change.target.value)} />
      </div>
      {error ? <p role="alert" className="error">{error}</p> : null}
      <div className="row form-actions">
        <button type="submit" className="primary" disabled={saving}>{event.type === 'interview' ? 'Save new time' : 'Save date'}</button>
        <button type="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
