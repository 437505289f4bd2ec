import { useState, type FormEvent } from 'react';
import { saveReflection } from '../../../utils/db/repository';
import type { AppEvent, Reflection } from '../../../utils/model/application';
import { formatDate } from '../../common/dates';
import { EVENT_LABELS } from '../../common/event-labels';
import { TextArea, TextField } from '../../common/Field';
import { joinList, splitList } from '../../common/list-text';

interface ReflectionFormProps {
  applicationId: string;
  /** Interviews and rejections this reflection can be about. */
  events: readonly AppEvent[];
  eventId: string | null;
  existing?: Reflection;
  timeZone: string;
  onDone: () => void;
}

/** Two minutes while it is fresh (A7): what went well, what to change, and what was never yours to change. */
export function ReflectionForm({ applicationId, events, eventId, existing, timeZone, onDone }: ReflectionFormProps) {
  const [about, setAbout] = useState(existing?.eventId ?? eventId ?? events[0]?.id ?? '');
  const [wentWell, setWentWell] = useState(existing?.wentWell ?? '');
  const [doDifferently, setDoDifferently] = useState(existing?.doDifferently ?? '');
  const [sticking, setSticking] = useState(joinList(existing?.stickingPoints));
  const [gaps, setGaps] = useState(joinList(existing?.missingQualifications));
  const [outside, setOutside] = useState<boolean | null>(existing?.outsideMyControl ?? null);
  const [tags, setTags] = useState(joinList(existing?.tags));

  async function submit(event: FormEvent) {
    event.preventDefault();
    await saveReflection({
      id: existing?.id,
      applicationId,
      eventId: about || null,
      wentWell: wentWell.trim(),
      doDifferently: doDifferently.trim(),
      stickingPoints: splitList(sticking),
      missingQualifications: splitList(gaps),
      outsideMyControl: outside ?? false,
      tags: splitList(tags),
    });
    onDone();
  }

  return (
    <form onSubmit={submit} className="card" aria-label="Reflection">
      <h3>Reflection</h3>
      <div className="field">
        <label htmlFor={`reflect-about-${applicationId}`}>About</label>
        <select id={`reflect-about-${applicationId}`} value={about} onChange={(event) => setAbout(event.target.value)}>
          {events.map((option) => (
            <option key={option.id} value={option.id}>{EVENT_LABELS[option.type]}, {formatDate(option.at, timeZone)}</option>
          ))}
          <option value="">The application as a whole</option>
        </select>
      </div>
      <TextArea label="What went well" rows={2} value={wentWell} onChange={(event) => setWentWell(event.target.value)} />
      <TextArea label="What you would do differently" rows={2} value={doDifferently} onChange={(event) => setDoDifferently(event.target.value)} />
      <TextField label="Sticking points" hint="Separate with commas, e.g. system design, salary question." value={sticking} onChange={(event) => setSticking(event.target.value)} />
      <TextField label="Missing qualifications" hint="Skill gaps become your upskilling list in Insights." value={gaps} onChange={(event) => setGaps(event.target.value)} />
      <fieldset>
        <legend>Was the outcome outside your control?</legend>
        <label className="check"><input type="radio" name={`outside-${applicationId}`} checked={outside === true} onChange={() => setOutside(true)} /> Yes</label>
        <label className="check"><input type="radio" name={`outside-${applicationId}`} checked={outside === false} onChange={() => setOutside(false)} /> No</label>
      </fieldset>
      <TextField label="Tags" hint="Separate with commas." value={tags} onChange={(event) => setTags(event.target.value)} />
      <div className="row">
        <button type="submit" className="primary">Save reflection</button>
        <button type="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
