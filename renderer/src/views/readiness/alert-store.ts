// The board's alerts outside React: they survive moving between views, and the
// last report seen is kept per workspace so a change made while the app was closed
// still alerts on the next start.
import { create } from 'zustand';
import type { ReadinessReport } from '../../../../shared/domain.ts';
import { alertId, boardAlerts, type BoardAlert, type MetricOwners } from '../../../../shared/rules/alerts.ts';

const STORAGE_PREFIX = 'campaign-desk.board.last-report:';

interface AlertState {
  alerts: BoardAlert[];
  /** Compares the report with the one seen before, keeps it, and returns the new alerts. */
  observe(workspace: string, report: ReadinessReport, metrics: MetricOwners): BoardAlert[];
  dismiss(id: string): void;
}

export const useAlertStore = create<AlertState>((set) => ({
  alerts: [],
  observe(workspace, report, metrics) {
    const key = STORAGE_PREFIX + workspace;
    const fresh = boardAlerts(readReport(key), report, metrics);
    localStorage.setItem(key, JSON.stringify(report));
    if (fresh.length > 0) {
      const ids = new Set(fresh.map(alertId));
      set((s) => ({ alerts: [...fresh, ...s.alerts.filter((a) => !ids.has(alertId(a)))] }));
    }
    return fresh;
  },
  dismiss: (id) => set((s) => ({ alerts: s.alerts.filter((a) => alertId(a) !== id) })),
}));

function readReport(key: string): ReadinessReport | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as ReadinessReport) : null;
  } catch {
    return null;
  }
}
