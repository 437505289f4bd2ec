import { useLiveQuery } from 'dexie-react-hooks';
import { readRecentApplications } from '../../utils/db/queries/application';
import { STAGE_LABELS } from '../common/stage-labels';
import { applicationRoute, dashboardUrl } from '../../utils/routes';

/** The last few applications touched, each a link into the dashboard. */
export function RecentApplications() {
  const recent = useLiveQuery(() => readRecentApplications(4), []);
  if (!recent || recent.length === 0) return null;
  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent</h2>
      <ul>
        {recent.map((application) => (
          <li key={application.id}>
            <a href={dashboardUrl(applicationRoute(application.id))} target="_blank" rel="noreferrer">
              {application.title} · {application.company}
            </a>
            <span className="stage">{STAGE_LABELS[application.stage]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
