// Sample rows as both engines insert them, and the `skipExisting` rule of insertSamples.

/** (metric id, instant ms, value, source) as inserted. */
export type SampleRow = [number, number, number, string];

type Stored = { at: number; value: number; source: string };

/**
 * Leaves out rows identical to a stored sample or to an earlier row: one range read per metric
 * (`stored(metric id, from ms, to ms)`).
 */
export async function withoutStored(
  rows: SampleRow[],
  stored: (id: number, from: number, to: number) => Promise<Stored[]>,
): Promise<SampleRow[]> {
  const ranges = new Map<number, [number, number]>();
  for (const [id, at] of rows) {
    const r = ranges.get(id);
    if (!r) ranges.set(id, [at, at]);
    else if (at < r[0]) r[0] = at;
    else if (at > r[1]) r[1] = at;
  }
  // metric id → instant → (value, source) pairs already there; most instants hold none.
  const seen = new Map<number, Map<number, [number, string][]>>();
  for (const [id, [from, to]] of ranges) {
    const byAt = new Map<number, [number, string][]>();
    seen.set(id, byAt);
    for (const x of await stored(id, from, to)) addPair(byAt, x.at, x.value, x.source);
  }
  return rows.filter(([id, at, value, source]) => {
    const byAt = seen.get(id) as Map<number, [number, string][]>;
    if (byAt.get(at)?.some(([v, src]) => v === value && src === source)) return false;
    addPair(byAt, at, value, source);
    return true;
  });
}

function addPair(byAt: Map<number, [number, string][]>, at: number, value: number, source: string): void {
  const pairs = byAt.get(at);
  if (pairs) pairs.push([value, source]);
  else byAt.set(at, [[value, source]]);
}

/**
 * In index order, so each insert lands beside the last one in the (metric, at) index. The sort is
 * stable: samples at the same instant keep their file order, and the one imported last still wins.
 */
export function inIndexOrder(rows: SampleRow[]): SampleRow[] {
  return rows.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
