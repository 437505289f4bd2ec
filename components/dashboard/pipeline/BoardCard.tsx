import { memo } from 'react';
import { STAGES, type Stage } from '../../../utils/db/types';
import { STAGE_LABELS } from '../../common/stage-labels';
import { applicationHash } from '../routing/route';
import type { ApplicationRow } from './application-row';

interface BoardCardProps {
  row: ApplicationRow;
  hasPrompt: boolean;
  updatedLabel: string;
  onMove: (row: ApplicationRow, to: Stage) => void;
}

/** One application on the board: drag it, or use "Move to…" from the keyboard. */
export const BoardCard = memo(function BoardCard({ row, hasPrompt, updatedLabel, onMove }: BoardCardProps) {
  const name = `${row.company} – ${row.title}`;
  return (
    <article
      className="board-card"
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', row.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      aria-label={name}
    >
      <a href={applicationHash(row.id)} className="board-card-title">
        <strong>{row.company}</strong> <span>{row.title}</span>
      </a>
      <div className="board-card-meta">
        <span className="muted">{updatedLabel}</span>
        {hasPrompt ? <span className="tag">Next step</span> : null}
      </div>
      <label className="visually-hidden" htmlFor={`move-${row.id}`}>Move {name} to</label>
      <select
        id={`move-${row.id}`}
        className="board-move"
        value=""
        onChange={(event) => {
          if (event.target.value) onMove(row, event.target.value as Stage);
        }}
      >
        <option value="">Move to…</option>
        {STAGES.filter((stage) => stage !== row.stage).map((stage) => (
          <option key={stage} value={stage}>{STAGE_LABELS[stage]}</option>
        ))}
      </select>
    </article>
  );
});
