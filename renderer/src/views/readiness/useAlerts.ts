import { useEffect, useEffectEvent } from 'react';
import type { MetricHealth } from '../../../../shared/api.ts';
import type { ReadinessReport } from '../../../../shared/domain.ts';
import type { BoardAlert } from '../../../../shared/rules/alerts.ts';
import { useSession } from '../../state/session.ts';
import { useAlertStore } from './alert-store.ts';

/**
 * Feeds each live report to the alert store; the banner shows the store's alerts until dismissed.
 * OS notifications come from the desktop shell's readiness watcher, which knows who should hear each.
 */
export function useAlerts(
  report: ReadinessReport | null,
  live: boolean,
  metrics: readonly MetricHealth[],
): { alerts: BoardAlert[]; dismiss: (id: string) => void } {
  const workspace = useSession((s) => s.info?.location ?? '');
  const alerts = useAlertStore((s) => s.alerts);
  const dismiss = useAlertStore((s) => s.dismiss);
  const observe = useAlertStore((s) => s.observe);
  // The metrics arrive with the report; reading them here keeps a new array from re-running the effect.
  const observeReport = useEffectEvent((r: ReadinessReport) =>
    observe(
      workspace,
      r,
      metrics.map((m) => m.metric),
    ),
  );

  useEffect(() => {
    if (report && live) observeReport(report);
  }, [report, live, workspace]);

  return { alerts, dismiss };
}
