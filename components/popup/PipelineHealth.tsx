import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db/database';
import { getSettings } from '@/utils/db/settings';
import { ACTIVE_STAGES } from '@/utils/db/types';
import { pipelineHealth } from '@/utils/pipeline-health';

/** One line on how many options are live (A9), counted through the stage index. */
export function PipelineHealth() {
  const health = useLiveQuery(async () => {
    const settings = await getSettings();
    const active = await db.applications.where('stage').anyOf([...ACTIVE_STAGES]).toArray();
    return pipelineHealth(active, settings.pipelineTarget);
  }, []);
  if (!health) return <p className="health" aria-busy="true" />;
  return (
    <section className="health" aria-label="Pipeline health">
      <p data-testid="pipeline-health">
        <strong>{health.active}</strong> active · target {health.target}
      </p>
      {health.note ? <p className="calm">{health.note}</p> : null}
    </section>
  );
}
