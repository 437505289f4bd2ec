import { useState, type FormEvent } from 'react';
import { updateApplication } from '../../../utils/db/repository';
import type { Application } from '../../../utils/model/application';
import { TextArea } from '../../common/Field';

/** Questions to ask are kept beside the research; stored as an extra field the backup keeps as-is. */
type WithQuestions = Application & { prepQuestions?: string | null };

/** Free notes and interview prep (A10): research on the company and questions to ask them. */
export function NotesSection({ application }: { application: WithQuestions }) {
  const [notes, setNotes] = useState(application.notes ?? '');
  const [research, setResearch] = useState(application.prepNotes ?? '');
  const [questions, setQuestions] = useState(application.prepQuestions ?? '');
  const [status, setStatus] = useState('');
  async function save(event: FormEvent) {
    event.preventDefault();
    await updateApplication(application.id, { notes: notes || null, prepNotes: research || null, prepQuestions: questions || null } as Partial<WithQuestions>);
    setStatus('Saved.');
  }
  return (
    <form onSubmit={save} aria-label="Notes and prep">
      <TextArea label="Notes" value={notes} onChange={(event) => setNotes(event.target.value)} />
      <div className="grid-2">
        <TextArea label="Research" hint="What they make, recent news, who you will meet." value={research} onChange={(event) => setResearch(event.target.value)} />
        <TextArea label="Questions to ask" hint="Next steps, the team, what success looks like." value={questions} onChange={(event) => setQuestions(event.target.value)} />
      </div>
      <div className="row">
        <button type="submit" className="primary">Save notes</button>
        <span role="status" className="muted">{status}</span>
      </div>
    </form>
  );
}
