// What changed between two readiness reports that leadership and departments must hear
// about at once, and who hears each. Pure and runtime-agnostic: the board shows the
// alerts as a banner, the desktop shell as OS notifications to the people concerned.
import type { CampaignReadiness, Flag, Metric, Person, ReadinessReport } from '../domain.ts';

export type BoardAlert =
  | { kind: 'turned_not_ready'; campaign: string; title: string; start: string }
  | { kind: 'live_while_critical'; campaign: string; title: string; flags: Flag[] }
  | { kind: 'metric_failing_live'; campaign: string; title: string; metric: string; department: string };

/** The metric definitions the reports were computed with: they say whose each metric is. */
export type MetricOwners = readonly Pick<Metric, 'key' | 'department'>[];

/** Stable identity of an alert, so a dismissed one is not shown again for the same change. */
export function alertId(alert: BoardAlert): string {
  return alert.kind === 'metric_failing_live'
    ? `${alert.kind}:${alert.campaign}:${alert.metric}`
    : `${alert.kind}:${alert.campaign}`;
}

/**
 * Alerts for what `current` shows that `previous` did not: a campaign in the horizon that turned
 * `not_ready`; a campaign that went live while a flag is critical; a metric that went failing on a
 * campaign already live, naming the metric's department. With no previous report there is nothing
 * to compare, hence no alerts.
 */
export function boardAlerts(
  previous: ReadinessReport | null,
  current: ReadinessReport,
  metrics: MetricOwners,
): BoardAlert[] {
  if (!previous) return [];
  const before = new Map(previous.campaigns.map((c) => [c.key, c]));
  const owner = new Map(metrics.map((m) => [m.key, m.department]));
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
      const department = owner.get(metric);
      // A flag always names a defined metric; one missing here was removed since, and has nobody to tell.
      if (department === undefined || (was && failingMetrics(was).has(metric))) continue;
      alerts.push({ kind: 'metric_failing_live', ...base, metric, department });
    }
  }
  return alerts;
}

/** Leadership hears about campaigns; a department hears about its own metrics failing on a live campaign. */
export function alertConcerns(alert: BoardAlert, person: Pick<Person, 'department' | 'roles'>): boolean {
  if (alert.kind === 'metric_failing_live') return alert.department === person.department;
  return person.roles.includes('leadership');
}

function failingMetrics(c: CampaignReadiness): Set<string> {
  return new Set(c.flags.flatMap((f) => (f.code === 'metric_failing' ? [f.metric] : [])));
}
