import { useMemo, useState, type FormEvent } from 'react';
import { CONTACT_ROLES, type Application, type Contact, type ContactRole } from '../../utils/model/application';
import type { Logged } from '../../utils/email/log';
import { alreadyLogged, contactSuggestions, KIND_LABELS, LOG_KINDS, proposalSummary, relinkPeople, type LogKind, type Proposal, type ProposedPerson } from '../../utils/email/propose';
import { instantOf, localDateOf, localTimeOf, UNREADABLE_DATE_TIME } from '../common/dates';
import { ROLE_LABELS } from '../common/event-labels';
import { STAGE_LABELS } from '../common/stage-labels';
import { SelectField, TextField } from '../common/Field';
import './email.css';

const NEW_APPLICATION = '__new__';
const NEW_CONTACT = '__new__';
// Past this many, the list of other applications would be slower to open than to search on the dashboard.
const OTHER_APPLICATIONS_SHOWN = 200;

interface ProposalCardProps {
  initial: Proposal;
  applications: readonly Application[];
  contacts: readonly Contact[];
  timeZone: string;
  onLog: (proposal: Proposal) => Promise<Logged>;
  onLogged: (logged: Logged, summary: string) => void;
}

/** Ajar's proposal for one message: every field editable, nothing stored until the one button is pressed. */
export function ProposalCard({ initial, applications, contacts, timeZone, onLog, onLogged }: ProposalCardProps) {
  const [proposal, setProposal] = useState(initial);
  const [date, setDate] = useState(() => localDateOf(Date.parse(initial.at), timeZone));
  const [time, setTime] = useState(() => localTimeOf(Date.parse(initial.at), timeZone));
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  const byId = useMemo(() => new Map(applications.map((application) => [application.id, application])), [applications]);
  const application = proposal.applicationId ? byId.get(proposal.applicationId) ?? null : null;
  const instant = instantOf(date, time, timeZone);
  const current: Proposal = { ...proposal, at: instant ? instant.toISOString() : proposal.at };
  const summary = proposalSummary(current, application, { timeZone });
  const repeat = alreadyLogged(current, application);

  const applicationOptions = useMemo(() => {
    const candidates = proposal.candidateIds.flatMap((id) => (byId.get(id) ? [byId.get(id)!] : []));
    const others = applications.filter((other) => !proposal.candidateIds.includes(other.id))
      .sort((a, b) => a.company.localeCompare(b.company) || a.title.localeCompare(b.title))
      .slice(0, OTHER_APPLICATIONS_SHOWN);
    const label = (other: Application) => `${other.company} – ${other.title} (${STAGE_LABELS[other.stage]})`;
    return [
      ...candidates.map((other) => ({ value: other.id, label: label(other) })),
      { value: NEW_APPLICATION, label: 'A new application' },
      ...others.map((other) => ({ value: other.id, label: label(other) })),
    ];
  }, [applications, byId, proposal.candidateIds]);

  const update = (patch: Partial<Proposal>) => setProposal((previous) => ({ ...previous, ...patch }));
  const updatePerson = (index: number, patch: Partial<ProposedPerson>) =>
    update({ people: proposal.people.map((person, at) => (at === index ? { ...person, ...patch } : person)) });

  function chooseApplication(value: string) {
    const applicationId = value === NEW_APPLICATION ? null : value;
    update({ applicationId, people: relinkPeople(proposal.people, applicationId, contacts) });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!instant) {
      setError(UNREADABLE_DATE_TIME);
      return;
    }
    if (!current.applicationId && !current.newApplication.company.trim()) {
      setError('Name the company to save this as a new application.');
      return;
    }
    setSaving(true);
    setError('');
    try {
      const logged = await onLog(current);
      onLogged(logged, summary);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setSaving(false);
    }
  }

  const companyName = application?.company || current.newApplication.company.trim() || 'it';
  const button = !current.applicationId && current.kind === 'received' ? `Save ${companyName} as applied` : `Log ${KIND_LABELS[current.kind].toLowerCase()}`;

  return (
    <form className="email-proposal" aria-label="What Ajar will log" onSubmit={submit}>
      <p className="email-summary" data-testid="email-summary">{summary}</p>
      <div className="grid-2">
        <SelectField label="What happened" value={proposal.kind} onChange={(value) => update({ kind: value as LogKind })}
          options={LOG_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))} />
        <SelectField label="Application" value={proposal.applicationId ?? NEW_APPLICATION} onChange={chooseApplication} options={applicationOptions}
          hint={proposal.candidateIds.length > 1 ? `${proposal.candidateIds.length} of your applications could be this one; the most recent active one is first.` : undefined} />
      </div>
      {proposal.applicationId === null ? (
        <div className="grid-2">
          <TextField label="Company" required value={proposal.newApplication.company} onChange={(event) => update({ newApplication: { ...proposal.newApplication, company: event.target.value } })} />
          <TextField label="Role" value={proposal.newApplication.title} onChange={(event) => update({ newApplication: { ...proposal.newApplication, title: event.target.value } })} />
        </div>
      ) : null}
      <div className="grid-2">
        <TextField label={proposal.kind === 'interview' ? 'Interview date' : 'Date'} type="date" required value={date} onChange={(event) => setDate(event.target.value)} />
        <TextField label={proposal.kind === 'interview' ? 'Start time' : 'Time'} type="time" required value={time} onChange={(event) => setTime(event.target.value)} />
        {proposal.kind === 'interview' ? (
          <TextField label="Length in minutes" type="number" min={5} step={5} value={String(proposal.durationMinutes ?? '')}
            onChange={(event) => update({ durationMinutes: Number(event.target.value) > 0 ? Number(event.target.value) : null })} />
        ) : null}
      </div>
      <fieldset className="email-people">
        <legend>{proposal.kind === 'interview' ? 'Interviewers' : 'People'}</legend>
        {proposal.people.length === 0 ? <p className="muted">Nobody named. Add whoever you met or heard from, so prompts can go to them.</p> : null}
        {proposal.people.map((person, index) => (
          <PersonFields key={index} index={index} person={person} applicationId={proposal.applicationId} contacts={contacts} onChange={(patch) => updatePerson(index, patch)} />
        ))}
        <button type="button" onClick={() => update({ people: [...proposal.people, { name: '', email: '', jobTitle: '', role: proposal.kind === 'interview' ? 'interviewer' : 'recruiter', contactId: null, include: true }] })}>
          Add a person
        </button>
      </fieldset>
      {repeat ? <p className="muted">{repeat}</p> : null}
      {error ? <p role="alert" className="error">{error}</p> : null}
      {repeat ? null : (
        <div className="row form-actions">
          <button type="submit" className="primary" disabled={saving}>{button}</button>
        </div>
      )}
    </form>
  );
}

