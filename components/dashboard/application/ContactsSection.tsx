import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { readContactsNotOn } from '../../../utils/db/queries/contacts';
import { addContact, linkContact, unlinkContact, updateContact } from '../../../utils/db/repository';
import { CONTACT_ROLES, type Contact, type ContactRole } from '../../../utils/model/application';
import { EmptyState } from '../../common/EmptyState';
import { ROLE_LABELS } from '../../common/event-labels';
import { ContactEditor } from '../contacts/ContactEditor';

/** The people around this application; their role decides who a follow-up or keep-in-touch goes to. */
export function ContactsSection({ applicationId, contacts }: { applicationId: string; contacts: readonly Contact[] }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ContactRole>('recruiter');
  const [editing, setEditing] = useState<string | null>(null);
  const others = useLiveQuery(() => readContactsNotOn(applicationId), [applicationId, contacts.length]) ?? [];

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    await addContact({ name, role, email: email.trim() || null, applicationIds: [applicationId] });
    setName('');
    setEmail('');
  }

  return (
    <div>
      {contacts.length === 0 ? <EmptyState>No one yet. Add the recruiter or hiring manager so follow-ups can name them.</EmptyState> : (
        <ul className="plain-list">
          {contacts.map((contact) => editing === contact.id ? (
            <li key={contact.id}><ContactEditor contact={contact} onDone={() => setEditing(null)} /></li>
          ) : (
            <li key={contact.id} className="row">
              <strong>{contact.name}</strong>
              <label className="visually-hidden" htmlFor={`role-${contact.id}`}>Role of {contact.name}</label>
              <select id={`role-${contact.id}`} value={contact.role} onChange={(event) => void updateContact(contact.id, { role: event.target.value as ContactRole })}>
                {CONTACT_ROLES.map((option) => <option key={option} value={option}>{ROLE_LABELS[option]}</option>)}
              </select>
              {contact.email ? <span className="muted">{contact.email}</span> : null}
              <button type="button" className="quiet" onClick={() => setEditing(contact.id)}>Edit {contact.name}</button>
              <button type="button" className="quiet" onClick={() => void unlinkContact(contact.id, applicationId)}>Unlink {contact.name}</button>
            </li>
          ))}
        </ul>
      )}
      <form className="row" onSubmit={add} aria-label="Add a contact">
        <div className="field">
          <label htmlFor={`contact-name-${applicationId}`}>Name</label>
          <input id={`contact-name-${applicationId}`} value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`contact-email-${applicationId}`}>Email</label>
          <input id={`contact-email-${applicationId}`} type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`contact-role-${applicationId}`}>Role</label>
          <select id={`contact-role-${applicationId}`} value={role} onChange={(event) => setRole(event.target.value as ContactRole)}>
            {CONTACT_ROLES.map((option) => <option key={option} value={option}>{ROLE_LABELS[option]}</option>)}
          </select>
        </div>
        <button type="submit" disabled={!name.trim()}>Add contact</button>
      </form>
      {others.length > 0 ? (
        <div className="field">
          <label htmlFor={`link-${applicationId}`}>Link someone already in Ajar</label>
          <select id={`link-${applicationId}`} value="" onChange={(event) => event.target.value && void linkContact(event.target.value, applicationId)}>
            <option value="">Choose a person…</option>
            {others.map((contact) => <option key={contact.id} value={contact.id}>{contact.name} ({ROLE_LABELS[contact.role]})</option>)}
          </select>
        </div>
      ) : null}
    </div>
  );
}
