import { useState } from 'react';
import { logEvent } from '../../../utils/db/repository';
import type { EventType } from '../../../utils/model/application';
import { instantOf, localDateOf } from '../../common/dates';
import { EVENT_LABELS } from '../../common/event-labels';
import { TextArea } from '../../common/Field';
import { InterviewForm } from './InterviewForm';

// One click logs these now; the ones that carry words open a short text box first.
const ONE_CLICK: readonly { type: EventType; label: string }[] = [
  { type: 'applied', label: 'Applied' },
  { type: 'response', label: 'Response' },
  { type: 'rejected', label: 'Rejection' },
  { type: 'offer', label: 'Offer' },
  { type: 'follow-up-sent', label: 'Message sent' },
  { type: 'thank-you-sent', label: 'Thank-you sent' },
];
const WITH_TEXT: readonly { type: EventType; label: string }[] = [
  { type: 'feedback-received', label: 'Feedback received' },
  { type: 'note', label: 'Note' },
];

interface LogActionsProps {
  applicationId: string;
  timeZone: string;
  interviewLength: number;
  /** Open the interview form at once (the popup's "Log an interview" link). */
  startWithInterview?: boolean;
}

/** The log bar: what just happened, in one click. */
export function LogActions({ applicationId, timeZone, interviewLength, startWithInterview = false }: LogActionsProps) {
  const [open, setOpen] = useState<'interview' | EventType | null>(startWithInterview ? 'interview' : null);
  const [text, setText] = useState('');
  const [day, setDay] = useState('');
  const [status, setStatus] = useState('');
  const today = localDateOf(Date.now(), timeZone);
  // An earlier day is logged at noon there, so it never lands on the wrong side of midnight.
  const at = () => (day && day !== today ? instantOf(day, '12:00', timeZone) ?? new Date() : new Date()).toISOString();

  async function log(type: EventType, note: string | null = null) {
    await logEvent({ applicationId, type, at: at(), note });
    setStatus(`${EVENT_LABELS[type]} logged.`);
    setOpen(null);
    setText('');
  }

  return (
    <div className="log-actions">
      <div className="row">
        <span className="muted">Log:</span>
        {ONE_CLICK.slice(0, 1).map((action) => (
          <button key={action.type} type="button" onClick={() => void log(action.type)}>{action.label}</button>
        ))}
        <button type="button" aria-expanded={open === 'interview'} onClick={() => setOpen(open === 'interview' ? null : 'interview')}>Interview</button>
        {ONE_CLICK.slice(1).map((action) => (
          <button key={action.type} type="button" onClick={() => void log(action.type)}>{action.label}</button>
        ))}
        {WITH_TEXT.map((action) => (
          <button key={action.type} type="button" aria-expanded={open === action.type} onClick={() => setOpen(open === action.type ? null : action.type)}>
            {action.label}
          </button>
        ))}
      </div>
      <div className="row">
        <label htmlFor={`log-day-${applicationId}`} className="muted">It happened on</label>
        <input id={`log-day-${applicationId}`} type="date" value={day || today} max={today} onChange={(event) => setDay(event.target.value)} />
      </div>
      {open === 'interview' ? (
        <InterviewForm applicationId={applicationId} timeZone={timeZone} defaultDuration={interviewLength} focusFirst={startWithInterview}
          onCancel={() => setOpen(null)} onDone={() => {
            setOpen(null);
            setStatus('Interview logged.');
          }} />
      ) : null}
      {open === 'note' || open === 'feedback-received' ? (
        <form onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) void log(open, text.trim());
        }}>
          <TextArea label={open === 'note' ? 'Note' : 'What they said'} value={text} onChange={(event) => setText(event.target.value)} autoFocus />
          <div className="row">
            <button type="submit" className="primary">Save {open === 'note' ? 'note' : 'feedback'}</button>
            <button type="button" onClick={() => setOpen(null)}>Cancel</button>
          </div>
        </form>
      ) : null}
      <p role="status" className="muted status-line">{status}</p>
    </div>
  );
}
