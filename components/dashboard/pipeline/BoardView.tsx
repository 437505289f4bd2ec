import { useMemo } from 'react';
import type { Stage } from '../../../utils/model/application';
import type { ApplicationRow } from '../../../utils/model/application-row';
import { BoardColumn } from './BoardColumn';
import type { ListPage } from '../../../utils/db/queries/pipeline';

interface BoardViewProps {
  stages: readonly Stage[];
  columns: ReadonlyMap<Stage, ListPage>;
  withPrompts: ReadonlySet<string>;
  timeZone: string;
  onMove: (row: ApplicationRow, to: Stage) => void;
  onShowMore: (stage: Stage, upTo: number) => void;
}

const EMPTY_COLUMN: ListPage = { total: 0, rows: [] };

/** The pipeline by stage, one virtualized column per stage. */
export function BoardView({ stages, columns, withPrompts, timeZone, onMove, onShowMore }: BoardViewProps) {
  const byId = useMemo(() => {
    const found = new Map<string, ApplicationRow>();
    for (const page of columns.values()) for (const row of page.rows) found.set(row.id, row);
    return found;
  }, [columns]);
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
          page={columns.get(stage) ?? EMPTY_COLUMN}
          withPrompts={withPrompts}
          timeZone={timeZone}
          onMove={onMove}
          onDropId={onDropId}
          onShowMore={onShowMore}
        />
      ))}
    </div>
  );
}
