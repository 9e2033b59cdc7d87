// One rule for every way samples arrive (manual entry, CSV/xlsx, a JSON document): a value for an
// instant its source already reported is a correction of that sample, recorded now (issues 10 and 11),
// never a silent second sample; repeating the value in force changes nothing.
import type { Sample } from '../../shared/domain.ts';
import { currentValue } from '../../shared/rules/sample-range.ts';
import type { StoreReader, StoreWriter } from '../store/store.ts';

export interface SamplePlan {
  /** Samples to append: new instants, and later rows of the same file for an instant it already gave. */
  store: Sample[];
  /** Corrections of stored samples (value in force differs). */
  corrections: { sampleId: number; value: number; sample: Sample }[];
  /** Rows whose instant and source had another value (stored, or earlier in the same file). */
  corrected: number;
}

const slot = (s: Sample) => `${s.metric}\u0000${s.at}\u0000${s.source}`;

export async function planSamples(tx: StoreReader, rows: readonly Sample[]): Promise<SamplePlan> {
  // The sample each (metric, instant, source) stands for: the last recorded, and its value in force.
  const stored = new Map<string, { id: number; value: number | null }>();
  const ranges = new Map<string, [string, string]>();
  for (const r of rows) {
    const range = ranges.get(r.metric);
    if (!range) ranges.set(r.metric, [r.at, r.at]);
    else if (r.at < range[0]) range[0] = r.at;
    else if (r.at > range[1]) range[1] = r.at;
  }
  for (const [metric, [from, to]] of ranges)
    for (const e of await tx.sampleEntries(metric, from, to))
      stored.set(slot(e), { id: e.id, value: currentValue(e) });

  const inFile = new Map<string, number>();
  const plan: SamplePlan = { store: [], corrections: [], corrected: 0 };
  for (const r of rows) {
    const sample = { metric: r.metric, at: r.at, value: r.value, source: r.source };
    const id = slot(sample);
    const before = stored.get(id);
    if (before) {
      if (before.value === r.value) continue;
      plan.corrections.push({ sampleId: before.id, value: r.value, sample });
      before.value = r.value;
      plan.corrected++;
      continue;
    }
    const earlier = inFile.get(id);
    if (earlier === r.value) continue;
    // Within one file nothing was known in between: the later row is stored and wins ("imported last").
    if (earlier !== undefined) plan.corrected++;
    inFile.set(id, r.value);
    plan.store.push(sample);
  }
  return plan;
}

/** Appends the plan's samples and corrections; returns how many stored rows correct earlier rows of the same file. */
export async function writePlan(tx: StoreWriter, plan: SamplePlan, by: string, at: string): Promise<number> {
  await tx.insertSamples(plan.store, { skipExisting: false });
  for (const c of plan.corrections)
    await tx.addSampleCorrection({ sampleId: c.sampleId, value: c.value, reason: '', by, at });
  return plan.corrected - plan.corrections.length;
}
