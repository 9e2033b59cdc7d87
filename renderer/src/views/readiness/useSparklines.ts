import { useEffect, useState } from 'react';
import type { Sample } from '../../../../shared/domain.ts';
import { useSession } from '../../state/session.ts';

export const SPARK_DAYS = 14;

/** The last two weeks of samples of each metric up to `at`, for the tiles' sparklines. */
export function useSparklines(keys: readonly string[], at: string): ReadonlyMap<string, Sample[]> {
  const api = useSession((s) => s.api);
  const [samples, setSamples] = useState<ReadonlyMap<string, Sample[]>>(new Map());
  const joined = keys.join(',');
  useEffect(() => {
    let live = true;
    const from = new Date(Date.parse(at) - SPARK_DAYS * 86_400_000).toISOString();
    const list = joined ? joined.split(',') : [];
    Promise.all(list.map((metric) => api.call('samples.list', { metric, from, to: at })))
      .then((found) => live && setSamples(new Map(list.map((k, i) => [k, found[i] ?? []]))))
      .catch(() => live && setSamples(new Map()));
    return () => {
      live = false;
    };
  }, [api, joined, at]);
  return samples;
}
