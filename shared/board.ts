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

/** Points a trend line keeps per metric: a tile's sparkline is ~120 px wide. */
export const TREND_BUCKETS = 40;

/**
 * A trend of many samples thinned for a sparkline: per time bucket its lowest and highest sample
 * (in time order), so a dip below a threshold is never smoothed away. Short trends are kept whole.
 */
export function thinTrend(
  samples: readonly Sample[],
  from: string,
  to: string,
  buckets = TREND_BUCKETS,
): Sample[] {
  if (samples.length <= buckets * 2) return [...samples];
  const start = Date.parse(from);
  const width = (Date.parse(to) - start) / buckets || 1;
  const kept: Sample[] = [];
  let bucket = -1;
  let low: Sample | undefined;
  let high: Sample | undefined;
  const flush = () => {
    if (!low || !high) return;
    if (low === high) kept.push(low);
    else kept.push(...(low.at <= high.at ? [low, high] : [high, low]));
  };
  for (const s of samples) {
    const b = Math.min(buckets - 1, Math.max(0, Math.floor((Date.parse(s.at) - start) / width)));
    if (b !== bucket) {
      flush();
      bucket = b;
      low = high = s;
    } else {
      if (s.value < (low as Sample).value) low = s;
      if (s.value > (high as Sample).value) high = s;
    }
  }
  flush();
  // The latest sample is the tile's value: the line always ends on it.
  const last = samples.at(-1) as Sample;
  if (kept.at(-1) !== last) kept.push(last);
  return kept;
}
