// Which campaigns the calendar shows and how each looks: readiness colour, icon and words.
import type { CalendarItem } from '../../../../shared/api.ts';
import type { Person } from '../../../../shared/domain.ts';
import { readinessLook, type ReadinessLook } from '../../components/ReadinessBadge.tsx';
import type { CalendarFilters } from './calendar-state.ts';

export type CalendarLook = ReadinessLook | 'draft' | 'cancelled' | 'on_hold';

/**
 * Drafts and cancelled campaigns have no readiness yet (or any more): they look like what they are.
 * A standing HOLD is a state of its own: leadership has stopped the launch, whatever the flags say.
 */
export function calendarLook(item: CalendarItem): CalendarLook {
  if (item.status === 'draft') return 'draft';
  if (item.status === 'cancelled') return 'cancelled';
  if (item.decision?.decision === 'hold' && item.readiness !== 'ended') return 'on_hold';
  return readinessLook(item.readiness, item.launchedWhileFailing);
}

export function matchesFilters(
  item: CalendarItem,
  filters: CalendarFilters,
  me: Person | undefined,
): boolean {
  if (filters.channel && !item.channels.includes(filters.channel)) return false;
  if (filters.department && !item.departments.includes(filters.department)) return false;
  if (filters.mine && (!me || !item.departments.includes(me.department))) return false;
  switch (filters.status) {
    case 'active':
      return item.status !== 'cancelled';
    case 'all':
      return true;
    default:
      return item.status === filters.status;
  }
}

/** Every channel the loaded campaigns use, for the channel filter. */
export function channelsOf(items: readonly CalendarItem[]): string[] {
  return [...new Set(items.flatMap((i) => i.channels))].sort();
}
