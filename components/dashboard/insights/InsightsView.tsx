import { useLiveQuery } from 'dexie-react-hooks';
import { readInsightsRecords } from '../../../utils/db/queries/insights';
import { BarChart } from '../../common/BarChart';
import { EmptyState } from '../../common/EmptyState';
import type { Settings } from '../../../utils/model/settings';
import { computeInsights, COUNTED_EVENT_TYPES } from './compute';
import { UpskillingList } from './UpskillingList';
import { sourceLabel } from '../../../utils/capture/source-label';

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** What is working: the funnel, which sources answer, and the patterns reflections reveal. */
export function InsightsView({ settings }: { settings: Settings }) {
  const insights = useLiveQuery(async () => {
    const { applications, events, reflections } = await readInsightsRecords(COUNTED_EVENT_TYPES);
    return computeInsights(applications, events, reflections);
  }, []);
  if (!insights) return <p className="muted" aria-busy="true">Adding things up…</p>;
  const { funnel } = insights;
  return (
    <section aria-labelledby="insights-title">
      <h1 id="insights-title">Insights</h1>
      {funnel.saved === 0 ? <EmptyState>Insights fill in as you go. Save a job from any posting page to start.</EmptyState> : null}
      <div className="card">
        <BarChart title="From saved to offer" bars={[
          { label: 'Saved', value: funnel.saved, valueText: `${funnel.saved} saved` },
          { label: 'Applied', value: funnel.applied, valueText: `${funnel.applied} applied` },
          { label: 'Interview', value: funnel.interview, valueText: `${funnel.interview} interviewed` },
          { label: 'Offer', value: funnel.offer, valueText: `${funnel.offer} with an offer` },
        ]} />
      </div>
      <div className="card">
        <h2>Where answers come from</h2>
        {insights.bySource.length === 0 ? <EmptyState>Once you log applications, you will see which sources answer and how fast.</EmptyState> : (
          <>
            <BarChart title="Response rate by source" bars={insights.bySource.map((row) => ({
              label: sourceLabel(row.source), value: row.rate, valueText: `${percent(row.rate)} of ${row.applied}`,
            }))} />
            <table className="simple-table">
              <caption className="visually-hidden">Response rate and time to first response by source</caption>
              <thead><tr><th scope="col">Source</th><th scope="col">Applied</th><th scope="col">Answered</th><th scope="col">Median days to first answer</th></tr></thead>
              <tbody>
                {insights.bySource.map((row) => (
                  <tr key={row.source}>
                    <th scope="row">{sourceLabel(row.source)}</th><td>{row.applied}</td><td>{row.responded} ({percent(row.rate)})</td>
                    <td>{row.medianDays === null ? '—' : row.medianDays}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
      <div className="card">
        <h2>From your reflections</h2>
        <p>{insights.reflections === 1 ? '1 reflection written.' : `${insights.reflections} reflections written.`}</p>
        {insights.stickingPoints.length > 0 ? (
          <BarChart title="Recurring sticking points" bars={insights.stickingPoints.slice(0, 10).map((item) => ({ label: item.label, value: item.count }))} />
        ) : <EmptyState>Sticking points you note after interviews will be tallied here.</EmptyState>}
        {insights.rejections > 0 ? (
          <>
            <p>
              {insights.rejectionsOutsideControl} of {insights.rejections} {insights.rejections === 1 ? 'rejection was' : 'rejections were'} outside your control, by your own account.
            </p>
            <p className="muted">Many reasons are outside a candidate's control: an internal hire, a budget change, a role that moved.</p>
          </>
        ) : null}
      </div>
      <div className="card">
        <h2>Upskilling</h2>
        {insights.skillGaps.length > 0 ? <UpskillingList gaps={insights.skillGaps} settings={settings} /> : (
          <EmptyState>Missing qualifications from your reflections become a list to work through here.</EmptyState>
        )}
      </div>
    </section>
  );
}
