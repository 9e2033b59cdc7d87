// What part of the board is on screen: the summary's focus, the department filter and the grouping.
import type { BoardCampaign } from '../../../../shared/board.ts';
import { MARKETING_DEPARTMENT, type Readiness } from '../../../../shared/domain.ts';
import { boardOrder } from './board-order.ts';

export type Focus =
  'all' | Exclude<Readiness, 'ended'> | 'live' | 'launched_while_failing' | 'on_hold' | 'decision_expiring';
export type Grouping = 'readiness' | 'department' | 'window';

export interface Group {
  /** A readiness, a department key or a launch window, depending on the grouping. */
  id: string;
  campaigns: BoardCampaign[];
}

const DAY_MS = 86_400_000;
const READINESS_GROUPS = ['not_ready', 'at_risk', 'ready_by_decision', 'ready'] as const;
export const WINDOWS = ['live', 'day', 'week', 'later'] as const;

/** Whether a live or upcoming campaign is in the focus the summary line set, and affects the department. */
export function inFocus(c: BoardCampaign, focus: Focus, department: string | null): boolean {
  if (department !== null && !c.departments.includes(department)) return false;
  switch (focus) {
    case 'all':
      return true;
    case 'live':
      return c.phase === 'live';
    case 'launched_while_failing':
      return c.phase === 'ended';
    case 'on_hold':
      return c.decision?.decision === 'hold';
    case 'decision_expiring':
      return c.decisionExpiresEarly;
    default:
      return c.phase === 'upcoming' && c.readiness === focus;
  }
}

function windowOf(c: BoardCampaign, at: string): (typeof WINDOWS)[number] {
  if (c.phase === 'live') return 'live';
  const ahead = Date.parse(c.start) - Date.parse(at);
  return ahead <= DAY_MS ? 'day' : ahead <= 7 * DAY_MS ? 'week' : 'later';
}

/**
 * Live and upcoming campaigns in groups, each the worst first. By department, a campaign shows under
 * every department that must acknowledge it (`none` when there is none).
 */
export function groupCampaigns(
  campaigns: readonly BoardCampaign[],
  grouping: Grouping,
  at: string,
  departmentOrder: readonly string[],
): Group[] {
  const ordered = boardOrder(campaigns);
  const groups = new Map<string, BoardCampaign[]>();
  const add = (id: string, c: BoardCampaign) => groups.set(id, [...(groups.get(id) ?? []), c]);
  for (const c of ordered) {
    if (grouping === 'readiness') add(c.readiness, c);
    else if (grouping === 'window') add(windowOf(c, at), c);
    else {
      const departments = c.departments.filter((d) => d !== MARKETING_DEPARTMENT);
      if (departments.length === 0) add('none', c);
      for (const d of departments) add(d, c);
    }
  }
  const order: readonly string[] =
    grouping === 'readiness'
      ? READINESS_GROUPS
      : grouping === 'window'
        ? WINDOWS
        : [...departmentOrder, 'none'];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([id, list]) => ({ id, campaigns: list }));
}
