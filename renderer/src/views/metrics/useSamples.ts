import { useEffect, useState } from 'react';
import type { SampleEntry } from '../../../../shared/domain.ts';
import { useSession } from '../../state/session.ts';

/**
 * Samples of one metric in [from, to] as recorded, with their corrections; refetched on change
 * events; nothing while `from` is not known yet.
 */
export function useSamples(metric: string, from: string | null, to: string): SampleEntry[] | null {
  const api = useSession((s) => s.api);
  const revision = useSession((s) => s.revision);
  const [samples, setSamples] = useState<SampleEntry[] | null>(null);
  useEffect(() => {
    if (from === null) return;
    let live = true;
    api
      .call('samples.history', { metric, from, to })
      .then((list) => live && setSamples(list))
      .catch(() => live && setSamples([]));
    return () => {
      live = false;
    };
  }, [api, metric, from, to, revision]);
  return samples;
}
