import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { Stage } from '../../../utils/model/application';
import { formatDate } from '../../common/dates';
import { STAGE_LABELS } from '../../common/stage-labels';
import type { ApplicationRow } from '../../../utils/model/application-row';
import { BoardCard } from './BoardCard';
import type { ListPage } from '../../../utils/db/queries/pipeline';
import { useAskForMore } from './useAskForMore';

/** Card height plus gap, fixed in CSS, so the virtualizer never has to measure. */
const CARD_SLOT = 104;

interface BoardColumnProps {
  stage: Stage;
  /** The cards read so far and how many the column has in all (null while not counted). */
  page: ListPage;
  withPrompts: ReadonlySet<string>;
  timeZone: string;
  onMove: (row: ApplicationRow, to: Stage) => void;
  onDropId: (id: string, to: Stage) => void;
  onShowMore: (stage: Stage, upTo: number) => void;
}

/** One stage's column; only the cards in view are in the DOM, so a column of 5,000 scrolls smoothly. */
export function BoardColumn({ stage, page, withPrompts, timeZone, onMove, onDropId, onShowMore }: BoardColumnProps) {
  const { rows, total } = page;
  // Until the column is counted, it is as long as what it holds (and asks for more at its end).
  const count = total ?? rows.length;
  const scroller = useRef<HTMLDivElement>(null);
  const [dropping, setDropping] = useState(false);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_SLOT,
    overscan: 4,
    initialRect: { width: 240, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  useAskForMore(items, rows.length, total, (upTo) => onShowMore(stage, upTo));
  const headingId = `column-${stage}`;
  return (
    <section
      className={`board-column${dropping ? ' dropping' : ''}`}
      aria-labelledby={headingId}
      onDragOver={(event) => {
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDropping(false);
        const id = event.dataTransfer.getData('text/plain');
        if (id) onDropId(id, stage);
      }}
    >
      <h2 id={headingId} className="board-column-title">
        {STAGE_LABELS[stage]} <span className="muted">{total ?? ''}</span>
      </h2>
      <div ref={scroller} className="board-column-scroll" tabIndex={-1}>
        {count === 0 ? <p className="muted board-empty">Drop a card here</p> : null}
        <div role="list" aria-labelledby={headingId} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            // Scrolled past the cards read so far: an empty slot holds the place until they arrive.
            if (!row) return <div role="listitem" key={`pending-${item.index}`} aria-busy="true" style={pendingSlot(item.start)} />;
            return (
              <div
                role="listitem"
                key={row.id}
                aria-setsize={total ?? -1}
                aria-posinset={item.index + 1}
                className="board-slot"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <BoardCard row={row} hasPrompt={withPrompts.has(row.id)} updatedLabel={formatDate(row.updatedAt, timeZone)} onMove={onMove} />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}

/** Not a `.board-slot`: a placeholder must not count as a card on screen. */
function pendingSlot(start: number) {
  return { position: 'absolute', top: 0, left: 0, right: 0, height: CARD_SLOT, transform: `translateY(${start}px)` } as const;
}
