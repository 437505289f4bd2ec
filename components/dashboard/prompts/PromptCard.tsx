import { useEffect, useRef, useState } from 'react';
import { eventForSentDraft, renderDraft } from '../../../utils/followups/drafts';
import { promptTitle } from '../../../utils/followups/wording';
import { formatDateTime } from '../../common/dates';
import type { Settings } from '../../../utils/model/settings';
import { DraftEditor } from './DraftEditor';
import type { PromptItem } from '../../../utils/db/queries/prompts';
import { dismiss, logSentDraft, markDone, markNoResponse, snoozeOneDay } from '../../../utils/prompt-decisions';
import { PIPELINE, applicationRoute, routeHash } from '../../../utils/routes';

interface PromptCardProps {
  item: PromptItem;
  settings: Settings;
  now: Date;
  activeCount: number;
  /** Show which application it is about (Today); the application page already says so. */
  showApplication: boolean;
  /** Opened from an address (…?prompt=key): the draft starts open and the card takes focus. */
  startOpen?: boolean;
  /** Reflection prompts open the reflection form on the application page. */
  onReflect?: (eventId: string | null) => void;
}

/** One next step: what to do in a line, a ready draft, and calm ways to settle it. */
export function PromptCard({ item, settings, now, activeCount, showApplication, startOpen = false, onReflect }: PromptCardProps) {
  const { prompt, context } = item;
  const [open, setOpen] = useState(startOpen);
  const card = useRef<HTMLLIElement>(null);
  useEffect(() => {
    // Opened from a notification or the popup: keyboard and screen-reader users start at this card.
    if (!startOpen) return;
    card.current?.scrollIntoView({ block: 'center' });
    card.current?.focus({ preventScroll: true });
  }, [startOpen]);
  const title = promptTitle(prompt, { ...context, now, timeZone: settings.timeZone, settings, activeCount });
  const draft = renderDraft(prompt.kind, { ...context, settings, timeZone: settings.timeZone }, settings.templates);
  const sentEvent = eventForSentDraft(prompt.kind);
  const app = context.application;
  const headingId = `prompt-${prompt.id}`;

  return (
    <li ref={card} className="prompt-card" aria-labelledby={headingId} tabIndex={startOpen ? -1 : undefined}>
      <p id={headingId} className="prompt-title">{title}</p>
      <p className="muted prompt-meta">
        {prompt.overdue ? 'From ' : 'Due '}{formatDateTime(prompt.dueAt, settings.timeZone)}
        {showApplication && app ? <> · <a href={routeHash(applicationRoute(app.id))}>{app.company} – {app.title}</a></> : null}
      </p>
      <div className="row">
        {draft ? (
          <button type="button" className={open ? undefined : 'primary'} aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Hide draft' : 'Draft'}
          </button>
        ) : null}
        {prompt.kind === 'reflection' && app ? (
          onReflect ? <button type="button" className="primary" onClick={() => onReflect(prompt.eventId)}>Write reflection</button>
            : <a className="button primary" href={routeHash(applicationRoute(app.id, prompt.id))}>Write reflection</a>
        ) : null}
        {prompt.kind === 'prep' && app ? <a className="button primary" href={routeHash(applicationRoute(app.id))}>Open prep notes</a> : null}
        {prompt.kind === 'pipeline' ? <a className="button primary" href={routeHash(PIPELINE)}>Open pipeline</a> : null}
        {prompt.kind === 'close-out' ? <button type="button" className="primary" onClick={() => void markNoResponse(prompt)}>Mark as no response</button> : null}
        <button type="button" onClick={() => void markDone(prompt)}>Done</button>
        <button type="button" className="quiet" onClick={() => void snoozeOneDay(prompt)}>Snooze a day</button>
        <button type="button" className="quiet" onClick={() => void dismiss(prompt)}>Dismiss</button>
      </div>
      {open && draft ? (
        <DraftEditor id={headingId} kind={prompt.kind} draft={draft} email={context.contact?.email ?? null}
          onSent={sentEvent && prompt.applicationId ? () => logSentDraft(prompt) : null} />
      ) : null}
    </li>
  );
}
