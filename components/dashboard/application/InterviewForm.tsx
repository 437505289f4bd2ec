import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { db } from '../../../utils/db/database';
import { addContact, linkContact, logEvent } from '../../../utils/db/repository';
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
}

/** Logs an interview (past or scheduled) with the people in it, who then get their own thank-you prompt. */
export function InterviewForm({ applicationId, timeZone, defaultDuration, onDone, onCancel, focusFirst = false }: InterviewFormProps) {
  // Interviews are mostly logged when booked, so the form starts at the next full hour.
  const nextHour = Math.ceil(Date.now() / 3_600_000) * 3_600_000;
  const [date, setDate] = useState(() => localDateOf(nextHour, timeZone));
  const [time, setTime] = useState(() => localTimeOf(nextHour, timeZone));
  const [duration, setDuration] = useState(String(defaultDuration));
  const [final, setFinal] = useState(false);
  const [people, setPeople] = useState<PickedPeople>({ existing: [], added: [], typing: { name: '', email: '' } });
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const contacts = useLiveQuery(() => db.contacts.orderBy('name').toArray(), []) ?? [];

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
      for (const id of people.existing) await linkContact(id, applicationId);
      await logEvent({
        applicationId,
        type: 'interview',
        at: at.toISOString(),
        durationMinutes: Number(duration) > 0 ? Number(duration) : defaultDuration,
        contactIds: [...people.existing, ...created.map((contact) => contact.id)],
        final,
      });
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} className="interview-form" aria-label="Log interview">
      <div className="grid-2">
        <TextField label="Date" type="date" required autoFocus={focusFirst} value={date} onChange={(event) => setDate(event.target.value)} />
        <TextField label="Start time" type="time" required value={time} onChange={(event) => setTime(event.target.value)} />
        <TextField label="Length in minutes" type="number" min={5} step={5} value={duration} onChange={(event) => setDuration(event.target.value)} />
      </div>
      <InterviewerPicker applicationId={applicationId} contacts={contacts} value={people} onChange={setPeople} />
      <label className="check">
        <input type="checkbox" checked={final} onChange={(event) => setFinal(event.target.checked)} /> Final round
      </label>
      {error ? <p role="alert" className="error">{error}</p> : null}
      <div className="row form-actions">
        <button type="submit" className="primary" disabled={saving}>Save interview</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
