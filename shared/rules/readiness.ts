import {
  MARKETING_DEPARTMENT,
  type Acknowledgement,
  type Campaign,
  type CampaignReadiness,
  type Decision,
  type Department,
  type Flag,
  type Metric,
  type Phase,
  type Readiness,
  type ReadinessOptions,
  type ReadinessReport,
  type Sample,
  type StandingDecision,
} from '../domain.ts';
import { metricStatus } from './metric-status.ts';

const DAY_MS = 86_400_000;

/** Latest sample of `metric` with `at <= t` (ties: the one imported last), or undefined. */
export type SampleLookup = (metric: string, t: string) => Sample | undefined;

export interface ReadinessInput {
  metrics: readonly Metric[];
  /** Archived departments and when (issue 10): see acknowledgingDepartments. */
  archived?: ArchivedDepartments;
  /** Candidate campaigns; anything not `published` is ignored. Child lists are in import order. */
  campaigns: readonly Campaign[];
  sampleAt: SampleLookup;
}

export function phaseAt(campaign: Pick<Campaign, 'start' | 'end'>, at: string): Phase {
  const t = Date.parse(at);
  if (Date.parse(campaign.start) > t) return 'upcoming';
  if (Date.parse(campaign.end) < t) return 'ended';
  return 'live';
}

/** The window of campaign dates a report at `options.at` can include: [end >= from, start <= to]. */
export function reportWindow(options: ReadinessOptions): { endFrom: string; startTo: string } {
  const t = Date.parse(options.at);
  return {
    endFrom: new Date(t - options.lookbackDays * DAY_MS).toISOString(),
    startTo: new Date(t + options.horizonDays * DAY_MS).toISOString(),
  };
}

/** Spec §4–6: the readiness report at `options.at`. Pure: everything it needs is in `input`. */
export function readinessReport(input: ReadinessInput, options: ReadinessOptions): ReadinessReport {
  const { endFrom, startTo } = reportWindow(options);
  const campaigns: CampaignReadiness[] = [];
  for (const campaign of input.campaigns) {
    if (campaign.status !== 'published') continue;
    if (campaign.end < endFrom || campaign.start > startTo) continue;
    const entry = campaignReadiness(campaign, input, options);
    // §4: ended campaigns are reported only when they launched while failing.
    if (entry.phase !== 'ended' || entry.flags.length > 0) campaigns.push(entry);
  }
  campaigns.sort((a, b) => compare(a.start, b.start) || compare(a.key, b.key));
  return { at: options.at, campaigns };
}

/** One campaign's readiness at `options.at`, whether or not a report would list it (the calendar colours all). */
export function campaignReadiness(
  campaign: Campaign,
  input: ReadinessInput,
  options: ReadinessOptions,
): CampaignReadiness {
  const { at } = options;
  const phase = phaseAt(campaign, at);
  const metrics = input.metrics.filter((m) => campaign.departments.includes(m.department));
  const flags: Flag[] = [];

  if (phase !== 'upcoming') flags.push(...launchedWhileFailing(campaign, metrics, input.sampleAt));
  if (phase === 'ended') return finish(campaign, phase, flags, undefined);

  flags.push(...metricFlags(metrics, input.sampleAt, at));
  flags.push(...acknowledgementFlags(campaign, options, input.archived ?? NONE_ARCHIVED));
  return finish(campaign, phase, flags, standingDecision(campaign.decisions, at));
}

function finish(
  campaign: Campaign,
  phase: Phase,
  flags: Flag[],
  decision: StandingDecision | undefined,
): CampaignReadiness {
  flags.sort(compareFlags);
  const entry: CampaignReadiness = {
    key: campaign.key,
    title: campaign.title,
    start: campaign.start,
    end: campaign.end,
    phase,
    readiness: readinessOf(phase, flags, decision),
    flags,
  };
  if (decision) entry.decision = decision;
  return entry;
}

function readinessOf(phase: Phase, flags: readonly Flag[], decision?: StandingDecision): Readiness {
  if (phase === 'ended') return 'ended';
  const base: Readiness = flags.some((f) => f.severity === 'critical')
    ? 'not_ready'
    : flags.length > 0
      ? 'at_risk'
      : 'ready';
  if (decision?.decision === 'go' && base !== 'ready') return 'ready_by_decision';
  return base;
}

function launchedWhileFailing(
  campaign: Campaign,
  metrics: readonly Metric[],
  sampleAt: SampleLookup,
): Flag[] {
  const flags: Flag[] = [];
  for (const metric of metrics) {
    const sample = sampleAt(metric.key, campaign.start);
    if (sample && metricStatus(metric, sample, campaign.start) === 'failing') {
      flags.push({
        code: 'launched_while_failing',
        severity: 'critical',
        metric: metric.key,
        status: 'failing',
        value: sample.value,
        threshold: metric.fail,
        sampleAt: sample.at,
      });
    }
  }
  return flags;
}

