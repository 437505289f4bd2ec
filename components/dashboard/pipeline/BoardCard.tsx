import { memo } from 'react';
import type { Stage } from '../../../utils/model/application';
import type { ApplicationRow } from '../../../utils/model/application-row';
import { MoveMenu } from './MoveMenu';
import { applicationRoute, routeHash } from '../../../utils/routes';

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
      <a href={routeHash(applicationRoute(row.id))} className="board-card-title">
        <strong>{row.company}</strong> <span>{row.title}</span>
      </a>
      <div className="board-card-meta">
        <span className="muted">{updatedLabel}</span>
        {hasPrompt ? <span className="tag">Next step</span> : null}
      </div>
      <MoveMenu name={name} current={row.stage} onChoose={(to) => onMove(row, to)} />
    </article>
  );
});
