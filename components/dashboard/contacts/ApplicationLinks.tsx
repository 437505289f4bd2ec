import type { Application } from '../../../utils/model/application';
import { applicationRoute, routeHash } from '../../../utils/routes';

type AppName = Pick<Application, 'id' | 'company' | 'title'>;

/** The applications a person is part of, each a link to its page. */
export function ApplicationLinks({ ids, applications }: { ids: readonly string[]; applications: ReadonlyMap<string, AppName> }) {
  const known = ids.map((id) => applications.get(id)).filter((app): app is AppName => !!app);
  if (known.length === 0) return null;
  return (
    <p>
      {known.map((app, index) => (
        <span key={app.id}>
          {index > 0 ? ', ' : ''}
          <a href={routeHash(applicationRoute(app.id))}>{app.company} – {app.title}</a>
        </span>
      ))}
    </p>
  );
}
