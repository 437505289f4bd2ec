import { useState, type FormEvent } from 'react';
import { deleteContact, updateContact } from '../../../utils/db/repository';
import { CONTACT_ROLES, type Contact, type ContactRole } from '../../../utils/model/application';
import { ROLE_LABELS } from '../../common/event-labels';
import { SelectField, TextArea, TextField } from '../../common/Field';
import { safeHttpUrl } from '../../common/safe-url';

/**
 * Corrects a person: a name spelled wrong shows in every draft ("Hi Dana,"), and an email that arrives
 * after the interview is what "Open in mail" needs. Deleting takes them out of the interviews they were in.
 */
export function ContactEditor({ contact, onDone }: { contact: Contact; onDone: () => void }) {
  const [name, setName] = useState(contact.name);
  const [role, setRole] = useState<ContactRole>(contact.role);
  const [email, setEmail] = useState(contact.email ?? '');
  const [phone, setPhone] = useState(contact.phone ?? '');
  const [linkedin, setLinkedin] = useState(contact.linkedin ?? '');
  const [notes, setNotes] = useState(contact.notes ?? '');
  const [error, setError] = useState('');

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError('A contact needs a name.');
      return;
    }
    const profile = linkedin.trim() ? safeHttpUrl(linkedin) : null;
    if (linkedin.trim() && !profile) {
      setError("That profile address isn't a web address; it should start with https://.");
      return;
    }
    try {
      await updateContact(contact.id, {
        name: name.trim(), role, email: email.trim() || null, phone: phone.trim() || null, linkedin: profile, notes: notes.trim() || null,
      });
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  async function remove() {
    if (!confirm(`Delete ${contact.name} from Ajar? They leave the interviews they were in; the messages you logged stay.`)) return;
    await deleteContact(contact.id);
    onDone();
  }

  return (
    <form onSubmit={save} className="contact-editor" aria-label={`Edit ${contact.name}`}>
      <div className="grid-2">
        <TextField label="Name" required autoFocus value={name} onChange={(change) => setName(change.target.value)} />
        <SelectField label="Role" value={role} onChange={(next) => setRole(next as ContactRole)}
          options={CONTACT_ROLES.map((option) => ({ value: option, label: ROLE_LABELS[option] }))} />
        <TextField label="Email" type="email" value={email} onChange={(change) => setEmail(change.target.value)} />
        <TextField label="Phone" type="tel" value={phone} onChange={(change) => setPhone(change.target.value)} />
        <TextField label="LinkedIn or other profile" type="url" value={linkedin} onChange={(change) => setLinkedin(change.target.value)} />
      </div>
      <TextArea label="Notes" value={notes} onChange={(change) => setNotes(change.target.value)} />
      {error ? <p role="alert" className="error">{error}</p> : null}
      <div className="row form-actions">
        <button type="submit" className="primary">Save contact</button>
        <button type="button" onClick={onDone}>Cancel</button>
        <button type="button" className="quiet" onClick={() => void remove()}>Delete {contact.name}</button>
      </div>
    </form>
  );
}
