import { useLiveQuery } from 'dexie-react-hooks';
import { cappedLabel } from '../../utils/db/count-up-to';
import { readPipelineHealth } from '../../utils/db/queries/pipeline-health';

// Past this, "100+ active" says all there is to say about a pipeline's health.
const COUNTED = 100;

/** One line on how many options are live (A9), counted through the stage index up to a cap. */
export function PipelineHealth() {
  const health = useLiveQuery(() => readPipelineHealth(COUNTED), []);
  if (!health) return <p className="health" aria-busy="true" />;
  if (health.done) return null;
  return (
    <section className="health" aria-label="Pipeline health">
      <p data-testid="pipeline-health">
        <strong>{cappedLabel(health.active, COUNTED)}</strong> active · target {health.target}
      </p>
      {health.note ? <p className="calm">{health.note}</p> : null}
    </section>
  );
}
