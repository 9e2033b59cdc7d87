import type { Metric, SampleEntry } from '../domain.ts';
import type { ErrorReason } from '../i18n/errors.ts';

/** The plausible range of a metric's samples: its own `min`/`max`, else 0–100 for a `%` unit. */
export function sampleRange(metric: Pick<Metric, 'unit' | 'min' | 'max'>): {
  min: number | undefined;
  max: number | undefined;
} {
  const percent = metric.unit.trim() === '%';
  return { min: metric.min ?? (percent ? 0 : undefined), max: metric.max ?? (percent ? 100 : undefined) };
}

export function inSampleRange(metric: Pick<Metric, 'unit' | 'min' | 'max'>, value: number): boolean {
  const { min, max } = sampleRange(metric);
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

/** The value in force: the latest correction's (`null`: withdrawn), else the recorded one. */
export function currentValue(entry: SampleEntry): number | null {
  const last = entry.corrections.at(-1);
  return last ? last.value : entry.value;
}

/** Why a value is refused for the metric (naming the metric, the value and the range), or undefined. */
export function rangeReason(
  metric: Pick<Metric, 'name' | 'unit' | 'min' | 'max'>,
  value: number,
): ErrorReason | undefined {
  if (inSampleRange(metric, value)) return undefined;
  const { min, max } = sampleRange(metric);
  const params = {
    metric: metric.name,
    value,
    ...(min !== undefined && { min }),
    ...(max !== undefined && { max }),
  };
  if (min !== undefined && max !== undefined) return { key: 'sample_out_of_range', params };
  return { key: min !== undefined ? 'sample_below_min' : 'sample_above_max', params };
}