function PersonFields({ index, person, applicationId, contacts, onChange }: {
  index: number;
  person: ProposedPerson;
  applicationId: string | null;
  contacts: readonly Contact[];
  onChange: (patch: Partial<ProposedPerson>) => void;
}) {
  const suggestions = useMemo(() => contactSuggestions(person, applicationId, contacts), [person, applicationId, contacts]);
  const label = person.name.trim() || `Person ${index + 1}`;
  return (
    <div className="email-person" role="group" aria-label={label}>
      <label className="check">
        <input type="checkbox" checked={person.include} onChange={(event) => onChange({ include: event.target.checked })} /> Include {label}
      </label>
      <div className="grid-2">
        <TextField label="Name" value={person.name} onChange={(event) => onChange({ name: event.target.value })} />
        <TextField label="Email" type="email" value={person.email} onChange={(event) => onChange({ email: event.target.value })} />
        <TextField label="Job title" value={person.jobTitle} onChange={(event) => onChange({ jobTitle: event.target.value })} />
        <SelectField label="Role" value={person.role} onChange={(value) => onChange({ role: value as ContactRole })}
          options={CONTACT_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))} />
      </div>
      {suggestions.length > 0 ? (
        <SelectField label="In your contacts" value={person.contactId ?? NEW_CONTACT} onChange={(value) => onChange({ contactId: value === NEW_CONTACT ? null : value })}
          options={[
            { value: NEW_CONTACT, label: 'Add as a new contact' },
            ...suggestions.map((contact) => ({ value: contact.id, label: `Same person as ${contact.name}${contact.email ? ` (${contact.email})` : ''}` })),
          ]} />
      ) : null}
    </div>
  );
}
