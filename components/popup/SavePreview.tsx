import { useState, type FormEvent } from 'react';
import { addApplicationUnlessTracked } from '../../utils/db/repository';
import { postingFields } from '../../utils/posting-fields';
import { trackedSummary } from '../../utils/tracked';
import type { ExtractedPosting } from '../../utils/capture/types';
import type { TrackedSummary } from '../../utils/messages';

/** The captured fields, editable, so one click saves when they are right and a fix is quick when not. */
export function SavePreview({ posting, onSaved }: { posting: ExtractedPosting; onSaved: (tracked: TrackedSummary) => void }) {
  const [title, setTitle] = useState(posting.title);
  const [company, setCompany] = useState(posting.company ?? '');
  const [location, setLocation] = useState(posting.location ?? '');
  const [applied, setApplied] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!title.trim() || !company.trim()) {
      setProblem('A title and a company are enough to start; both are needed.');
      return;
    }
    // A second press (or the chip saving it meanwhile) finds the first save instead of adding a twin.
    const { application } = await addApplicationUnlessTracked({
      ...postingFields(posting),
      title: title.trim(),
      company: company.trim(),
      location: location.trim() || null,
      stage: applied ? 'applied' : 'saved',
    });
    onSaved(await trackedSummary(application));
  }

  return (
    <form className="save-preview" onSubmit={save} aria-label="Save this posting">
      <label>
        Title
        <input value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label>
        Company
        <input value={company} onChange={(e) => setCompany(e.target.value)} required />
      </label>
      <label>
        Location
        <input value={location} onChange={(e) => setLocation(e.target.value)} />
      </label>
      <label className="inline">
        <input type="checkbox" checked={applied} onChange={(e) => setApplied(e.target.checked)} /> I've already applied
      </label>
      {problem ? <p role="alert">{problem}</p> : null}
      <button type="submit" className="primary">
        Save to Ajar
      </button>
    </form>
  );
}
