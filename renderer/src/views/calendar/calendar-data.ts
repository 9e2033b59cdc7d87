// The calendar's campaigns: one period cache per API client, so loaded periods outlive a
// visit to a campaign and back, and the first month can be asked for at start-up.
import type { ApiClient } from '../../../../shared/api.ts';
import { firstMonthRange } from '../../api/early-calls.ts';
import { useCalendarState } from './calendar-state.ts';
import { RangeCache } from './range-cache.ts';

const caches = new WeakMap<ApiClient, RangeCache>();

export function rangeCache(api: ApiClient): RangeCache {
  let cache = caches.get(api);
  if (!cache) {
    cache = new RangeCache((range) => api.call('campaigns.list', range));
    caches.set(api, cache);
  }
  return cache;
}

/**
 * Asks for the month the calendar will open on while the app is still starting (instead
 * of after the session, the first render and the calendar's own mount): a window a week
 * wider than any month grid on either side, which the grid's own request then waits for.
 */
export function prefetchFirstMonth(api: ApiClient, revision: number): void {
  const range = firstMonthRange(useCalendarState.getState().date ?? new Date());
  rangeCache(api)
    .get(range, revision, { neighbours: false })
    .catch(() => undefined); // the calendar asks again and shows the error
}
