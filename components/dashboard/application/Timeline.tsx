import { useState } from 'react';
import { deleteEvent } from '../../../utils/db/repository';
import type { AppEvent, Contact, Reflection } from '../../../utils/model/application';
import { formatDateTime } from '../../common/dates';
import { EVENT_LABELS } from '../../common/event-labels';
import { EmptyState } from '../../common/EmptyState';
import { STAGE_LABELS } from '../../common/stage-labels';
import { EventEditForm, isWritten } from './EventEditForm';
import { InterviewForm } from './InterviewForm';

interface TimelineProps {
  events: readonly AppEvent[];
  contacts: readonly Contact[];
  reflections: readonly Reflection[];
  timeZone: string;
  /** The settings' interview length, for an interview logged without one. */
  interviewLength: number;
  onReflect: (event: AppEvent) => void;
}

/** What happened, newest first. Interviews and rejections offer a reflection while it is fresh (A7). */
export function Timeline({ events, contacts, reflections, timeZone, interviewLength, onReflect }: TimelineProps) {
  // The one event whose form is open (an interview's, or a date to correct).
  const [editing, setEditing] = useState<string | null>(null);
  const names = new Map(contacts.map((contact) => [contact.id, contact.name]));
  const reflected = new Set(reflections.map((reflection) => reflection.eventId));
  if (events.length === 0) return <EmptyState>No events yet. Log what happened with the buttons above.</EmptyState>;
  return (
    <ol className="timeline" aria-label="Timeline">
      {events.map((event) => {
        const people = (event.contactIds ?? []).map((id) => names.get(id)).filter(Boolean);
        const label = EVENT_LABELS[event.type] ?? event.type;
        return (
          <li key={event.id} className="timeline-item">
            <div className="timeline-head">
              <strong>{label}</strong>
              {event.stage && event.type === 'note' ? <span className="tag">{STAGE_LABELS[event.stage]}</span> : null}
              {event.final ? <span className="tag">Final round</span> : null}
              <span className="muted">{formatDateTime(event.at, timeZone)}</span>
            </div>
            {people.length > 0 ? <p className="muted">With {people.join(', ')}</p> : null}
            {event.note ? <p className="plain-text">{event.note}</p> : null}
            {editing === event.id && event.type === 'interview' ? (
              <InterviewForm applicationId={event.applicationId} timeZone={timeZone} defaultDuration={interviewLength} editing={event}
                onDone={() => setEditing(null)} onCancel={() => setEditing(null)} />
            ) : null}
            {editing === event.id && event.type !== 'interview' ? <EventEditForm event={event} label={label} timeZone={timeZone} onDone={() => setEditing(null)} /> : null}
            <div className="row">
              {(event.type === 'interview' || event.type === 'rejected') && !reflected.has(event.id) ? (
                <button type="button" onClick={() => onReflect(event)}>Reflect on this {event.type === 'interview' ? 'interview' : 'rejection'}</button>
              ) : null}
              {/* The saved moment is the application's own creation date, shown in its header: it stays put. */}
              {editing !== event.id && event.type !== 'saved' ? (
                event.type === 'interview' ? (
                  <button type="button" className="quiet" onClick={() => setEditing(event.id)}>Edit interview</button>
                ) : isWritten(event) ? (
                  <button type="button" className="quiet" aria-label={`Edit: ${label}`} onClick={() => setEditing(event.id)}>Edit</button>
                ) : (
                  <button type="button" className="quiet" aria-label={`Change date: ${label}`} onClick={() => setEditing(event.id)}>Change date</button>
                )
              ) : null}
              {event.type !== 'saved' ? (
                <button type="button" className="quiet" onClick={() => {
                  if (confirm(`Remove this ${label.toLowerCase()} from the timeline?`)) void deleteEvent(event.id);
                }}>
                  Delete {label.toLowerCase()}
                </button>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
