import type { Metric, MetricStatus, Sample } from '../domain.ts';

const HOUR_MS = 3_600_000;

/** Spec §1: the status of a metric at `t`, given the latest sample with `at <= t`. */
export function metricStatus(metric: Metric, sample: Sample | undefined, t: string): MetricStatus {
  if (!sample) return 'stale';
  if (Date.parse(t) - Date.parse(sample.at) > metric.maxAgeHours * HOUR_MS) return 'stale';
  return valueStatus(metric, sample.value);
}

/** The status a value would have against the metric's thresholds; on a threshold is not worse than it. */
export function valueStatus(
  metric: Pick<Metric, 'direction' | 'warn' | 'fail'>,
  value: number,
): MetricStatus {
  const worse =
    metric.direction === 'higher_is_better'
      ? (a: number, b: number) => a < b
      : (a: number, b: number) => a > b;
  if (worse(value, metric.fail)) return 'failing';
  if (worse(value, metric.warn)) return 'at_risk';
  return 'ok';
}

/** Warn and fail must sit on the right sides for the direction: fail is the worse one (or equal). */
export function thresholdsConsistent(metric: Pick<Metric, 'direction' | 'warn' | 'fail'>): boolean {
  return metric.direction === 'higher_is_better' ? metric.fail <= metric.warn : metric.fail >= metric.warn;
}
