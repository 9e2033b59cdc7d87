// One rule for every way samples arrive (manual entry, CSV/xlsx, a JSON document): a value for an
// instant its source already reported is a correction of that sample, recorded now (issues 10 and 11),
// never a silent second sample; repeating the value in force changes nothing.
// Samples are planned metric by metric in instant order, a slice at a time (issue 13): the stored
// samples read and the rows held stay small however large the file, and an instant's rows are
// always in one slice, so where slices fall never changes the result.
import type { Sample } from '../../shared/domain.ts';
import { isoFromMs } from '../../shared/instant.ts';
import { currentValue } from '../../shared/rules/sample-range.ts';
import { SampleColumns } from '../../shared/schemas/sample-columns.ts';
import type { StoreReader, StoreWriter } from '../store/store.ts';

/** Rows planned (and written) at a time. */
export const PLAN_SLICE = 8192;

/** The plan of one slice of one metric's samples. */
export interface PlanSlice {
  metric: string;
  /** Rows (indices into the columns) to append, in index order: instant, then file order. */
  rows: number[];
  /** Corrections of stored samples (value in force differs), in file order within an instant. */
  corrections: { sampleId: number; value: number; row: number }[];
}

export interface PlanTotals {
  /** Rows appended. */
  stored: number;
  /** Corrections of stored samples. */
  corrections: number;
  /** Rows whose instant and source had another value (stored, or earlier in the same file). */
  corrected: number;
}

/** A stored sample an instant's row may correct: the last recorded for its source, and its value in force. */
type Slot = { id: number; value: number | null };

/** Plans `samples` slice by slice, handing each slice to `visit` (which may write it) before the next. */
export async function planSlices(
  tx: StoreReader,
  samples: SampleColumns,
  visit: (slice: PlanSlice) => Promise<void> | void,
  sliceRows = PLAN_SLICE,
): Promise<PlanTotals> {
  const totals: PlanTotals = { stored: 0, corrections: 0, corrected: 0 };
  const { at, value, source } = samples;
  const { order, starts } = byMetricAndInstant(samples);
  for (let m = 0; m < samples.metrics.length; m++) {
    const metric = samples.metrics[m] as string;
    const end = starts[m + 1] as number;
    for (let a = starts[m] as number; a < end;) {
      let b = Math.min(a + sliceRows, end);
      while (b < end && at[order[b] as number] === at[order[b - 1] as number]) b++;
      const stored = await storedSlots(
        tx,
        metric,
        at[order[a] as number] as number,
        at[order[b - 1] as number] as number,
      );
      const slice: PlanSlice = { metric, rows: [], corrections: [] };
      for (let g = a; g < b;) {
        const instant = at[order[g] as number] as number;
        let h = g + 1;
        while (h < b && at[order[h] as number] === instant) h++;
        const before = stored?.get(instant);
        if (h === g + 1 && !before) slice.rows.push(order[g] as number);
        else {
          // The rows of one instant in file order: a stored sample of their source is corrected;
          // within the file, a later different value is stored too and wins ("imported last").
          const inFile = new Map<number, number>();
          for (let j = g; j < h; j++) {
            const row = order[j] as number;
            const v = value[row] as number;
            const src = source[row] as number;
            const slot = before?.get(samples.sources[src] as string);
            if (slot) {
              if (slot.value === v) continue;
              slice.corrections.push({ sampleId: slot.id, value: v, row });
              slot.value = v;
              totals.corrected++;
              continue;
            }
            const earlier = inFile.get(src);
            if (earlier === v) continue;
            if (earlier !== undefined) totals.corrected++;
            inFile.set(src, v);
            slice.rows.push(row);
          }
        }
        g = h;
      }
      totals.stored += slice.rows.length;
      totals.corrections += slice.corrections.length;
      await visit(slice);
      a = b;
    }
  }
  return totals;
}

