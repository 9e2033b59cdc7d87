import { useEffect, useState } from 'react';
import type { CampaignDetail, MetricHealth, ReadinessSettings } from '../../../../shared/api.ts';
import type { ReadinessReport } from '../../../../shared/domain.ts';
import { useSession } from '../../state/session.ts';
import i18next from 'i18next';
import { errorText } from '../../components/error-text.ts';

export interface BoardData {
  report: ReadinessReport;
  /** Each reported campaign in full (versions, acknowledgements, decisions with their flag snapshots). */
  details: ReadonlyMap<string, CampaignDetail>;
  metrics: MetricHealth[];
  settings: ReadinessSettings;
}

/**
 * Everything the board shows at `at` (now when undefined); refetched on every change event.
 * `fresh` is false while the data on screen is still that of the previous `at`.
 */
export function useBoard(at: string | undefined): {
  data: BoardData | null;
  fresh: boolean;
  error: string | null;
  reload: () => void;
} {
  const api = useSession((s) => s.api);
  const revision = useSession((s) => s.revision);
  const [loaded, setLoaded] = useState<{ for: string; data: BoardData } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    (async () => {
      const [report, metrics, settings] = await Promise.all([
        api.call('readiness.report', at ? { at } : {}),
        api.call('metrics.list', { at: at ?? undefined }),
        api.call('settings.get', {}),
      ]);
      const details = await Promise.all(
        report.campaigns.map((c) => api.call('campaigns.get', { key: c.key, at: report.at })),
      );
      if (!live) return;
      const data = { report, metrics, settings, details: new Map(details.map((d) => [d.campaign.key, d])) };
      setLoaded({ for: at ?? 'now', data });
      setError(null);
    })().catch((err: unknown) => live && setError(errorText(i18next.t, err)));
    return () => {
      live = false;
    };
  }, [api, at, revision, tick]);

  return {
    data: loaded?.data ?? null,
    fresh: loaded?.for === (at ?? 'now'),
    error,
    reload: () => setTick((n) => n + 1),
  };
}
