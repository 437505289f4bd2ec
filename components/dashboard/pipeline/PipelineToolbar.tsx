import { STAGES } from '../../../utils/model/application';
import { STAGE_LABELS } from '../../common/stage-labels';
import type { FilterControls } from './filter-state';
import { sourceLabel } from '../../../utils/capture/source-label';

interface PipelineToolbarProps {
  mode: 'board' | 'table';
  controls: FilterControls;
  onControls: (next: FilterControls) => void;
  hideClosed: boolean;
  onHideClosed: (hide: boolean) => void;
  sources: readonly string[];
}

/** Search and filters for both views; the table gets the finer filters. */
export function PipelineToolbar({ mode, controls, onControls, hideClosed, onHideClosed, sources }: PipelineToolbarProps) {
  const set = <K extends keyof FilterControls>(key: K, value: FilterControls[K]) => onControls({ ...controls, [key]: value });
  return (
    <div className="toolbar" role="search">
      <div className="field">
        <label htmlFor="pipeline-search">Search applications</label>
        <input id="pipeline-search" type="search" value={controls.query} placeholder="Company, role, place…"
          onChange={(event) => set('query', event.target.value)} />
      </div>
      {mode === 'table' ? (
        <>
          <div className="field">
            <label htmlFor="filter-stage">Stage</label>
            <select id="filter-stage" value={controls.stage} onChange={(event) => set('stage', event.target.value as FilterControls['stage'])}>
              <option value="">Any stage</option>
              {STAGES.map((stage) => <option key={stage} value={stage}>{STAGE_LABELS[stage]}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-source">Source</label>
            <select id="filter-source" value={controls.source} onChange={(event) => set('source', event.target.value)}>
              <option value="">Any source</option>
              {sources.map((source) => <option key={source} value={source}>{sourceLabel(source)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-from">Active from</label>
            <input id="filter-from" type="date" value={controls.from} onChange={(event) => set('from', event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="filter-to">Active until</label>
            <input id="filter-to" type="date" value={controls.to} onChange={(event) => set('to', event.target.value)} />
          </div>
          <label className="check">
            <input type="checkbox" checked={controls.onlyWithPrompts} onChange={(event) => set('onlyWithPrompts', event.target.checked)} />
            Only with a next step waiting
          </label>
        </>
      ) : null}
      <label className="check">
        <input type="checkbox" checked={hideClosed} onChange={(event) => onHideClosed(event.target.checked)} />
        Hide rejected and closed
      </label>
    </div>
  );
}
