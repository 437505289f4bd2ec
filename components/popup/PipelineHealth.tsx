import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db/database';
import { getSettings } from '@/utils/db/settings';
import { ACTIVE_STAGES } from '@/utils/db/types';
import { pipelineHealth } from '@/utils/pipeline-health';

const CONCENTRATION_LIMIT = 12;

/** One line on how many options are live (A9), counted through the stage index. */
export function PipelineHealth() {
  const health = useLiveQuery(async () => {
    const settings = await getSettings();
    // One count per stage: each is answered by the index itself, with no cursor walking records.
    const counts = await Promise.all(ACTIVE_STAGES.map((stage) => db.applications.where('stage').equals(stage).count()));
    const count = counts.reduce((sum, n) => sum + n, 0);
    // Only a small pipeline can ride on one company; a large one is counted, never loaded.
    const active = count <= CONCENTRATION_LIMIT ? (await db.applications.where('stage').anyOf([...ACTIVE_STAGES]).toArray()).map(({ company }) => ({ company })) : null;
    return pipelineHealth(active ?? count, settings.pipelineTarget);
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
