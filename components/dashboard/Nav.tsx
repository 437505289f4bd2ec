import type { View } from './routing/route';

const ITEMS: readonly { view: View; href: string; label: string }[] = [
  { view: 'today', href: '#/today', label: 'Today' },
  { view: 'pipeline', href: '#/pipeline', label: 'Pipeline' },
  { view: 'contacts', href: '#/contacts', label: 'Contacts' },
  { view: 'insights', href: '#/insights', label: 'Insights' },
  { view: 'settings', href: '#/settings', label: 'Settings' },
];

/** The left navigation; an application page belongs to Pipeline. */
export function Nav({ current }: { current: View }) {
  const section = current === 'application' ? 'pipeline' : current;
  return (
    <nav className="side-nav" aria-label="Dashboard">
      <p className="brand">Ajar</p>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.view}>
            <a href={item.href} aria-current={section === item.view ? 'page' : undefined}>{item.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
