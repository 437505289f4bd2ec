import { useDeferredValue, useMemo, useState } from 'react';
import { logEvent, updateSettings } from '../../../utils/db/repository';
import type { Settings } from '../../../utils/model/settings';
import type { Stage } from '../../../utils/model/application';
import { EmptyState } from '../../common/EmptyState';
import { Modal } from '../../common/Modal';
import { STAGE_LABELS } from '../../common/stage-labels';
import { InterviewForm } from '../application/InterviewForm';
import { AddApplicationForm } from './AddApplicationForm';
import type { ApplicationRow } from '../../../utils/model/application-row';
import { BoardView } from './BoardView';
import { EMPTY_CONTROLS, hasFilters, toRowFilters, type FilterControls } from './filter-state';
import { PipelineToolbar } from './PipelineToolbar';
import { DEFAULT_SORT, nextSort, type SortOrder } from './sort-rows';
import { moveToStage } from './stage-move';
import { TableView } from './TableView';
import { usePipelineData, type PipelineData } from './usePipelineData';
import { PIPELINE, applicationRoute, routeHash } from '../../../utils/routes';

/** The whole search: a board by stage or a table, sharing one search and one set of filters. */
export function PipelineView({ mode, settings }: { mode: 'board' | 'table'; settings: Settings }) {
  const [controls, setControls] = useState<FilterControls>(EMPTY_CONTROLS);
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const [adding, setAdding] = useState(false);
  const [interviewFor, setInterviewFor] = useState<ApplicationRow | null>(null);
  const [status, setStatus] = useState('');
  // Typing updates the box at once; the 10k-row filter follows a beat later without blocking keystrokes.
  const deferred = useDeferredValue(controls);
  const hideClosed = settings.hideClosed ?? false;
  const { timeZone } = settings;
  const filters = useMemo(
    () => toRowFilters(mode === 'table' ? deferred : { ...EMPTY_CONTROLS, query: deferred.query }, hideClosed, timeZone),
    [deferred, hideClosed, timeZone, mode],
  );
  const data = usePipelineData({ mode, filters, sort, hideClosed });
  const { total, complete, withPrompts } = data;

  async function move(row: ApplicationRow, to: Stage) {
    const next = moveToStage(row.stage, to);
    if (next.kind === 'none') return;
    if (next.kind === 'interview-form') {
      setInterviewFor(row);
      return;
    }
    await logEvent({ applicationId: row.id, type: next.type, at: new Date().toISOString(), stage: next.stage ?? null, note: next.note ?? null });
    setStatus(`${row.company} moved to ${STAGE_LABELS[to]}.`);
  }

  return (
    <section aria-labelledby="pipeline-title">
      <div className="view-head">
        <h1 id="pipeline-title">Pipeline</h1>
        <nav aria-label="Pipeline views" className="row">
          <a href={routeHash(PIPELINE)} className="button" aria-current={mode === 'board' ? 'page' : undefined}>Board</a>
          <a href={routeHash({ view: 'pipeline', mode: 'table' })} className="button" aria-current={mode === 'table' ? 'page' : undefined}>Table</a>
          <button type="button" className="primary" onClick={() => setAdding(true)}>Add application</button>
        </nav>
      </div>
      {adding ? (
        <AddApplicationForm onCancel={() => setAdding(false)} onAdded={(id) => (window.location.hash = routeHash(applicationRoute(id)))} />
      ) : null}
      <PipelineToolbar mode={mode} controls={controls} hideClosed={hideClosed}
        onControls={(next) => {
          setControls(next);
          setStatus('');
        }}
        onHideClosed={(hide) => void updateSettings({ hideClosed: hide })} sources={data.sources} />
      <p role="status" className="muted status-line">
        {status || statusLine(data)}
      </p>
      {!data.loaded ? null : total === 0 ? (
        <EmptyState>Nothing here yet. Save a job from any posting page, or use Add application.</EmptyState>
      ) : complete && data.matching === 0 && hasFilters(controls) ? (
        <EmptyState>No applications match. Try fewer words or clear a filter.</EmptyState>
      ) : mode === 'table' ? (
        <TableView page={data.table} sort={sort} onSort={(key) => setSort((current) => nextSort(current, key))} withPrompts={withPrompts}
          timeZone={timeZone} onShowMore={(upTo) => data.showMore('table', upTo)} />
      ) : (
        <BoardView stages={data.stages} columns={data.columns} withPrompts={withPrompts} timeZone={timeZone}
          onMove={(row, to) => void move(row, to)} onShowMore={data.showMore} />
      )}
      {interviewFor ? (
        <Modal title={`Log an interview with ${interviewFor.company}`} onClose={() => setInterviewFor(null)}>
          <InterviewForm applicationId={interviewFor.id} timeZone={timeZone} defaultDuration={settings.interviewLengthMinutes}
            onCancel={() => setInterviewFor(null)}
            onDone={() => {
              setStatus(`${interviewFor.company} moved to Interviewing.`);
              setInterviewFor(null);
            }} />
        </Modal>
      ) : null}
    </section>
  );
}

/**
 * Until every row is read the lists show the newest applications unfiltered, and the line says that
 * search and filters are on their way rather than count matches it cannot know yet.
 */
function statusLine({ total, complete, matching }: PipelineData): string {
  if (total === null) return '';
  if (!complete) return `${total} applications. Getting search and filters ready…`;
  return `${matching} of ${total} applications`;
}
