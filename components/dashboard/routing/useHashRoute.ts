import { useCallback, useSyncExternalStore } from 'react';
import { parseRoute, routeHash, type Route } from '../../../utils/routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/**
 * The route in the address bar. Navigating assigns the hash, which adds a history entry, so the
 * browser's back button walks back through the views.
 */
export function useHashRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const navigate = useCallback((route: Route, options: { replace?: boolean } = {}) => {
    const next = routeHash(route);
    if (options.replace) {
      history.replaceState(null, '', next);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      window.location.hash = next;
    }
  }, []);
  return [parseRoute(hash), navigate];
}