/** Row indices grouped by metric (counting sort, file order kept), each metric's in instant order. */
function byMetricAndInstant(samples: SampleColumns): { order: Int32Array; starts: Int32Array } {
  const { length, metric, at } = samples;
  const starts = new Int32Array(samples.metrics.length + 1);
  const count = new Int32Array(samples.metrics.length);
  for (let i = 0; i < length; i++) count[metric[i] as number] = (count[metric[i] as number] as number) + 1;
  for (let m = 0; m < count.length; m++) starts[m + 1] = (starts[m] as number) + (count[m] as number);
  const next = starts.slice(0, -1);
  const order = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const m = metric[i] as number;
    const slot = next[m] as number;
    order[slot] = i;
    next[m] = slot + 1;
  }
  for (let m = 0; m + 1 < starts.length; m++) {
    const from = starts[m] as number;
    const to = starts[m + 1] as number;
    let sorted = true;
    for (let j = from + 1; j < to && sorted; j++)
      sorted = (at[order[j] as number] as number) >= (at[order[j - 1] as number] as number);
    // Files list a metric's samples in time order nearly always; otherwise a stable sort.
    if (!sorted) order.subarray(from, to).sort((x, y) => (at[x] as number) - (at[y] as number) || x - y);
  }
  return { order, starts };
}

/** The stored samples of the metric between two instants, by instant and source; undefined when none. */
async function storedSlots(
  tx: StoreReader,
  metric: string,
  from: number,
  to: number,
): Promise<Map<number, Map<string, Slot>> | undefined> {
  const entries = await tx.sampleEntries(metric, isoFromMs(from), isoFromMs(to));
  if (entries.length === 0) return undefined;
  const slots = new Map<number, Map<string, Slot>>();
  for (const e of entries) {
    const instant = Date.parse(e.at);
    let bySource = slots.get(instant);
    if (!bySource) slots.set(instant, (bySource = new Map()));
    // Entries come in (instant, id) order: the last recorded stands for the slot.
    bySource.set(e.source, { id: e.id, value: currentValue(e) });
  }
  return slots;
}

/** Appends a slice's samples, then its corrections (recorded `at`, by `by`). */
export async function writeSlice(
  tx: StoreWriter,
  samples: SampleColumns,
  slice: PlanSlice,
  by: string,
  at: string,
): Promise<void> {
  if (slice.rows.length > 0) await tx.appendSamples(slice.metric, samples, slice.rows);
  for (const c of slice.corrections)
    await tx.addSampleCorrection({ sampleId: c.sampleId, value: c.value, reason: '', by, at });
}

export interface SamplePlan {
  /** Samples appended, in the order given. */
  store: Sample[];
  /** Corrections of stored samples, in the order given. */
  corrections: { sampleId: number; value: number; sample: Sample }[];
  /** Rows whose instant and source had another value (stored, or earlier in the same file). */
  corrected: number;
}

/** Writes samples given as objects (manual entry, a JSON document) by the one rule; what was written. */
export async function writeSamples(
  tx: StoreWriter,
  samples: readonly Sample[],
  by: string,
  at: string,
): Promise<SamplePlan> {
  const columns = SampleColumns.of(samples);
  const plan: SamplePlan = { store: [], corrections: [], corrected: 0 };
  const stored: number[] = [];
  const corrections: PlanSlice['corrections'] = [];
  plan.corrected = (
    await planSlices(tx, columns, async (slice) => {
      await writeSlice(tx, columns, slice, by, at);
      stored.push(...slice.rows);
      corrections.push(...slice.corrections);
    })
  ).corrected;
  const sample = (row: number) => samples[row] as Sample;
  plan.store = stored.sort((x, y) => x - y).map(sample);
  plan.corrections = corrections
    .sort((x, y) => x.row - y.row)
    .map((c) => ({ sampleId: c.sampleId, value: c.value, sample: sample(c.row) }));
  return plan;
}
