import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db/database';
import { getSettings } from '@/utils/db/settings';
import { ACTIVE_STAGES } from '@/utils/db/types';
import { pipelineHealth } from '@/utils/pipeline-health';
import { cappedLabel, countUpTo } from '@/utils/db/count-up-to';
import { searchOutcome } from '@/utils/db/search-state';
import { offerInHandLine } from '@/utils/followups/search-wording';

const CONCENTRATION_LIMIT = 12;
// Past this, "100+ active" says all there is to say about a pipeline's health.
const COUNTED = 100;

/** One line on how many options are live (A9), counted through the stage index up to a cap. */
export function PipelineHealth() {
  const health = useLiveQuery(async () => {
    const settings = await getSettings();
    const outcome = await searchOutcome();
    // Once the search is done there is no pipeline to keep healthy; Today says so.
    if (outcome.kind === 'done') return { active: 0, target: 0, note: null, done: true };
    // Keys of each active stage, at most COUNTED + 1 of each: bounded reads whatever the pipeline's size.
    const counts = await Promise.all(ACTIVE_STAGES.map((stage) => countUpTo(db.applications.where('stage').equals(stage), COUNTED)));
    const count = Math.min(counts.reduce((sum, n) => sum + n, 0), COUNTED + 1);
    // Only a small pipeline can ride on one company; a large one is counted, never loaded.
    const active = count <= CONCENTRATION_LIMIT ? (await db.applications.where('stage').anyOf([...ACTIVE_STAGES]).toArray()).map(({ company }) => ({ company })) : null;
    const healthy = pipelineHealth(active ?? count, settings.pipelineTarget);
    // With an offer in hand the nudge to add more rests (A9), and this line says why instead.
    return { ...healthy, note: outcome.kind === 'offer' ? offerInHandLine(outcome.companies) : healthy.note, done: false };
  }, []);
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
