import { routeHash, type Route, type View } from '../../utils/routes';

const ITEMS: readonly { route: Route; label: string }[] = [
  { route: { view: 'today' }, label: 'Today' },
  { route: { view: 'pipeline', mode: 'board' }, label: 'Pipeline' },
  { route: { view: 'contacts' }, label: 'Contacts' },
  { route: { view: 'insights' }, label: 'Insights' },
  { route: { view: 'settings' }, label: 'Settings' },
];

/** The left navigation; an application page belongs to Pipeline. */
export function Nav({ current }: { current: View }) {
  const section = current === 'application' ? 'pipeline' : current;
  return (
    <nav className="side-nav" aria-label="Dashboard">
      <p className="brand">Ajar</p>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.route.view}>
            <a href={routeHash(item.route)} aria-current={section === item.route.view ? 'page' : undefined}>{item.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
