// Pure geometry of the trend chart: when the metric had no recent data, and the
// series with breaks there so the line never bridges a gap.
import type { Sample } from '../../../../shared/domain.ts';

const HOUR_MS = 3_600_000;

export interface Period {
  from: string;
  to: string;
}

/**
 * Spans within [from, to] when the metric was stale (spec §1): no sample yet, or the latest one older
 * than `maxAgeHours`. Pass samples from `from - maxAgeHours` on, so the first span is judged right.
 */
export function stalePeriods(
  samples: readonly Sample[],
  maxAgeHours: number,
  from: string,
  to: string,
): Period[] {
  const start = Date.parse(from);
  const end = Date.parse(to);
  const maxAge = maxAgeHours * HOUR_MS;
  const times = samples
    .map((s) => Date.parse(s.at))
    .filter((t) => t <= end)
    .sort((a, b) => a - b);
  const periods: Period[] = [];
  let staleFrom = Number.NEGATIVE_INFINITY;
  const push = (a: number, b: number) => {
    const lo = Math.max(a, start);
    const hi = Math.min(b, end);
    if (hi > lo) periods.push({ from: new Date(lo).toISOString(), to: new Date(hi).toISOString() });
  };
  for (const t of times) {
    if (t > staleFrom) push(staleFrom, t);
    staleFrom = Math.max(staleFrom, t + maxAge);
  }
  push(staleFrom, end);
  return periods;
}

/** uPlot's columns (x in seconds) with a null where each stale period begins, so the line breaks there. */
export function chartColumns(
  samples: readonly Sample[],
  periods: readonly Period[],
): [number[], (number | null)[]] {
  const points: [number, number | null][] = samples.map((s) => [Date.parse(s.at) / 1000, s.value]);
  for (const p of periods) points.push([Date.parse(p.from) / 1000, null]);
  points.sort((a, b) => a[0] - b[0] || (a[1] === null ? 1 : -1));
  return [points.map((p) => p[0]), points.map((p) => p[1])];
}
