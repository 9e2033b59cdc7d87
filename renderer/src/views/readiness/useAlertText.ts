import { useTranslation } from 'react-i18next';
import type { MetricHealth } from '../../../../shared/api.ts';
import type { Flag } from '../../../../shared/domain.ts';
import { useFormat } from '../../components/format.ts';
import { useSession } from '../../state/session.ts';
import type { BoardAlert } from '../../../../shared/rules/alerts.ts';

/** An alert as a notification's title and body, in the person's language. */
export function useAlertText(
  metrics: readonly MetricHealth[],
  sentence: (campaign: string, flag: Flag) => string,
): (alert: BoardAlert) => { title: string; body: string } {
  const { t } = useTranslation('readiness');
  const format = useFormat();
  const departments = useSession((s) => s.departments);
  return (alert) => {
    switch (alert.kind) {
      case 'turned_not_ready':
        return {
          title: t('alerts.turnedNotReady', { title: alert.title }),
          body: t('alerts.launch', { date: format.dateTime(alert.start), relative: format.age(alert.start) }),
        };
      case 'live_while_critical':
        return {
          title: t('alerts.liveWhileCritical', { title: alert.title }),
          body: alert.flags.map((f) => sentence(alert.campaign, f)).join('; '),
        };
      case 'metric_failing_live': {
        const metric = metrics.find((m) => m.metric.key === alert.metric)?.metric;
        const department = departments.find((d) => d.key === alert.department)?.name ?? alert.department;
        return {
          title: t('alerts.metricFailing', { metric: metric?.name ?? alert.metric }),
          body: t('alerts.metricFailingBody', { department, title: alert.title }),
        };
      }
    }
  };
}
