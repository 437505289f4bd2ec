import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { applicationRoute, routeHash } from '../../utils/routes';
import { sourceFromFile, type MessageSource } from '../../utils/email/index';
import { TextArea } from '../common/Field';
import { EmailProposal } from './EmailProposal';

interface Given {
  source: MessageSource;
  text: string | null;
  /** Shown above the proposal: which file or paste it came from. */
  label: string;
}

/** The dashboard's "Log from an email": paste any mail client's message, or drop an .eml or an .ics invite. */
export function LogEmailView({ preferApplicationId }: { preferApplicationId: string | null }) {
  const [pasted, setPasted] = useState('');
  const [given, setGiven] = useState<Given | null>(null);
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState('');
  const fileId = useId();

  function readPasted(event: FormEvent) {
    event.preventDefault();
    const text = pasted.trim();
    if (!text) {
      setError('Paste the email first: its From, Subject and Date lines help, but the body alone works too.');
      return;
    }
    setError('');
    setGiven({ source: { kind: 'text', text }, text, label: 'The pasted email' });
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    if (!/\.(?:eml|ics|txt)$/i.test(file.name)) {
      setError(`${file.name} isn't an email or an invite Ajar can read. Choose an .eml, an .ics or a .txt file.`);
      return;
    }
    setError('');
    try {
      const content = /\.eml$/i.test(file.name) ? await file.arrayBuffer() : await file.text();
      setGiven({ source: sourceFromFile(file.name, content), text: typeof content === 'string' ? content : null, label: file.name });
    } catch {
      setError(`${file.name} could not be opened. Try saving it again from your mail or calendar.`);
    }
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  }

  return (
    // The whole view takes a drop, so a file let go beside the zone is read rather than opened by the browser.
    <section aria-labelledby="log-email-title" className="log-email-view"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={drop}>
      <h1 id="log-email-title">Log from an email</h1>
      <p className="muted">Show Ajar one message and it proposes what to log. Nothing is stored until you confirm, and nothing leaves this browser.</p>
      {given ? (
        <>
          <p className="muted">{given.label}</p>
          <EmailProposal key={`${given.label}:${given.text?.length ?? 0}`} source={given.source} text={given.text} preferApplicationId={preferApplicationId}
            applicationHref={(id) => routeHash(applicationRoute(id))} />
          <button type="button" onClick={() => setGiven(null)}>Log another message</button>
        </>
      ) : (
        <>
          <form onSubmit={readPasted}>
            <TextArea label="Paste an email" rows={10} value={pasted} onChange={(event) => setPasted(event.target.value)}
              hint="From any mail client: copy the whole message, with its From, Subject and Date lines where you can." />
            <button type="submit" className="primary">Read it</button>
          </form>
          <div className={dragging ? 'drop-zone dragging' : 'drop-zone'} data-testid="email-drop-zone">
            <p>Or drop a saved email (.eml) or a calendar invite (.ics) here.</p>
            <label htmlFor={fileId}>Choose a file</label>{' '}
            <input id={fileId} type="file" accept=".eml,.ics,.txt,message/rfc822,text/calendar" onChange={(event) => void readFile(event.target.files?.[0])} />
          </div>
        </>
      )}
      {error ? <p role="alert" className="error">{error}</p> : null}
    </section>
  );
}
