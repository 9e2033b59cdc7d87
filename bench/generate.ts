// Generates the bench workspace as an interchange document (spec §7): 20 departments,
// 12 metrics sampled hourly through 2026, 5,000 campaigns over 2025–2027.
import type { Acknowledgement, BriefVersion, Decision, Direction, Metric, Sample } from '../shared/domain.ts';
import { createRng, type Rng } from './prng.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (t: number): string => new Date(t).toISOString();

export const DEPARTMENTS = [
  'marketing',
  'delivery',
  'support',
  'sales',
  'production',
  'warehouse',
  'it',
  'ecommerce',
  'quality',
  'logistics',
  'install',
  'retail',
  'finance',
  'legal',
  'hr',
  'procurement',
  'design',
  'field-service',
  'partnerships',
  'customer-success',
] as const;

interface MetricSpec {
  key: string;
  department: string;
  direction: Direction;
  warn: number;
  fail: number;
  maxAgeHours: number;
  mean: number;
  sd: number;
  /** The feed goes quiet now and then, so some reports see it stale. */
  outages: boolean;
}

const HIGH: Direction = 'higher_is_better';
const LOW: Direction = 'lower_is_better';
// key, department, direction, warn, fail, maxAgeHours; then the walk's mean and spread, and outages.
type MetricRow = [string, string, Direction, number, number, number, number, number, boolean?];
const METRIC_ROWS: MetricRow[] = [
  ['on_time_delivery', 'delivery', HIGH, 95, 90, 48, 97, 4.3],
  ['support_backlog', 'support', LOW, 120, 160, 24, 100, 36, true],
  ['first_response_minutes', 'support', LOW, 30, 60, 12, 22, 22],
  ['production_yield', 'production', HIGH, 97, 94, 24, 97.8, 2.2],
  ['warehouse_pick_rate', 'warehouse', HIGH, 110, 90, 6, 125, 20],
  ['site_uptime', 'it', HIGH, 99.5, 99, 2, 99.8, 0.45, true],
  ['checkout_conversion', 'ecommerce', HIGH, 2.5, 2, 24, 3, 0.6],
  ['defect_rate', 'quality', LOW, 2, 3, 48, 1.4, 1],
  ['carrier_capacity', 'logistics', HIGH, 80, 70, 24, 88, 11],
  ['lead_response_hours', 'sales', LOW, 8, 24, 48, 5, 11],
  ['install_backlog_days', 'install', LOW, 10, 15, 72, 7, 5],
  ['store_staffing', 'retail', HIGH, 90, 80, 24, 95, 9],
];
const METRICS: MetricSpec[] = METRIC_ROWS.map(
  ([key, department, direction, warn, fail, maxAgeHours, mean, sd, outages = false]) => ({
    key,
    department,
    direction,
    warn,
    fail,
    maxAgeHours,
    mean,
    sd,
    outages,
  }),
);

const SAMPLES_FROM = Date.parse('2026-01-01T00:00:00Z');
const SAMPLE_HOURS = 365 * 24;
const CAMPAIGNS_FROM = Date.parse('2025-01-01T00:00:00Z');
const CAMPAIGNS_TO = Date.parse('2027-12-31T23:59:59Z');
const CHANNELS = ['email', 'social', 'web', 'print', 'in-store', 'radio'];
const PEOPLE_PER_DEPARTMENT = 4;

export interface BenchDocument {
  format: 'campaign-desk/v1';
  departments: { key: string; name: string; color: string }[];
  people: { key: string; name: string; department: string; roles: string[] }[];
  metrics: Metric[];
  samples: Sample[];
  campaigns: {
    key: string;
    title: string;
    start: string;
    end: string;
    status: 'draft' | 'published' | 'cancelled';
    channels: string[];
    departments: string[];
    owner: string;
    briefVersions: BriefVersion[];
    acknowledgements: Acknowledgement[];
    decisions: Decision[];
  }[];
}

