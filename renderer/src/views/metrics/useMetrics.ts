import { useEffect, useState } from 'react';
import type { MetricHealth } from '../../../../shared/api.ts';
import type { Metric, Person } from '../../../../shared/domain.ts';
import { useSession } from '../../state/session.ts';
import i18next from 'i18next';
import { errorText } from '../../components/error-text.ts';

/** Every metric with its status at `at` (now when undefined); refetched on change events. */
export function useMetrics(at?: string): { metrics: MetricHealth[] | null; error: string | null } {
  const api = useSession((s) => s.api);
  const revision = useSession((s) => s.revision);
  const [metrics, setMetrics] = useState<MetricHealth[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api
      .call('metrics.list', at ? { at } : {})
      .then((list) => {
        if (!live) return;
        setMetrics(list);
        setError(null);
      })
      .catch((err: unknown) => live && setError(errorText(i18next.t, err)));
    return () => {
      live = false;
    };
  }, [api, at, revision]);
  return { metrics, error };
}

/** Samples come from the metric's own department, or an admin (the service enforces the same). */
export function canEnterSamples(person: Person | undefined, metric: Metric): boolean {
  return !!person && (person.roles.includes('admin') || person.department === metric.department);
}
