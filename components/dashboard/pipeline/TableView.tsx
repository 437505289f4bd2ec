import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { formatDate } from '../../common/dates';
import { STAGE_LABELS } from '../../common/stage-labels';
import type { ListPage } from '../../../utils/db/queries/pipeline';
import type { SortKey, SortOrder } from './sort-rows';
import { useAskForMore } from './useAskForMore';
import { applicationRoute, routeHash } from '../../../utils/routes';
import { sourceLabel } from '../../../utils/capture/source-label';

const ROW_HEIGHT = 44;

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'company', label: 'Company' },
  { key: 'title', label: 'Role' },
  { key: 'stage', label: 'Stage' },
  { key: 'source', label: 'Source' },
  { key: 'location', label: 'Location' },
  { key: 'updatedAt', label: 'Last activity' },
];

interface TableViewProps {
  /** The rows read so far, in the order shown, and how many the table has in all. */
  page: ListPage;
  sort: SortOrder;
  onSort: (key: SortKey) => void;
  withPrompts: ReadonlySet<string>;
  timeZone: string;
  onShowMore: (upTo: number) => void;
}

/** Every application as a sortable table; only the rows in view are rendered (ARIA row indexes keep the count). */
export function TableView({ page, sort, onSort, withPrompts, timeZone, onShowMore }: TableViewProps) {
  const { rows, total } = page;
  const count = total ?? rows.length;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 1000, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  useAskForMore(items, rows.length, total, onShowMore);
  return (
    <div role="table" aria-label="Applications" aria-rowcount={total === null ? -1 : total + 1} className="app-table">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="app-table-row app-table-head">
          {COLUMNS.map((column) => (
            <div
              role="columnheader"
              key={column.key}
              aria-sort={sort.key === column.key ? sort.direction : 'none'}
            >
              <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                {column.label}
                <span aria-hidden="true">{sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" ref={scroller} className="app-table-body">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            // Scrolled past the rows read so far: an empty row holds the place until they arrive.
            if (!row) {
              return <div role="row" key={`pending-${item.index}`} aria-rowindex={item.index + 2} aria-busy="true" className="app-table-row"
                style={{ transform: `translateY(${item.start}px)` }} />;
            }
            return (
              <div
                role="row"
                key={row.id}
                aria-rowindex={item.index + 2}
                className="app-table-row"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <div role="cell">
                  <a href={routeHash(applicationRoute(row.id))}>{row.company || 'Unnamed company'}</a>
                </div>
                <div role="cell">{row.title}</div>
                <div role="cell">
                  {STAGE_LABELS[row.stage]}
                  {withPrompts.has(row.id) ? <span className="tag table-tag">next step</span> : null}
                </div>
                <div role="cell">{sourceLabel(row.source)}</div>
                <div role="cell">{row.location}</div>
                <div role="cell">{formatDate(row.updatedAt, timeZone)}</div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
