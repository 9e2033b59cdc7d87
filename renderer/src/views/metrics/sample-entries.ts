// Samples as recorded, with their corrections (issue 10): what was in force at an instant.
import type { Sample, SampleCorrection, SampleEntry } from '../../../../shared/domain.ts';

/** The latest correction recorded by `at` (every one when undefined), if any. */
export function latestCorrection(entry: SampleEntry, at: string | undefined): SampleCorrection | undefined {
  const known = at === undefined ? entry.corrections : entry.corrections.filter((c) => c.at <= at);
  return known.at(-1);
}

/** The samples in force as known at `at`: corrected values, withdrawn ones left out (the rules' view). */
export function samplesInForce(entries: readonly SampleEntry[], at: string | undefined): Sample[] {
  const out: Sample[] = [];
  for (const e of entries) {
    const c = latestCorrection(e, at);
    if (c && c.value === null) continue;
    out.push({ metric: e.metric, at: e.at, value: c ? (c.value as number) : e.value, source: e.source });
  }
  return out;
}
