import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { readContactsByName, readExistingContactIds } from '../../../utils/db/queries/contacts';
import { addContact, linkContact, logEvent, updateEvent } from '../../../utils/db/repository';
import type { AppEvent } from '../../../utils/model/application';
import { instantOf, localDateOf, localTimeOf, UNREADABLE_DATE_TIME } from '../../common/dates';
import { TextField } from '../../common/Field';
import { newPeopleOf, type PickedPeople } from './interview-people';
import { InterviewerPicker } from './InterviewerPicker';

interface InterviewFormProps {
  applicationId: string;
  timeZone: string;
  defaultDuration: number;
  onDone: () => void;
  onCancel: () => void;
  /** Put the cursor in the date field (and the form in view) when the form is why the page was opened. */
  focusFirst?: boolean;
  /** An interview already logged: the form edits it (moved, another interviewer joined) instead of adding one. */
  editing?: AppEvent;
}

/**
 * Logs an interview (past or scheduled) with the people in it, who then get their own thank-you prompt;
 * or edits one: its time, length, final round and people, with every prompt following in the same write.
 */
export function InterviewForm({ applicationId, timeZone, defaultDuration, onDone, onCancel, focusFirst = false, editing }: InterviewFormProps) {
  // Interviews are mostly logged when booked, so a new one starts at the next full hour.
  const [start] = useState(() => (editing ? Date.parse(editing.at) : Math.ceil(Date.now() / 3_600_000) * 3_600_000));
  const [date, setDate] = useState(() => localDateOf(start, timeZone));
  const [time, setTime] = useState(() => localTimeOf(start, timeZone));
  const [duration, setDuration] = useState(String(editing?.durationMinutes ?? defaultDuration));
  const [final, setFinal] = useState(Boolean(editing?.final));
  const [people, setPeople] = useState<PickedPeople>({ existing: [...(editing?.contactIds ?? [])], added: [], typing: { name: '', email: '' } });
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const contacts = useLiveQuery(() => readContactsByName(), []) ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const at = instantOf(date, time, timeZone);
    if (!at) {
      setError(UNREADABLE_DATE_TIME);
      return;
    }
    setSaving(true);
    try {
      const created = [];
      for (const person of newPeopleOf(people)) {
        created.push(await addContact({ name: person.name, email: person.email || null, role: 'interviewer', applicationIds: [applicationId] }));
      }
      // An interviewer deleted from Contacts since the interview was logged is dropped, not an error.
      const existing = await readExistingContactIds(people.existing);
      for (const id of existing) await linkContact(id, applicationId);
      const details = {
        at: at.toISOString(),
        durationMinutes: Number(duration) > 0 ? Number(duration) : defaultDuration,
        contactIds: [...existing, ...created.map((contact) => contact.id)],
        final,
      };
      if (editing) await updateEvent(editing.id, details);
      else await logEvent({ applicationId, type: 'interview', ...details });
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} className="interview-form" aria-label={editing ? 'Edit interview' : 'Log interview'}>
      <div className="grid-2">
        <TextField label="Date" type="date" required autoFocus={focusFirst || Boolean(editing)} value={date} onChange={(event) => setDate(event.target.value)} />
        <TextField label="Start time" type="time" required value={time} onChange={(event) => setTime(event.target.value)} />
        <TextField label="Length in minutes" type="number" min={5} step={5} value={duration} onChange={(event) => setDuration(event.target.value)} />
      </div>
      <InterviewerPicker applicationId={applicationId} contacts={contacts} value={people} onChange={setPeople} />
      <label className="check">
        <input type="checkbox" checked={final} onChange={(event) => setFinal(event.target.checked)} /> Final round
      </label>
      {error ? <p role="alert" className="error">{error}</p> : null}
      <div className="row form-actions">
        <button type="submit" className="primary" disabled={saving}>{editing ? 'Save changes' : 'Save interview'}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
