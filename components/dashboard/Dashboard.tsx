import { lazy, Suspense, useEffect, useRef } from 'react';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { useSettings } from '../common/useSettings';
import { ApplicationPage } from './application/ApplicationPage';
import { ContactsView } from './contacts/ContactsView';
import { InsightsView } from './insights/InsightsView';
import { Nav } from './Nav';
import { PipelineView } from './pipeline/PipelineView';
import { useHashRoute } from './routing/useHashRoute';
import { SettingsView } from './settings/SettingsView';
import { TodayView } from './today/TodayView';
import { WelcomeView } from './welcome/WelcomeView';
import { routeHash, type Route } from '../../utils/routes';

// The email reader and its parsers are a chunk of their own, loaded when this view opens.
const LogEmailView = lazy(() => import('../email/LogEmailView').then((module) => ({ default: module.LogEmailView })));

const TITLES: Record<Route['view'], string> = {
  today: 'Today', pipeline: 'Pipeline', application: 'Application', contacts: 'Contacts',
  insights: 'Insights', settings: 'Settings', welcome: 'Welcome', 'log-email': 'Log from an email',
};

/** The options page: navigation on the left, one view at a time on the right, chosen by the hash. */
export function Dashboard() {
  const [route] = useHashRoute();
  const settings = useSettings();
  const main = useRef<HTMLElement>(null);
  const firstView = useRef(true);

  // A new view moves focus to its content so keyboard and screen-reader users start there, not in the nav.
  const viewKey = route.view === 'application' ? `application/${route.id}` : route.view;
  useEffect(() => {
    document.title = `${TITLES[route.view]} · Ajar`;
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [viewKey, route.view]);

  return (
    <div className="layout">
      <a href="#main" className="skip-link" onClick={(event) => {
        event.preventDefault();
        main.current?.focus();
      }}>Skip to content</a>
      <Nav current={route.view} />
      <main id="main" ref={main} tabIndex={-1} className="main">
        {settings && !settings.onboarded && route.view !== 'welcome' ? (
          // The background opens the welcome on install; a route that skipped it still offers it, never forces it.
          <p className="banner">New here? <a href={routeHash({ view: 'welcome' })}>Take one minute to set up Ajar</a>.</p>
        ) : null}
        {settings ? (
          // One view meeting data it cannot show says so in its place; the navigation and every other view still work.
          <ErrorBoundary what="this view" resetKey={viewKey}>
            <CurrentView route={route} settings={settings} />
          </ErrorBoundary>
        ) : <p className="muted" aria-busy="true">Opening your search…</p>}
      </main>
    </div>
  );
}

function CurrentView({ route, settings }: { route: Route; settings: NonNullable<ReturnType<typeof useSettings>> }) {
  switch (route.view) {
    case 'pipeline':
      return <PipelineView mode={route.mode} settings={settings} />;
    case 'application':
      return <ApplicationPage key={route.id} id={route.id} openPrompt={route.prompt} logInterview={route.log === 'interview'} settings={settings} />;
    case 'contacts':
      return <ContactsView settings={settings} />;
    case 'insights':
      return <InsightsView settings={settings} />;
    case 'settings':
      return <SettingsView settings={settings} />;
    case 'welcome':
      return <WelcomeView settings={settings} />;
    case 'log-email':
      return <Suspense fallback={<p className="muted" aria-busy="true">Opening…</p>}><LogEmailView preferApplicationId={route.application} /></Suspense>;
    default:
      return <TodayView settings={settings} />;
  }
}
