import type { LivePrompt } from '../../utils/db/queries/due-prompts';
import type { PromptContext } from '../../utils/db/queries/prompt-context';
import type { Settings } from '../../utils/model/settings';
import { promptTitle } from '../../utils/followups/wording';
import { dismiss, markDone, snoozeOneDay } from '../../utils/prompt-decisions';
import { PIPELINE, dashboardUrl, promptRoute } from '../../utils/routes';

interface Props {
  prompt: LivePrompt;
  context: PromptContext | undefined;
  now: Date;
  settings: Settings;
}

/** One prompt, one line: what to do and for whom, its main action, and a quiet snooze. */
export function PromptRow({ prompt, context, now, settings }: Props) {
  const title = promptTitle(prompt, { ...emptyContext, ...context, now, timeZone: settings.timeZone, settings });
  const draftUrl = dashboardUrl(promptRoute(prompt, PIPELINE));
  return (
    <li className="prompt" data-kind={prompt.kind}>
      <p className="prompt-title">{title}</p>
      <div className="prompt-actions">
        <a className="button primary" href={draftUrl} target="_blank" rel="noreferrer">
          {prompt.kind === 'pipeline' ? 'Open pipeline' : OPEN_KINDS.includes(prompt.kind) ? 'Open' : 'Draft'}
        </a>
        <button type="button" onClick={() => void markDone(prompt)}>
          Done
        </button>
        <button type="button" className="link" onClick={() => void snoozeOneDay(prompt, now)}>
          Snooze a day
        </button>
        <button type="button" className="link" aria-label={`Dismiss: ${title}`} onClick={() => void dismiss(prompt)}>
          Dismiss
        </button>
      </div>
    </li>
  );
}

/** Kinds with no message to draft: their main action opens the application. */
const OPEN_KINDS: readonly LivePrompt['kind'][] = ['close-out', 'reflection', 'prep', 'offer-decision'];

const emptyContext: PromptContext = { application: null, contact: null, event: null };
