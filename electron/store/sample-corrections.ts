// Sample corrections as both engines read them (issue 10): rows to domain objects, and the
// value in force of a sample row joined with its latest correction known at an instant.
import type { Metric, Sample, SampleCorrection, SampleEntry } from '../../shared/domain.ts';
import { isoFromMs as iso } from '../../shared/instant.ts';

/** SQL: a column of the latest correction of sample `sample` recorded by `known` (one index seek). */
export const LATEST_CORRECTION = (column: string, sample: string, known: string): string =>
  `SELECT y.${column} FROM sample_corrections y WHERE y.sample_id = ${sample} AND y.recorded_at <= ${known}
   ORDER BY y.recorded_at DESC, y.id DESC LIMIT 1`;

/** "Every correction": the knownAt of reads that take all of them. */
export const KNOWN_ALWAYS = Number.MAX_SAFE_INTEGER;

/** A sample row with its latest correction known at the read's instant (`cid` null: none). */
export interface CorrectedRow {
  metric: string;
  at: number;
  value: number;
  source: string;
  cid: number | null;
  corrected: number | null;
}

/** The samples in force: corrected values; withdrawn samples left out. */
export function inForce(rows: readonly CorrectedRow[]): Sample[] {
  const out: Sample[] = [];
  for (const r of rows) {
    if (r.cid !== null && r.corrected === null) continue;
    out.push({
      metric: r.metric,
      at: iso(r.at),
      value: r.cid === null ? r.value : (r.corrected as number),
      source: r.source,
    });
  }
  return out;
}

export interface CorrectionRow {
  sample_id: number;
  recorded_at: number;
  value: number | null;
  reason: string;
  actor: string;
}

/** Sample rows (original values) with their corrections, oldest correction first. */
export function sampleEntries(
  metric: string,
  samples: readonly { id: number; at: number; value: number; source: string }[],
  corrections: readonly CorrectionRow[],
): SampleEntry[] {
  const byId = new Map<number, SampleCorrection[]>();
  for (const c of corrections) {
    const list = byId.get(c.sample_id) ?? [];
    list.push({ value: c.value, reason: c.reason, by: c.actor, at: iso(c.recorded_at) });
    byId.set(c.sample_id, list);
  }
  return samples.map((s) => ({
    id: s.id,
    metric,
    at: iso(s.at),
    value: s.value,
    source: s.source,
    corrections: byId.get(s.id) ?? [],
  }));
}

/** A metric row with its optional range columns (NULL: not set) as the domain object. */
export function metricOfRow(
  row: Omit<Metric, 'min' | 'max'> & { min: number | null; max: number | null },
): Metric {
  const { min, max, ...rest } = row;
  return { ...rest, ...(min !== null && { min }), ...(max !== null && { max }) };
}
