import { useTranslation } from 'react-i18next';
import './metric-status.css';
import type { MetricStatus } from '../../../shared/domain.ts';

const ICONS: Record<MetricStatus, string> = { ok: '✓', at_risk: '▲', failing: '✖', stale: '◌' };

/** A metric's status as colour, icon and words (never colour alone). */
export function MetricStatusBadge({ status }: { status: MetricStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`metric-status metric-status-${status}`} data-metric-status={status}>
      <span aria-hidden="true">{ICONS[status]}</span>
      {t(`common:metricStatus.${status}`)}
    </span>
  );
}
