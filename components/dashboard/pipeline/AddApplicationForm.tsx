import { useState, type FormEvent } from 'react';
import { addApplication } from '../../../utils/db/repository';
import { TextField } from '../../common/Field';

/** Adds a job by hand, for postings the in-page chip could not read or jobs heard about in person. */
export function AddApplicationForm({ onAdded, onCancel }: { onAdded: (id: string) => void; onCancel: () => void }) {
  const [company, setCompany] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [applied, setApplied] = useState(false);
  const [error, setError] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!company.trim() || !title.trim()) {
      setError('A company and a role are enough to start.');
      return;
    }
    try {
      const application = await addApplication({ company, title, url: url.trim() || null, source: 'manual', stage: applied ? 'applied' : 'saved' });
      onAdded(application.id);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }
  return (
    <form className="card" onSubmit={submit} aria-label="Add an application">
      <h2>Add an application</h2>
      <div className="grid-2">
        <TextField label="Company" required value={company} onChange={(event) => setCompany(event.target.value)} autoFocus />
        <TextField label="Role" required value={title} onChange={(event) => setTitle(event.target.value)} />
        <TextField label="Posting address" type="url" value={url} onChange={(event) => setUrl(event.target.value)} />
      </div>
      <label className="check">
        <input type="checkbox" checked={applied} onChange={(event) => setApplied(event.target.checked)} /> I have applied already
      </label>
      {error ? <p role="alert" className="error">{error}</p> : null}
      <div className="row form-actions">
        <button type="submit" className="primary">Add</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
