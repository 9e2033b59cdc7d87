// Timing helpers: every figure is the median of several runs.

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs `work` once untimed (warm caches, prepared statements), then `runs` times; the median in ms. */
export async function medianMs(runs: number, work: () => unknown, warmUp = true): Promise<number> {
  if (warmUp) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Like medianMs for two pieces of work, alternating runs so both see the same machine conditions. */
export async function medianMsPair(
  runs: number,
  a: () => unknown,
  b: () => unknown,
): Promise<[number, number]> {
  const [ma = 0, mb = 0] = await medianMsEach(runs, [a, b]);
  return [ma, mb];
}

/** Like medianMs for several pieces of work, run in turn each round (all see the same machine conditions). */
export async function medianMsEach(runs: number, works: readonly (() => unknown)[]): Promise<number[]> {
  for (const work of works) await work();
  const times = works.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, work] of works.entries()) {
      const start = performance.now();
      await work();
      times[k]?.push(performance.now() - start);
    }
  }
  return times.map(median);
}
