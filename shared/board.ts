// The readiness board's read model (`board.get`): everything the board shows, from one call,
// and the pure summaries the board derives from it (counts, which campaigns a metric affects).
import type { ReadinessSettings, MetricHealth } from './api.ts';
import type { CampaignReadiness, Flag, Readiness, Sample } from './domain.ts';
import type { AcknowledgementSummary } from './rules/acknowledgement-summary.ts';

export interface BoardCampaign extends CampaignReadiness {
  departments: string[];
  channels: string[];
  currentVersion: number | null;
  /** Where each department stands: now for live and upcoming campaigns, at launch for ended ones. */
  acknowledgements: AcknowledgementSummary;
  /** The flags the standing decision answered, as they stood when it was recorded (absent when unknown). */
  decisionFlags?: Flag[];
  /** The standing decision runs out before the campaign ends: leadership must decide again. */
  decisionExpiresEarly: boolean;
}

export interface BoardMetric extends MetricHealth {
  /** The samples of the last TREND_DAYS up to the board's instant, for the tile's sparkline. */
  trend: Sample[];
}

export interface Board {
  at: string;
  /** The options the report used (the workspace's settings unless the call overrode them). */
  settings: ReadinessSettings;
  campaigns: BoardCampaign[];
  metrics: BoardMetric[];
}

export const TREND_DAYS = 14;

export interface BoardCounts {
  /** Upcoming campaigns within the horizon, by readiness. */
  launching: Record<Exclude<Readiness, 'ended'>, number>;
  live: number;
  launchedWhileFailing: number;
  onHold: number;
  decisionsExpiring: number;
}

/** The line of counts at the top of the board. */
export function boardCounts(campaigns: readonly BoardCampaign[]): BoardCounts {
  const counts: BoardCounts = {
    launching: { not_ready: 0, at_risk: 0, ready_by_decision: 0, ready: 0 },
    live: 0,
    launchedWhileFailing: 0,
    onHold: 0,
    decisionsExpiring: 0,
  };
  for (const c of campaigns) {
    if (c.phase === 'ended') {
      counts.launchedWhileFailing++;
      continue;
    }
    if (c.phase === 'live') counts.live++;
    else if (c.readiness !== 'ended') counts.launching[c.readiness]++;
    if (c.decision?.decision === 'hold') counts.onHold++;
    if (c.decisionExpiresEarly) counts.decisionsExpiring++;
  }
  return counts;
}

const METRIC_FLAGS = new Set<Flag['code']>(['metric_failing', 'metric_at_risk', 'metric_stale']);

/** Flags about a metric's health now: stated once per metric on the board, not on every campaign. */
export function isMetricHealthFlag(flag: Flag): boolean {
  return METRIC_FLAGS.has(flag.code);
}

/** For each metric, the live and upcoming campaigns its present health flags. */
export function campaignsAffected(campaigns: readonly BoardCampaign[]): Map<string, string[]> {
  const affected = new Map<string, string[]>();
  for (const c of campaigns) {
    if (c.phase === 'ended') continue;
    for (const f of c.flags) {
      if (!isMetricHealthFlag(f) || !('metric' in f)) continue;
      const list = affected.get(f.metric) ?? [];
      list.push(c.key);
      affected.set(f.metric, list);
    }
  }
  return affected;
}
