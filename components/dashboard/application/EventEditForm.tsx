import { useState, type FormEvent } from 'react';
import { updateEvent } from '../../../utils/db/repository';
import type { AppEvent, EventType } from '../../../utils/model/application';
import { instantOf, localDateOf, localTimeOf, UNREADABLE_DATE_TIME } from '../../common/dates';
import { TextArea, TextField } from '../../common/Field';

// Steps whose words are the point: their text is corrected along with their date.
const WRITTEN: ReadonlySet<EventType> = new Set(['note', 'feedback-received']);

/** Whether the timeline offers "Edit" (the words and the date) rather than "Change date". */
export function isWritten(event: AppEvent): boolean {
  return WRITTEN.has(event.type);
}

interface EventEditFormProps {
  event: AppEvent;
  /** "Applied", "Note"… as the timeline names it. */
  label: string;
  timeZone: string;
  onDone: () => void;
}

/**
 * Corrects a step of the timeline: its date and time (dates get logged wrong, a reply is logged days late;
 * follow-ups count from these times) and, for a note or feedback, its words. Interviews have their own
 * form, with their people.
 */
export function EventEditForm({ event, label, timeZone, onDone }: EventEditFormProps) {
  const time = Date.parse(event.at);
  const written = isWritten(event);
  const [date, setDate] = useState(() => localDateOf(time, timeZone));
  const [clock, setClock] = useState(() => localTimeOf(time, timeZone));
  const [note, setNote] = useState(event.note ?? '');
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  async function submit(submitted: FormEvent) {
    submitted.preventDefault();
    const at = instantOf(date, clock, timeZone);
    if (!at) {
      setError(UNREADABLE_DATE_TIME);
      return;
    }
    if (written && !note.trim()) {
      setError(`A ${label.toLowerCase()} needs a few words; to remove it, use Delete.`);
      return;
    }
    setSaving(true);
    try {
      await updateEvent(event.id, written ? { at: at.toISOString(), note: note.trim() } : { at: at.toISOString() });
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} className="event-edit-form" aria-label={`${written ? 'Edit' : 'Change date'}: ${label}`}>
      {written ? <TextArea label={label === 'Note' ? 'Note' : 'What they said'} autoFocus value={note} onChange={(change) => setNote(change.target.value)} /> : null}
      <div className="grid-2">
        <TextField label="Date" type="date" required autoFocus={!written} value={date} onChange={(change) => setDate(change.target.value)} />
        <TextField label="Time" type="time" required value={clock} onChange={(change) => setClock(change.target.value)} />
      </div>
      {error ? <p role="alert" className="error">{error}</p> : null}
      <div className="row form-actions">
        <button type="submit" className="primary" disabled={saving}>{written ? 'Save' : 'Save date'}</button>
        <button type="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
