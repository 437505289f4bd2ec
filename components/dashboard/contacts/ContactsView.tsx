import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { readContactsOverview } from '../../../utils/db/queries/contacts';
import type { Application, Contact } from '../../../utils/model/application';
import { formatDate } from '../../common/dates';
import { EmptyState } from '../../common/EmptyState';
import { SafeLink } from '../../common/SafeLink';
import { ROLE_LABELS } from '../../common/event-labels';
import type { Settings } from '../../../utils/model/settings';
import { ApplicationLinks } from './ApplicationLinks';
import { ContactEditor } from './ContactEditor';
import { contactStats, statsOf } from './contact-stats';

interface ContactsData {
  contacts: Contact[];
  applications: Map<string, Pick<Application, 'id' | 'company' | 'title'>>;
  stats: ReturnType<typeof contactStats>;
}

/** Everyone in the search: what they are to you, where you met them, and when you last spoke. */
export function ContactsView({ settings }: { settings: Settings }) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const editor = (contact: Contact) =>
    editing === contact.id ? <ContactEditor contact={contact} onDone={() => setEditing(null)} /> : (
      <button type="button" className="quiet" onClick={() => setEditing(contact.id)}>Edit {contact.name}</button>
    );
  const data = useLiveQuery(async (): Promise<ContactsData> => {
    const { contacts, applications, events } = await readContactsOverview();
    return { contacts, applications, stats: contactStats(events) };
  }, []);
  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return (data?.contacts ?? []).filter((contact) => !needle || `${contact.name} ${contact.email ?? ''} ${contact.role}`.toLowerCase().includes(needle));
  }, [data, query]);
  const references = shown.filter((contact) => contact.role === 'reference');
  const people = shown.filter((contact) => contact.role !== 'reference');

  return (
    <section aria-labelledby="contacts-title">
      <div className="view-head">
        <h1 id="contacts-title">Contacts</h1>
        <div className="field">
          <label htmlFor="contacts-search">Search contacts</label>
          <input id="contacts-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
      </div>
      {data && data.contacts.length === 0 ? (
        <EmptyState>No contacts yet. Add the recruiter or an interviewer from an application page, and they will appear here.</EmptyState>
      ) : null}
      {references.length > 0 ? (
        <section className="card" aria-labelledby="references-title">
          <h2 id="references-title">References</h2>
          <ul className="plain-list">
            {references.map((contact) => {
              const stats = statsOf(data!.stats, contact.id);
              return (
                <li key={contact.id}>
                  <strong>{contact.name}</strong><WaysToReach contact={contact} />
                  <p className="muted">
                    {stats.briefedCount === 0 ? 'Not briefed yet' : `Briefed ${stats.briefedCount} ${stats.briefedCount === 1 ? 'time' : 'times'}, last on ${formatDate(stats.lastBriefedAt, settings.timeZone)}`}
                    {` · named on ${contact.applicationIds.length} ${contact.applicationIds.length === 1 ? 'application' : 'applications'}`}
                  </p>
                  <ApplicationLinks ids={contact.applicationIds} applications={data!.applications} />
                  {editor(contact)}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {people.length > 0 ? (
        <section className="card" aria-labelledby="people-list-title">
          <h2 id="people-list-title">People</h2>
          <ul className="plain-list">
            {people.map((contact) => {
              const stats = statsOf(data!.stats, contact.id);
              return (
                <li key={contact.id}>
                  <strong>{contact.name}</strong> <span className="tag">{ROLE_LABELS[contact.role]}</span>
                  <WaysToReach contact={contact} />
                  <p className="muted">{stats.lastContactAt ? `Last in touch ${formatDate(stats.lastContactAt, settings.timeZone)}` : 'No contact logged yet'}</p>
                  <ApplicationLinks ids={contact.applicationIds} applications={data!.applications} />
                  {editor(contact)}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

/** Email, phone and profile, where known; a profile address that is not a web address stays text. */
function WaysToReach({ contact }: { contact: Contact }) {
  return (
    <>
      {contact.email ? <span className="muted"> · {contact.email}</span> : null}
      {contact.phone ? <span className="muted"> · {contact.phone}</span> : null}
      {contact.linkedin ? <span className="muted"> · <SafeLink href={contact.linkedin}>Profile</SafeLink></span> : null}
    </>
  );
}
