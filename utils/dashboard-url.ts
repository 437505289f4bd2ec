import { browser } from 'wxt/browser';

/** The dashboard's address at a hash route ("#/application/a1"), so any context can open an exact place. */
export function dashboardUrl(hash = '#/today'): string {
  return `${browser.runtime.getURL('/options.html')}${hash.startsWith('#') ? hash : `#${hash}`}`;
}

export function applicationRoute(applicationId: string, promptId?: string | null): string {
  const base = `#/application/${encodeURIComponent(applicationId)}`;
  return promptId ? `${base}?prompt=${encodeURIComponent(promptId)}` : base;
}

/** The application's page with "Log interview" already open: an interview is often booked away from the dashboard. */
export function logInterviewRoute(applicationId: string): string {
  return `${applicationRoute(applicationId)}?log=interview`;
}
