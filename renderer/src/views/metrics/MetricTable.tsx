import { useTranslation } from 'react-i18next';
import type { MetricHealth } from '../../../../shared/api.ts';
import type { Metric } from '../../../../shared/domain.ts';
import { MetricStatusBadge } from '../../components/MetricStatusBadge.tsx';
import { useFormat } from '../../components/format.ts';
import { useMe, useSession } from '../../state/session.ts';
import { canEnterSamples } from './useMetrics.ts';

interface Props {
  metrics: readonly MetricHealth[];
  onEdit?: (metric: Metric) => void;
  onAddSample: (metric: Metric) => void;
}

/** The metric definitions with their thresholds and where each stands now. */
export function MetricTable({ metrics, onEdit, onAddSample }: Props) {
  const { t } = useTranslation('metrics');
  const format = useFormat();
  const me = useMe();
  const departments = useSession((s) => s.departments);
  return (
    <table className="grid metric-table">
      <thead>
        <tr>
          <th>{t('table.name')}</th>
          <th>{t('table.department')}</th>
          <th>{t('table.unit')}</th>
          <th>{t('table.direction')}</th>
          <th className="num">{t('table.warn')}</th>
          <th className="num">{t('table.fail')}</th>
          <th className="num">{t('table.maxAge')}</th>
          <th>{t('table.now')}</th>
          <th>
            <span className="visually-hidden">{t('table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {metrics.map(({ metric, status, latest }) => (
          <tr key={metric.key} data-metric={metric.key}>
            <td>
              <a href={`#/metrics/${encodeURIComponent(metric.key)}`}>{metric.name}</a>
            </td>
            <td>{departments.find((d) => d.key === metric.department)?.name ?? metric.department}</td>
            <td>{metric.unit}</td>
            <td>{t(`direction.${metric.direction}`)}</td>
            <td className="num">{format.plain(metric.warn)}</td>
            <td className="num">{format.plain(metric.fail)}</td>
            <td className="num">{t('table.hours', { hours: metric.maxAgeHours })}</td>
            <td>
              <MetricStatusBadge status={status} />{' '}
              {latest && (
                <span className="muted small">
                  {format.number(latest.value, metric.unit)} · {format.age(latest.at)}
                </span>
              )}
            </td>
            <td className="row-actions">
              {canEnterSamples(me, metric) && (
                <button onClick={() => onAddSample(metric)} data-testid={`add-sample-${metric.key}`}>
                  {t('sample.add')}
                </button>
              )}
              {onEdit && (
                <button onClick={() => onEdit(metric)} data-testid={`edit-${metric.key}`}>
                  {t('table.edit')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
