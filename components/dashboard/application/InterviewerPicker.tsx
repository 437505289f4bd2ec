import { useId } from 'react';
import type { Contact } from '../../../utils/model/application';
import { newPeopleOf, type PickedPeople } from './interview-people';

interface InterviewerPickerProps {
  applicationId: string;
  contacts: readonly Contact[];
  value: PickedPeople;
  onChange: (next: PickedPeople) => void;
}

/** Who was in the interview: people already linked to this application first, anyone else on request. */
export function InterviewerPicker({ applicationId, contacts, value, onChange }: InterviewerPickerProps) {
  // Two pickers can be open on one page (logging a new interview while editing another).
  const id = useId();
  const { name, email } = value.typing;
  const setName = (next: string) => onChange({ ...value, typing: { ...value.typing, name: next } });
  const setEmail = (next: string) => onChange({ ...value, typing: { ...value.typing, email: next } });
  const linked = contacts.filter((contact) => contact.applicationIds.includes(applicationId));
  const others = contacts.filter((contact) => !contact.applicationIds.includes(applicationId));
  const shown = [...linked, ...others.filter((contact) => value.existing.includes(contact.id))];
  const toggle = (id: string, on: boolean) =>
    onChange({ ...value, existing: on ? [...value.existing, id] : value.existing.filter((other) => other !== id) });
  const addNew = () => {
    if (!name.trim()) return;
    onChange({ ...value, added: newPeopleOf(value), typing: { name: '', email: '' } });
  };
  return (
    <fieldset className="picker">
      <legend>Interviewers</legend>
      {shown.map((contact) => (
        <label key={contact.id} className="check">
          <input type="checkbox" checked={value.existing.includes(contact.id)} onChange={(event) => toggle(contact.id, event.target.checked)} />
          {contact.name}
        </label>
      ))}
      {value.added.map((person, index) => (
        <div key={`${person.name}-${index}`} className="row">
          <span>{person.name} (new)</span>
          <button type="button" className="quiet" onClick={() => onChange({ ...value, added: value.added.filter((_, other) => other !== index) })}>
            Remove {person.name}
          </button>
        </div>
      ))}
      {others.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-pick`}>Someone already in Ajar</label>
          <select id={`${id}-pick`} value="" onChange={(event) => event.target.value && toggle(event.target.value, true)}>
            <option value="">Choose a person…</option>
            {others.filter((contact) => !value.existing.includes(contact.id)).map((contact) => (
              <option key={contact.id} value={contact.id}>{contact.name}</option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-name`}>New interviewer's name</label>
          <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addNew();
              }
            }} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>Email (optional)</label>
          <input id={`${id}-email`} type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
        </div>
        <button type="button" onClick={addNew} disabled={!name.trim()}>Add interviewer</button>
      </div>
    </fieldset>
  );
}
