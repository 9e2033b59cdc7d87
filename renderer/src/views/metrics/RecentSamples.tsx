import { useTranslation } from 'react-i18next';
import type { Metric, Sample } from '../../../../shared/domain.ts';
import { valueStatus } from '../../../../shared/rules/metric-status.ts';
import { MetricStatusBadge } from '../../components/MetricStatusBadge.tsx';
import { useFormat } from '../../components/format.ts';

const SHOWN = 8;

/** The latest samples, newest first, each judged against the thresholds. */
interface Props {
  metric: Metric;
  samples: readonly Sample[];
  /** The instant the page shows (now when undefined): ages are counted from it. */
  at: string | undefined;
}

export function RecentSamples({ metric, samples, at }: Props) {
  const { t } = useTranslation('metrics');
  const format = useFormat();
  const recent = [...samples].sort((a, b) => b.at.localeCompare(a.at)).slice(0, SHOWN);
  if (recent.length === 0) return null;
  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title">{t('detail.recent')}</h2>
      <table className="grid compact">
        <thead>
          <tr>
            <th>{t('detail.when')}</th>
            <th className="num">{t('detail.value')}</th>
            <th>{t('detail.status')}</th>
            <th>{t('detail.source')}</th>
          </tr>
        </thead>
        <tbody>
          {recent.map((s, i) => (
            <tr key={`${s.at}-${i}`}>
              <td>
                {format.dateTime(s.at)} <span className="muted small">({format.age(s.at, at)})</span>
              </td>
              <td className="num">{format.number(s.value, metric.unit)}</td>
              <td>
                <MetricStatusBadge status={valueStatus(metric, s.value)} />
              </td>
              <td className="muted">{s.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
