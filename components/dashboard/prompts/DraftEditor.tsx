import { useState } from 'react';
import type { PromptKind } from '../../../utils/model/prompts';
import { mailtoUrl, type Draft } from '../../../utils/followups/drafts';

interface DraftEditorProps {
  id: string;
  kind: PromptKind;
  draft: Draft;
  /** The addressee's email, when known, fills the mail's To. */
  email: string | null;
  /** Null when sending this kind logs nothing on the timeline. */
  onSent: (() => Promise<void>) | null;
}

/** A ready draft the user can adjust, then copy or open in their mail app. Ajar never sends anything itself. */
export function DraftEditor({ id, draft, email, onSent }: DraftEditorProps) {
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body);
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(`${subject}\n\n${body}`);
      setStatus('Copied.');
    } catch {
      setStatus('Copying was blocked; select the text and copy it by hand.');
    }
  }
  return (
    <div className="draft">
      <div className="field">
        <label htmlFor={`${id}-subject`}>Subject</label>
        <input id={`${id}-subject`} value={subject} onChange={(event) => setSubject(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>Message</label>
        <textarea id={`${id}-body`} rows={9} value={body} onChange={(event) => setBody(event.target.value)} />
      </div>
      <div className="row">
        <button type="button" onClick={() => void copy()}>Copy</button>
        <a className="button" href={mailtoUrl(email ?? '', subject, body)}>Open in mail</a>
        {onSent ? (
          <button type="button" className="primary" onClick={() => void onSent().then(() => setStatus('Logged as sent.'))}>I sent it</button>
        ) : null}
        <span role="status" className="muted">{status}</span>
      </div>
    </div>
  );
}
