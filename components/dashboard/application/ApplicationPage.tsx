import { useCallback, useEffect, useState } from 'react';
import { deleteApplication } from '../../../utils/db/repository';
import type { AppEvent, Reflection } from '../../../utils/model/application';
import { formatDate } from '../../common/dates';
import { SafeLink } from '../../common/SafeLink';
import { STAGE_LABELS } from '../../common/stage-labels';
import type { Settings } from '../../../utils/model/settings';
import { ApplicationPrompts } from '../prompts/ApplicationPrompts';
import { ApplicationFields } from './ApplicationFields';
import { ContactsSection } from './ContactsSection';
import { LogActions } from './LogActions';
import { NotesSection } from './NotesSection';
import { ReflectionForm } from './ReflectionForm';
import { ReflectionsSection } from './ReflectionsSection';
import { Timeline } from './Timeline';
import { useApplicationRecord } from './useApplicationRecord';
import { PIPELINE, applicationRoute, routeHash } from '../../../utils/routes';
import { sourceLabel } from '../../../utils/capture/source-label';

interface ApplicationPageProps {
  id: string;
  /** A prompt key from the address (#/application/<id>?prompt=…): its draft opens straight away. */
  openPrompt: string | null;
  /** From the address (…?log=interview): the interview form opens straight away. */
  logInterview?: boolean;
  settings: Settings;
}

/** One application: what is next, what happened, the people, and the details. */
export function ApplicationPage({ id, openPrompt, logInterview = false, settings }: ApplicationPageProps) {
  const record = useApplicationRecord(id);
  const [reflecting, setReflecting] = useState<{ eventId: string | null; existing?: Reflection } | null>(null);
  const { timeZone } = settings;
  const reflect = useCallback((eventId: string | null) => setReflecting({ eventId }), []);
  // The form opens once: a reload or a bookmark of this page should not open it again.
  useEffect(() => {
    if (logInterview) history.replaceState(history.state, '', routeHash(applicationRoute(id, openPrompt)));
  }, [id, openPrompt, logInterview]);
  if (record === undefined) return <p className="muted" aria-busy="true">Opening…</p>;
  if (record === null) {
    return (
      <section>
        <h1>Not found</h1>
        <p>This application is no longer in Ajar. <a href={routeHash(PIPELINE)}>Back to the pipeline</a></p>
      </section>
    );
  }
  const { application, events, contacts, reflections } = record;
  const reflectable = events.filter((event: AppEvent) => event.type === 'interview' || event.type === 'rejected');
  return (
    <article aria-labelledby="application-title" className="application-page">
      <div className="view-head">
        <div>
          <p className="muted"><a href={routeHash(PIPELINE)}>Pipeline</a> / {STAGE_LABELS[application.stage]}</p>
          <h1 id="application-title">{application.company} – {application.title}</h1>
          <p className="muted">
            {[application.location, application.source ? `from ${sourceLabel(application.source)}` : null, `saved ${formatDate(application.createdAt, timeZone)}`].filter(Boolean).join(' · ')}
            {application.url ? <> · <SafeLink href={application.url}>Posting</SafeLink></> : null}
          </p>
        </div>
        <button type="button" className="quiet" onClick={async () => {
          if (!confirm(`Delete ${application.company} – ${application.title} and its timeline? Its contacts stay.`)) return;
          await deleteApplication(application.id);
          window.location.hash = routeHash(PIPELINE);
        }}>Delete application</button>
      </div>

      <section className="card" aria-labelledby="next-steps">
        <h2 id="next-steps">Next steps</h2>
        <ApplicationPrompts applicationId={application.id} openPrompt={openPrompt} settings={settings} onReflect={reflect} />
      </section>

      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <LogActions applicationId={application.id} timeZone={timeZone} interviewLength={settings.interviewLengthMinutes} startWithInterview={logInterview} />
        <p className="muted">Got an email or an invite about it? <a href={routeHash({ view: 'log-email', application: application.id })}>Log it from the message</a></p>
        {reflecting ? (
          <ReflectionForm applicationId={application.id} events={reflectable} eventId={reflecting.eventId} existing={reflecting.existing}
            timeZone={timeZone} onDone={() => setReflecting(null)} />
        ) : null}
        <Timeline events={events} contacts={contacts} reflections={reflections} timeZone={timeZone} interviewLength={settings.interviewLengthMinutes}
          onReflect={(event) => setReflecting({ eventId: event.id })} />
      </section>

      <section className="card" aria-labelledby="reflections-title">
        <h2 id="reflections-title">Reflections</h2>
        <ReflectionsSection reflections={reflections} events={events} timeZone={timeZone}
          onEdit={(existing) => setReflecting({ eventId: existing.eventId, existing })} />
        {!reflecting ? <button type="button" onClick={() => setReflecting({ eventId: reflectable[0]?.id ?? null })}>Write a reflection</button> : null}
      </section>

      <section className="card" aria-labelledby="people-title">
        <h2 id="people-title">People</h2>
        <ContactsSection applicationId={application.id} contacts={contacts} />
      </section>

      <section className="card" aria-labelledby="notes-title">
        <h2 id="notes-title">Notes and prep</h2>
        <NotesSection application={application} />
      </section>

      <section className="card" aria-labelledby="details-title">
        <h2 id="details-title">Details</h2>
        <ApplicationFields application={application} />
        {application.description ? (
          <>
            <h3>Description</h3>
            <div className="plain-text description">{application.description}</div>
          </>
        ) : null}
      </section>
    </article>
  );
}
