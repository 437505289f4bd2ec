import { browser } from 'wxt/browser';

// The one place addresses into the dashboard are made and read: the popup, the chip, notifications and the
// dashboard's own links all go through here, so a place has exactly one address.

/** Every place in the dashboard, one per hash route, so a notification or the popup can open it exactly. */
export type Route =
  | { view: 'today' }
  | { view: 'pipeline'; mode: 'board' | 'table' }
  | { view: 'application'; id: string; prompt: string | null; log?: 'interview' }
  | { view: 'contacts' }
  | { view: 'insights' }
  | { view: 'settings' }
  | { view: 'welcome' }
  /** Log from an email or invite; `application` is the page the user came from, preferred when it matches. */
  | { view: 'log-email'; application: string | null };

export type View = Route['view'];

const SIMPLE = ['today', 'contacts', 'insights', 'settings', 'welcome'] as const;

/** Reads a location hash ("#/application/a1?prompt=…", "…?log=interview"); anything unknown lands on Today. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean);
  const [head, second] = parts;
  if (head === 'pipeline') return { view: 'pipeline', mode: second === 'table' ? 'table' : 'board' };
  if (head === 'application' && second) {
    const params = new URLSearchParams(query);
    const route: Route = { view: 'application', id: safeDecode(second), prompt: params.get('prompt') || null };
    return params.get('log') === 'interview' ? { ...route, log: 'interview' } : route;
  }
  if (head === 'log-email') return { view: 'log-email', application: new URLSearchParams(query).get('application') || null };
  const simple = SIMPLE.find((view) => view === head);
  return simple ? ({ view: simple } as Route) : { view: 'today' };
}

/** The hash for a route ("#/pipeline/table"); the inverse of parseRoute. */
export function routeHash(route: Route): string {
  switch (route.view) {
    case 'pipeline':
      return route.mode === 'table' ? '#/pipeline/table' : '#/pipeline';
    case 'application': {
      // encodeURIComponent, not URLSearchParams: its "+" for a space is not a character a place may carry.
      const query = [
        route.prompt ? `prompt=${encodeURIComponent(route.prompt)}` : null,
        route.log ? `log=${encodeURIComponent(route.log)}` : null,
      ].filter(Boolean);
      const base = `#/application/${encodeURIComponent(route.id)}`;
      return query.length > 0 ? `${base}?${query.join('&')}` : base;
    }
    case 'log-email':
      return route.application ? `#/log-email?application=${encodeURIComponent(route.application)}` : '#/log-email';
    default:
      return `#/${route.view}`;
  }
}

/** The dashboard's full address at a route, so any context (popup, worker, notification) can open an exact place. */
export function dashboardUrl(route: Route = { view: 'today' }): string {
  return `${browser.runtime.getURL('/options.html')}${routeHash(route)}`;
}

/** An application's page, with a prompt's draft open when one is named. */
export function applicationRoute(id: string, prompt: string | null = null): Route {
  return { view: 'application', id, prompt };
}

/** The application's page with "Log interview" already open: an interview is often booked away from the dashboard. */
export function logInterviewRoute(id: string): Route {
  return { view: 'application', id, prompt: null, log: 'interview' };
}

/** Where a prompt is answered: its draft on its application's page, or `elsewhere` for a prompt about the whole search. */
export function promptRoute(prompt: { id: string; applicationId: string | null }, elsewhere: Route): Route {
  return prompt.applicationId ? applicationRoute(prompt.applicationId, prompt.id) : elsewhere;
}

export const TODAY: Route = { view: 'today' };
export const PIPELINE: Route = { view: 'pipeline', mode: 'board' };

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
