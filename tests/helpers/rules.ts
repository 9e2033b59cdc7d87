// Small hand-built inputs for the pure readiness rules (spec §1–6).
import type {
  Acknowledgement,
  BriefVersion,
  Campaign,
  CampaignReadiness,
  Decision,
  Metric,
  ReadinessOptions,
  ReadinessReport,
  Sample,
} from '../../shared/domain.ts';
import { readinessReport, type SampleLookup } from '../../shared/rules/readiness.ts';

export const SECOND = 1000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** The report instant most rule tests use. */
export const AT = '2026-11-20T12:00:00.000Z';

export const OPTIONS: ReadinessOptions = { at: AT, horizonDays: 14, lookbackDays: 90, ackDeadlineDays: 3 };

/** `iso` moved by `ms` milliseconds, in the canonical UTC form. */
export function shift(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

export function metric(overrides: Partial<Metric> = {}): Metric {
  return {
    key: 'on_time',
    name: 'On-time delivery',
    department: 'delivery',
    unit: '%',
    direction: 'higher_is_better',
    warn: 95,
    fail: 90,
    maxAgeHours: 48,
    ...overrides,
  };
}

export function sample(metricKey: string, at: string, value: number): Sample {
  return { metric: metricKey, at, value, source: 'test' };
}

export function version(n: number, publishedAt: string, change: BriefVersion['change']): BriefVersion {
  return { version: n, publishedAt, change, keyMessage: `version ${n}` };
}

export function ack(
  department: string,
  versionNumber: number,
  at: string,
  overrides: Partial<Acknowledgement> = {},
): Acknowledgement {
  return {
    department,
    version: versionNumber,
    by: `${department}-lead`,
    at,
    state: 'acknowledged',
    ...overrides,
  };
}

export function decision(
  kind: Decision['decision'],
  at: string,
  overrides: Partial<Decision> = {},
): Decision {
  return { decision: kind, by: 'ceo', at, note: `${kind} at ${at}`, ...overrides };
}

/**
 * A published campaign affecting delivery, upcoming in 10 days, whose one brief
 * version delivery has acknowledged: with no metrics it is `ready`.
 */
export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    key: 'launch',
    title: 'Launch',
    start: shift(AT, 10 * DAY),
    end: shift(AT, 12 * DAY),
    status: 'published',
    channels: ['email'],
    departments: ['delivery'],
    owner: 'maria',
    briefVersions: [version(1, shift(AT, -10 * DAY), 'material')],
    acknowledgements: [ack('delivery', 1, shift(AT, -9 * DAY))],
    decisions: [],
    ...overrides,
  };
}

/**
 * Stands in for the store's sample query: latest sample with `at <= t`, ties to
 * the one listed last (the store's own behaviour is tested against real SQLite).
 */
export function lookup(samples: readonly Sample[]): SampleLookup {
  return (metricKey, t) => {
    let latest: Sample | undefined;
    for (const s of samples) {
      if (s.metric !== metricKey || Date.parse(s.at) > Date.parse(t)) continue;
      if (!latest || Date.parse(s.at) >= Date.parse(latest.at)) latest = s;
    }
    return latest;
  };
}

export interface Scenario {
  metrics?: Metric[];
  samples?: Sample[];
  campaigns: Campaign[];
}

export function report(scenario: Scenario, options: Partial<ReadinessOptions> = {}): ReadinessReport {
  return readinessReport(
    {
      metrics: scenario.metrics ?? [],
      campaigns: scenario.campaigns,
      sampleAt: lookup(scenario.samples ?? []),
    },
    { ...OPTIONS, ...options },
  );
}

/** The report's entry for the one campaign of the scenario; fails when the report leaves it out. */
export function entryOf(scenario: Scenario, options: Partial<ReadinessOptions> = {}): CampaignReadiness {
  const { campaigns } = report(scenario, options);
  if (campaigns.length !== 1) throw new Error(`expected one campaign in the report, got ${campaigns.length}`);
  return campaigns[0] as CampaignReadiness;
}

/** Report keys in order: what a reader sees listed. */
export function reportedKeys(scenario: Scenario, options: Partial<ReadinessOptions> = {}): string[] {
  return report(scenario, options).campaigns.map((c) => c.key);
}
