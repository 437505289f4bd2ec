import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { applicationRoute, dashboardUrl } from '../../utils/routes';
import type { MessageSource } from '../../utils/email/index';
import { WEBMAIL_NAMES, webmailOf, type Webmail } from '../../utils/email/webmail/detect';
import { activeTab } from '../../utils/popup/active-tab';
import './log-this-email.css';

// The proposal, the reader and its parsers load when the user reaches for the button, never with the popup;
// fetched together while the tab is being read, they are ready when the text is.
let loading: Promise<unknown> | null = null;
function preload(): Promise<unknown> {
  loading ??= Promise.all([import('./EmailProposal'), import('../../utils/email/index'), import('../../utils/email/webmail/read-tab')]).catch(() => {
    loading = null;
  });
  return loading;
}
const EmailProposal = lazy(() => import('./EmailProposal').then((module) => ({ default: module.EmailProposal })));

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'read'; source: MessageSource; text: string }
  | { step: 'error'; message: string };

/** The popup's "Log this email", on a webmail tab only: reads the open message when clicked, then proposes what to log. */
export function LogThisEmail() {
  const [tab, setTab] = useState<{ id: number; webmail: Webmail } | null>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  const section = useRef<HTMLElement>(null);

  // The proposal opens below today's prompts: bring it into view, the popup being short.
  useEffect(() => {
    if (state.step !== 'idle') section.current?.scrollIntoView({ block: 'start' });
  }, [state.step]);

  useEffect(() => {
    void activeTab().then((current) => {
      const webmail = current ? webmailOf(current.url) : null;
      if (current && webmail) setTab({ id: current.id, webmail });
    });
  }, []);

  if (!tab) return null;

  async function read() {
    if (!tab) return;
    setState({ step: 'reading' });
    void preload();
    try {
      const { readWebmailTab } = await import('../../utils/email/webmail/read-tab');
      const text = await readWebmailTab(tab.id, tab.webmail);
      setState({ step: 'read', source: { kind: 'text', text }, text });
    } catch (failure) {
      const message = failure instanceof Error && failure.message.startsWith('No open message') ? failure.message : `Ajar couldn't read this ${WEBMAIL_NAMES[tab.webmail]} tab. Select the email's text and try again, or paste it on the dashboard.`;
      setState({ step: 'error', message });
    }
  }

  return (
    <section ref={section} className="log-email" aria-label="This email">
      {state.step === 'idle' ? (
        <>
          <button type="button" className="primary" onPointerEnter={() => void preload()} onFocus={() => void preload()} onClick={() => void read()}>Log this email</button>
          <p className="muted log-email-note">Ajar reads the open message only now, proposes what to log, and stores nothing until you confirm.</p>
        </>
      ) : null}
      {state.step === 'reading' ? <p aria-live="polite">Reading the email…</p> : null}
      {state.step === 'error' ? (
        <>
          <p role="alert">{state.message}</p>
          <a href={dashboardUrl({ view: 'log-email', application: null })} target="_blank" rel="noreferrer">Paste it instead</a>
        </>
      ) : null}
      {state.step === 'read' ? (
        <Suspense fallback={<p aria-live="polite">Reading the email…</p>}>
          <EmailProposal source={state.source} text={state.text} openInNewTab applicationHref={(id) => dashboardUrl(applicationRoute(id))} />
        </Suspense>
      ) : null}
    </section>
  );
}
