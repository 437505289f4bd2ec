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

/** The hash for a route; the inverse of parseRoute. */
export function routeHash(route: Route): string {
  switch (route.view) {
    case 'pipeline':
      return route.mode === 'table' ? '#/pipeline/table' : '#/pipeline';
    case 'application': {
      const base = `#/application/${encodeURIComponent(route.id)}`;
      const query = new URLSearchParams();
      if (route.prompt) query.set('prompt', route.prompt);
      if (route.log) query.set('log', route.log);
      return query.size > 0 ? `${base}?${query}` : base;
    }
    case 'log-email':
      return route.application ? `#/log-email?${new URLSearchParams({ application: route.application })}` : '#/log-email';
    default:
      return `#/${route.view}`;
  }
}

export function applicationHash(id: string, prompt: string | null = null): string {
  return routeHash({ view: 'application', id, prompt });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
