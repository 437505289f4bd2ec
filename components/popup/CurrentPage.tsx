import { useEffect, useState } from 'react';
import { markApplied as logApplied } from '../../utils/db/repository';
import { activeTab, extractFromTab, isScriptable, type ActiveTab } from '../../utils/popup/active-tab';
import { lookupTracked } from '../../utils/tracked';
import type { ExtractedPosting } from '../../utils/capture/types';
import { CLOSED_STAGES } from '../../utils/model/application';
import type { TrackedSummary } from '../../utils/messages';
import { SavePreview } from './SavePreview';
import { dashboardUrl, logInterviewRoute } from '../../utils/routes';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; posting: ExtractedPosting }
  | { step: 'not-a-posting' }
  | { step: 'by-hand' }
  | { step: 'submitted'; tracked: TrackedSummary }
  | { step: 'tracked'; tracked: TrackedSummary }
  | { step: 'error'; message: string };

/** "Save this page" for the tab the user is on, or what Ajar already knows about it. */
export function CurrentPage() {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  // A second click before the first one lands would log "applied" twice.
  const [marking, setMarking] = useState(false);

  useEffect(() => {
    void (async () => {
      const current = await activeTab();
      if (!current) return;
      setTab(current);
      if (!isScriptable(current.url)) return;
      const tracked = await lookupTracked({ url: current.url });
      if (tracked) setState({ step: 'tracked', tracked });
    })();
  }, []);

  if (!tab) return null;
  const scriptable = isScriptable(tab.url);
  const blank: ExtractedPosting = { title: '', company: null, location: null, employmentType: null, remote: null, salary: null, datePosted: null, description: null, applyUrl: null, url: scriptable ? (tab.url ?? '') : '', source: 'manual' };
  const saved = async (tracked: TrackedSummary) => setState({ step: 'tracked', tracked });

  async function read() {
    if (!tab) return;
    setState({ step: 'reading' });
    try {
      const result = await extractFromTab(tab.id);
      const known = result.posting ? await lookupTracked(result.posting) : null;
      if (result.kind === 'submitted' && known) setState({ step: 'submitted', tracked: known });
      else if (known) setState({ step: 'tracked', tracked: known });
      else if (result.kind === 'posting' && result.posting) setState({ step: 'preview', posting: result.posting });
      else setState({ step: 'not-a-posting' });
    } catch {
      setState({ step: 'error', message: "Ajar can't read this page. Browser pages and the extension store are off limits." });
    }
  }

  async function markApplied(tracked: TrackedSummary) {
    if (marking) return;
    setMarking(true);
    try {
      // Logged only while the application is still saved: a second press, or the chip, never logs it twice.
      await logApplied(tracked.applicationId);
      setState({ step: 'tracked', tracked: (await lookupTracked({ url: null, company: tracked.company, title: tracked.title }))! });
    } finally {
      setMarking(false);
    }
  }

  return (
    <section className="current-page" aria-label="This page">
      {state.step === 'idle' && scriptable ? (
        <button type="button" className="primary" onClick={read}>
          Save this page
        </button>
      ) : null}
      {state.step === 'idle' && !scriptable ? (
        <button type="button" onClick={() => setState({ step: 'by-hand' })}>
          Add an application by hand
        </button>
      ) : null}
      {state.step === 'by-hand' ? <SavePreview posting={blank} onSaved={saved} /> : null}
      {state.step === 'reading' ? <p aria-live="polite">Reading the page…</p> : null}
      {state.step === 'tracked' ? (
        <>
          <p className="tracked" data-testid="tracked">
            Tracked: {state.tracked.label}
          </p>
          <div className="tracked-actions">
            {state.tracked.stage === 'saved' ? (
              // Applied by email or on a site Ajar does not recognise: no confirmation page will offer it.
              <button type="button" disabled={marking} onClick={() => markApplied(state.tracked)}>Mark {state.tracked.company} as applied</button>
            ) : null}
            {CLOSED_STAGES.includes(state.tracked.stage) ? null : (
              <a href={dashboardUrl(logInterviewRoute(state.tracked.applicationId))} target="_blank" rel="noreferrer">
                Log an interview with {state.tracked.company}
              </a>
            )}
          </div>
        </>
      ) : null}
      {state.step === 'submitted' ? (
        <p>
          Looks like you just applied.{' '}
          <button type="button" className="primary" disabled={marking} onClick={() => markApplied(state.tracked)}>
            Mark {state.tracked.company} as applied
          </button>
        </p>
      ) : null}
      {state.step === 'preview' ? (
        <SavePreview posting={state.posting} onSaved={saved} />
      ) : null}
      {state.step === 'not-a-posting' ? (
        <>
          <p>This doesn't look like a job posting. You can still add it by hand.</p>
          <SavePreview posting={blank} onSaved={saved} />
        </>
      ) : null}
      {state.step === 'error' ? <p role="alert">{state.message}</p> : null}
    </section>
  );
}
