import { useMemo } from 'react';
import { CLOSED_STAGES, STAGES, type Stage } from '../../../utils/db/types';
import type { ApplicationRow } from './application-row';
import { BoardColumn } from './BoardColumn';

interface BoardViewProps {
  rows: readonly ApplicationRow[];
  hideClosed: boolean;
  withPrompts: ReadonlySet<string>;
  timeZone: string;
  onMove: (row: ApplicationRow, to: Stage) => void;
}

/** The pipeline by stage, one virtualized column per stage. */
export function BoardView({ rows, hideClosed, withPrompts, timeZone, onMove }: BoardViewProps) {
  const byStage = useMemo(() => {
    const groups = new Map<Stage, ApplicationRow[]>(STAGES.map((stage) => [stage, []]));
    for (const row of rows) groups.get(row.stage)?.push(row);
    return groups;
  }, [rows]);
  const byId = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);
  const stages = hideClosed ? STAGES.filter((stage) => !CLOSED_STAGES.includes(stage)) : STAGES;
  const onDropId = (id: string, to: Stage) => {
    const row = byId.get(id);
    if (row) onMove(row, to);
  };
  return (
    <div className="board">
      {stages.map((stage) => (
        <BoardColumn
          key={stage}
          stage={stage}
          rows={byStage.get(stage) ?? []}
          withPrompts={withPrompts}
          timeZone={timeZone}
          onMove={onMove}
          onDropId={onDropId}
        />
      ))}
    </div>
  );
}
