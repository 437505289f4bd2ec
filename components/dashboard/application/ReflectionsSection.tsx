import type { AppEvent, Reflection } from '../../../utils/model/application';
import { formatDate } from '../../common/dates';
import { EmptyState } from '../../common/EmptyState';
import { EVENT_LABELS } from '../../common/event-labels';

interface ReflectionsSectionProps {
  reflections: readonly Reflection[];
  events: readonly AppEvent[];
  timeZone: string;
  onEdit: (reflection: Reflection) => void;
}

/** Reflections written so far, each tied to the interview or rejection it is about. */
export function ReflectionsSection({ reflections, events, timeZone, onEdit }: ReflectionsSectionProps) {
  const byId = new Map(events.map((event) => [event.id, event]));
  if (reflections.length === 0) return <EmptyState>No reflections yet. After an interview or a rejection, a few lines while it is fresh help you spot patterns.</EmptyState>;
  return (
    <ul className="plain-list">
      {reflections.map((reflection) => {
        const event = reflection.eventId ? byId.get(reflection.eventId) : undefined;
        return (
          <li key={reflection.id} className="reflection">
            <p><strong>{event ? `${EVENT_LABELS[event.type]}, ${formatDate(event.at, timeZone)}` : 'The application as a whole'}</strong></p>
            {reflection.wentWell ? <p className="plain-text">Went well: {reflection.wentWell}</p> : null}
            {reflection.doDifferently ? <p className="plain-text">Next time: {reflection.doDifferently}</p> : null}
            {reflection.stickingPoints?.length ? <p>Sticking points: {reflection.stickingPoints.join(', ')}</p> : null}
            {reflection.missingQualifications?.length ? <p>Skill gaps: {reflection.missingQualifications.join(', ')}</p> : null}
            {reflection.outsideMyControl ? <p className="muted">Outside your control.</p> : null}
            {reflection.tags?.length ? <p>{reflection.tags.map((tag) => <span key={tag} className="tag">{tag}</span>)}</p> : null}
            <button type="button" onClick={() => onEdit(reflection)}>Edit reflection</button>
          </li>
        );
      })}
    </ul>
  );
}