function metricFlags(metrics: readonly Metric[], sampleAt: SampleLookup, at: string): Flag[] {
  const flags: Flag[] = [];
  for (const metric of metrics) {
    const sample = sampleAt(metric.key, at);
    const status = metricStatus(metric, sample, at);
    if (status === 'stale') {
      flags.push({
        code: 'metric_stale',
        severity: 'warning',
        metric: metric.key,
        status,
        sampleAt: sample?.at ?? null,
      });
    } else if (sample && status !== 'ok') {
      const failing = status === 'failing';
      flags.push({
        code: failing ? 'metric_failing' : 'metric_at_risk',
        severity: failing ? 'critical' : 'warning',
        metric: metric.key,
        status,
        value: sample.value,
        threshold: failing ? metric.fail : metric.warn,
        sampleAt: sample.at,
      });
    }
  }
  return flags;
}

/** The highest brief version published `<= at`, or undefined. */
export function currentVersion(campaign: Pick<Campaign, 'briefVersions'>, at: string): number | undefined {
  let current: number | undefined;
  for (const v of campaign.briefVersions) {
    if (v.publishedAt <= at && (current === undefined || v.version > current)) current = v.version;
  }
  return current;
}

/** §5.5: an ack of version `acked` is valid for `current` when every version after it was minor. */
export function ackValidFor(
  campaign: Pick<Campaign, 'briefVersions'>,
  acked: number,
  current: number,
): boolean {
  if (acked === current) return true;
  if (acked > current) return false;
  return campaign.briefVersions.every(
    (v) => v.version <= acked || v.version > current || v.change === 'minor',
  );
}

/** Archived departments by key, with the instant each was archived (issue 10). */
export type ArchivedDepartments = ReadonlyMap<string, string>;
export const NONE_ARCHIVED: ArchivedDepartments = new Map();

export function archivedDepartments(departments: readonly Department[]): ArchivedDepartments {
  return new Map(departments.flatMap((d) => (d.archivedAt ? [[d.key, d.archivedAt] as const] : [])));
}

/**
 * Departments that must acknowledge the version current at `at`: the affected ones, except
 * marketing itself, and except a department archived before that version was published (issue 10).
 * A campaign that still lists a department archived later keeps asking it for the version it was
 * sent — the obligation stood when the brief went out, and a report "as it stood" must not change
 * when someone archives — until its owner removes the department or publishes a new version.
 */
export function acknowledgingDepartments(
  campaign: Pick<Campaign, 'departments' | 'briefVersions'>,
  at: string,
  archived: ArchivedDepartments = NONE_ARCHIVED,
): string[] {
  const current = currentVersion(campaign, at);
  const sent = campaign.briefVersions.find((v) => v.version === current)?.publishedAt ?? at;
  return campaign.departments.filter((d) => {
    if (d === MARKETING_DEPARTMENT) return false;
    const archivedAt = archived.get(d);
    return archivedAt === undefined || sent < archivedAt;
  });
}

/** The department's latest acknowledgement valid for the current version at `at` (ties: imported last). */
export function latestValidAck(
  campaign: Pick<Campaign, 'briefVersions' | 'acknowledgements'>,
  department: string,
  at: string,
): Acknowledgement | undefined {
  const current = currentVersion(campaign, at);
  if (current === undefined) return undefined;
  let latest: Acknowledgement | undefined;
  for (const ack of campaign.acknowledgements) {
    if (ack.department !== department || ack.at > at) continue;
    if (!ackValidFor(campaign, ack.version, current)) continue;
    if (!latest || ack.at >= latest.at) latest = ack;
  }
  return latest;
}

function acknowledgementFlags(
  campaign: Campaign,
  options: ReadinessOptions,
  archived: ArchivedDepartments,
): Flag[] {
  const { at } = options;
  const current = currentVersion(campaign, at);
  const deadlinePassed = Date.parse(at) >= Date.parse(campaign.start) - options.ackDeadlineDays * DAY_MS;
  const flags: Flag[] = [];
  for (const department of acknowledgingDepartments(campaign, at, archived)) {
    const valid = latestValidAck(campaign, department, at);
    if (!valid) {
      const staleVersion =
        current !== undefined &&
        campaign.acknowledgements.some(
          (a) => a.department === department && a.at <= at && a.version < current,
        );
      flags.push({
        code: 'missing_acknowledgement',
        severity: deadlinePassed ? 'critical' : 'warning',
        department,
        staleVersion,
      });
    } else if (valid.state === 'concern') {
      flags.push({
        code: 'concern_raised',
        severity: 'warning',
        department,
        note: valid.note ?? '',
        by: valid.by,
        ackAt: valid.at,
      });
    }
  }
  return flags;
}

/** §6: the latest decision `<= at` (ties: imported last) when it has not expired; an expired one hides older ones. */
export function standingDecision(decisions: readonly Decision[], at: string): StandingDecision | undefined {
  let latest: Decision | undefined;
  for (const d of decisions) {
    if (d.at <= at && (!latest || d.at >= latest.at)) latest = d;
  }
  if (!latest || (latest.expires !== undefined && latest.expires <= at)) return undefined;
  const standing: StandingDecision = {
    decision: latest.decision,
    by: latest.by,
    at: latest.at,
    note: latest.note,
  };
  if (latest.expires !== undefined) standing.expires = latest.expires;
  return standing;
}

const SEVERITY_ORDER = { critical: 0, warning: 1 } as const;

function compareFlags(a: Flag, b: Flag): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compare(a.code, b.code) ||
    compare(flagSubject(a), flagSubject(b))
  );
}

/** The metric or department a flag names. */
export function flagSubject(flag: Flag): string {
  return 'metric' in flag ? flag.metric : flag.department;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
