import { useEffect, useEffectEvent } from 'react';
import type { ReadinessReport } from '../../../../shared/domain.ts';
import { desktopNotify } from '../../components/desktop.ts';
import { useSession } from '../../state/session.ts';
import { useAlertStore } from './alert-store.ts';
import type { BoardAlert } from './alerts.ts';

/**
 * Feeds each live report to the alert store and hands new alerts to the desktop shell's
 * notifications; the banner shows the store's alerts until dismissed.
 */
export function useAlerts(
  report: ReadinessReport | null,
  live: boolean,
  describe: (alert: BoardAlert) => { title: string; body: string },
): { alerts: BoardAlert[]; dismiss: (id: string) => void } {
  const workspace = useSession((s) => s.info?.location ?? '');
  const alerts = useAlertStore((s) => s.alerts);
  const dismiss = useAlertStore((s) => s.dismiss);
  const observe = useAlertStore((s) => s.observe);
  const notify = useEffectEvent((alert: BoardAlert) => {
    const { title, body } = describe(alert);
    desktopNotify(title, body);
  });

  useEffect(() => {
    if (!report || !live) return;
    for (const alert of observe(workspace, report)) notify(alert);
  }, [report, live, workspace, observe]);

  return { alerts, dismiss };
}