export function generateDocument(seed = 20260615): BenchDocument {
  const rng = createRng(seed);
  const departments = DEPARTMENTS.map((key, i) => ({
    key,
    name: key.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    color: `#${((i * 0x2f3b7d + 0x204060) & 0xffffff).toString(16).padStart(6, '0')}`,
  }));
  const people = DEPARTMENTS.flatMap((department) =>
    Array.from({ length: PEOPLE_PER_DEPARTMENT }, (_, i) => ({
      key: `${department}-${i + 1}`,
      name: `${department} person ${i + 1}`,
      department,
      roles: [department === 'marketing' ? 'marketing' : 'member'],
    })),
  );
  people.push({ key: 'ceo', name: 'Chief Executive', department: 'finance', roles: ['leadership'] });
  const metrics: Metric[] = METRICS.map(({ mean: _m, sd: _s, outages: _o, ...m }) => ({
    ...m,
    name: m.key.replace(/_/g, ' '),
    unit: '',
  }));
  return {
    format: 'campaign-desk/v1',
    departments,
    people,
    metrics,
    samples: METRICS.flatMap((spec) => samplesOf(spec, rng)),
    campaigns: Array.from({ length: 5000 }, (_, i) => campaignOf(i, rng)),
  };
}

/** Hourly values from a mean-reverting walk, so failing spells last hours to days. */
function samplesOf(spec: MetricSpec, rng: Rng): Sample[] {
  const phi = 0.99;
  const step = spec.sd * Math.sqrt(1 - phi * phi);
  const samples: Sample[] = [];
  let x = 0;
  let quietUntil = -1;
  for (let h = 0; h < SAMPLE_HOURS; h++) {
    x = phi * x + step * rng.normal();
    if (spec.outages && h > quietUntil && rng.chance(1 / (24 * 20))) quietUntil = h + rng.int(24, 72);
    if (h <= quietUntil) continue;
    const value = Math.round((spec.mean + x) * 100) / 100;
    samples.push({ metric: spec.key, at: iso(SAMPLES_FROM + h * HOUR), value, source: 'feed' });
  }
  return samples;
}

function campaignOf(i: number, rng: Rng): BenchDocument['campaigns'][number] {
  const days = rng.int(1, 30);
  const firstDay = Math.floor((CAMPAIGNS_TO - CAMPAIGNS_FROM - days * DAY) / DAY);
  const start = CAMPAIGNS_FROM + rng.int(0, firstDay) * DAY + rng.pick([0, 0, 9]) * HOUR;
  const end = start + days * DAY - 1000;
  const roll = rng.next();
  const status = roll < 0.9 ? 'published' : roll < 0.96 ? 'draft' : 'cancelled';
  const others = DEPARTMENTS.filter((d) => d !== 'marketing');
  const count = rng.int(2, 5);
  const departments = rng.chance(0.6)
    ? ['marketing', ...rng.sample(others, count - 1)]
    : rng.sample(others, count);

  const briefVersions: BriefVersion[] = [];
  const acknowledgements: Acknowledgement[] = [];
  if (status !== 'draft') {
    let publishedAt = start - rng.int(10, 40) * DAY;
    for (let version = 1, n = rng.int(1, 3); version <= n; version++) {
      if (version > 1) publishedAt += rng.int(1, 8) * DAY;
      briefVersions.push({
        version,
        publishedAt: iso(publishedAt),
        change: version === 1 || rng.chance(0.5) ? 'material' : 'minor',
        objective: `Objective of campaign ${i}, version ${version}`,
        keyMessage: `Key message ${i}.${version}`,
      });
      for (const department of departments) {
        if (department === 'marketing' || !rng.chance(0.88)) continue;
        for (const n of rng.sample([1, 2, 3, 4], rng.int(1, 4))) {
          const concern = rng.chance(0.08);
          acknowledgements.push({
            department,
            version,
            by: `${department}-${n}`,
            at: iso(publishedAt + rng.int(0, 10 * 24) * HOUR),
            state: concern ? 'concern' : 'acknowledged',
            ...(concern ? { note: `Concern about campaign ${i}` } : {}),
          });
        }
      }
    }
  }
  const decisions: Decision[] = [];
  if (status === 'published' && rng.chance(0.05)) {
    for (let k = rng.int(1, 2); k > 0; k--) {
      const at = start - rng.int(0, 5 * 24) * HOUR;
      decisions.push({
        decision: rng.chance(0.7) ? 'go' : 'hold',
        by: 'ceo',
        at: iso(at),
        ...(rng.chance(0.5) ? { expires: iso(at + rng.int(1, 10) * DAY) } : {}),
        note: `Decision on campaign ${i}`,
      });
    }
  }
  return {
    key: `c-${String(i + 1).padStart(5, '0')}`,
    title: `Campaign ${i + 1}`,
    start: iso(start),
    end: iso(end),
    status,
    channels: rng.sample(CHANNELS, rng.int(1, 3)),
    departments,
    owner: `marketing-${rng.int(1, PEOPLE_PER_DEPARTMENT)}`,
    briefVersions,
    acknowledgements,
    decisions,
  };
}
