import { formatName, type ImportPlan } from '../../utils/io/csv-import';
import { formatDate } from '../common/dates';
import { STAGE_LABELS } from '../common/stage-labels';

const SHOWN_ROWS = 5;
const SHOWN_ERRORS = 8;

/** What the import would do: counts, the first new rows, and every problem by row, before anything is written. */
export function ImportPreview({ plan, timeZone }: { plan: ImportPlan; timeZone: string }) {
  const appliedOf = (row: ImportPlan['fresh'][number]) => row.events.find((event) => event.type === 'applied')?.at;
  return (
    <div className="import-preview">
      <p>
        Read as {formatName(plan.format)}: <strong data-testid="count-new">{plan.fresh.length} new</strong>,{' '}
        <span data-testid="count-duplicates">{plan.duplicates.length} already tracked or repeated (skipped)</span>,{' '}
        <span data-testid="count-errors">{plan.errors.length} {plan.errors.length === 1 ? 'problem' : 'problems'}</span>.
      </p>
      {plan.fresh.length > 0 ? (
        <table>
          <caption className="visually-hidden">First applications to import</caption>
          <thead>
            <tr><th scope="col">Row</th><th scope="col">Company</th><th scope="col">Title</th><th scope="col">Stage</th><th scope="col">Applied</th></tr>
          </thead>
          <tbody>
            {plan.fresh.slice(0, SHOWN_ROWS).map((row) => (
              <tr key={row.row}>
                <td>{row.row}</td>
                <td>{row.application.company}</td>
                <td>{row.application.title}</td>
                <td>{STAGE_LABELS[row.application.stage]}</td>
                <td>{formatDate(appliedOf(row), timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {plan.errors.length > 0 ? (
        <ul className="error import-errors">
          {plan.errors.slice(0, SHOWN_ERRORS).map((error, index) => <li key={index}>{error.message}</li>)}
          {plan.errors.length > SHOWN_ERRORS ? <li>…and {plan.errors.length - SHOWN_ERRORS} more.</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
