// What changed between two readiness reports that leadership and departments must hear
// about at once. Pure: the board shows the result as a banner and hands it to the shell.
import type { CampaignReadiness, Flag, ReadinessReport } from '../../../../shared/domain.ts';

export type BoardAlert =
  | { kind: 'turned_not_ready'; campaign: string; title: string; start: string }
  | { kind: 'live_while_critical'; campaign: string; title: string; flags: Flag[] }
  | { kind: 'metric_failing_live'; campaign: string; title: string; metric: string };

/** Stable identity of an alert, so a dismissed one is not shown again for the same change. */
export function alertId(alert: BoardAlert): string {
  return alert.kind === 'metric_failing_live'
    ? `${alert.kind}:${alert.campaign}:${alert.metric}`
    : `${alert.kind}:${alert.campaign}`;
}

/**
 * Alerts for what `current` shows that `previous` did not: a campaign in the horizon that turned
 * `not_ready`; a campaign that went live while a flag is critical; a metric that went failing on a
 * campaign already live. With no previous report there is nothing to compare, hence no alerts.
 */
export function boardAlerts(previous: ReadinessReport | null, current: ReadinessReport): BoardAlert[] {
  if (!previous) return [];
  const before = new Map(previous.campaigns.map((c) => [c.key, c]));
  const alerts: BoardAlert[] = [];
  for (const now of current.campaigns) {
    if (now.phase === 'ended') continue;
    const was = before.get(now.key);
    const base = { campaign: now.key, title: now.title };
    if (now.readiness === 'not_ready' && was?.readiness !== 'not_ready') {
      alerts.push({ kind: 'turned_not_ready', ...base, start: now.start });
    }
    const critical = now.flags.filter((f) => f.severity === 'critical');
    if (now.phase === 'live' && was?.phase !== 'live') {
      if (critical.length > 0) alerts.push({ kind: 'live_while_critical', ...base, flags: critical });
      continue; // its failing metrics are in the alert above
    }
    if (now.phase !== 'live') continue;
    for (const metric of failingMetrics(now)) {
      if (!was || !failingMetrics(was).has(metric))
        alerts.push({ kind: 'metric_failing_live', ...base, metric });
    }
  }
  return alerts;
}

function failingMetrics(c: CampaignReadiness): Set<string> {
  return new Set(c.flags.flatMap((f) => (f.code === 'metric_failing' ? [f.metric] : [])));
}
