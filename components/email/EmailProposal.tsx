import { useEffect, useState } from 'react';
import { readApplicationsAndContacts } from '../../utils/db/queries/application';
import { getSettings } from '../../utils/db/queries/settings';
import type { Application, Contact } from '../../utils/model/application';
import type { MessageSource } from '../../utils/email/index';
import { logProposal } from '../../utils/email/log';
import { proposeFromMessage, type Proposal } from '../../utils/email/propose';
import { ProposalCard } from './ProposalCard';

type State =
  | { step: 'reading' }
  | { step: 'nothing' }
  | { step: 'proposal'; proposal: Proposal; applications: Application[]; contacts: Contact[]; timeZone: string }
  | { step: 'logged'; summary: string; applicationId: string }
  | { step: 'error'; message: string };

interface EmailProposalProps {
  source: MessageSource;
  /** The message's text where it is plain text already: an ATS's mail names the employer somewhere in it. */
  text?: string | null;
  /** The application the user started from, preferred when the message could be about it. */
  preferApplicationId?: string | null;
  /** Where "Open it" leads after logging (the dashboard's application page). */
  applicationHref: (applicationId: string) => string;
  /** The popup opens the dashboard in a new tab; the dashboard follows the link in place. */
  openInNewTab?: boolean;
}

/** Reads one message, proposes what to log, and logs it on the user's say-so. */
export function EmailProposal({ source, text = null, preferApplicationId = null, applicationHref, openInNewTab = false }: EmailProposalProps) {
  const [state, setState] = useState<State>({ step: 'reading' });

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const settings = await getSettings();
        // The reader and its parsers load only now, when a message is given: the popup's and dashboard's first paint never pay for them.
        const { readMessage } = await import('../../utils/email/index');
        const message = await readMessage(source, { now: new Date(), timeZone: settings.timeZone }).catch(() => {
          throw new Error("Ajar couldn't make sense of this message. Copy its text and paste it on the dashboard instead.");
        });
        const { applications, contacts } = await readApplicationsAndContacts();
        const proposal = proposeFromMessage(message, {
          applications, contacts, now: new Date(), interviewLengthMinutes: settings.interviewLengthMinutes, selfName: settings.name, text, preferApplicationId,
        });
        if (!live) return;
        setState(proposal ? { step: 'proposal', proposal, applications, contacts, timeZone: settings.timeZone } : { step: 'nothing' });
      } catch (failure) {
        if (live) setState({ step: 'error', message: failure instanceof Error ? failure.message : String(failure) });
      }
    })();
    return () => {
      live = false;
    };
  }, [source, text, preferApplicationId]);

  switch (state.step) {
    case 'reading':
      return <p aria-live="polite" aria-busy="true">Reading the message…</p>;
    case 'nothing':
      return (
        <p role="status" className="email-nothing">
          Nothing to log from this one: it reads like a job alert, a newsletter or an account email, not news about an application.
        </p>
      );
    case 'error':
      return <p role="alert" className="error">{state.message}</p>;
    case 'logged':
      return (
        <p role="status" className="email-logged">
          Logged: {state.summary}.{' '}
          <a href={applicationHref(state.applicationId)} target={openInNewTab ? '_blank' : undefined} rel={openInNewTab ? 'noreferrer' : undefined}>
            See what comes next
          </a>
        </p>
      );
    case 'proposal':
      return (
        <ProposalCard initial={state.proposal} applications={state.applications} contacts={state.contacts} timeZone={state.timeZone}
          onLog={(proposal) => logProposal(proposal)} onLogged={(logged, summary) => setState({ step: 'logged', summary, applicationId: logged.application.id })} />
      );
  }
}
