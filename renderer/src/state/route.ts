// Hash routes: #/calendar, #/inbox, #/readiness, #/metrics, #/metrics/<key>, #/settings,
// #/campaign/<key>, #/campaign/<key>/edit, #/new. Query after "?" (e.g. ?at=…).
import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './route-parse.ts';

export { parseRoute, type Route };

export function navigate(path: string): void {
  window.location.hash = path.startsWith('#') ? path : `#/${path.replace(/^\//, '')}`;
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
