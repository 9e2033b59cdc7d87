import { useTranslation } from 'react-i18next';
import type { MetricHealth } from '../../../../shared/api.ts';
import type { Sample } from '../../../../shared/domain.ts';
import { MetricStatusBadge } from '../../components/MetricStatusBadge.tsx';
import { Sparkline } from '../../components/Sparkline.tsx';
import { useFormat } from '../../components/format.ts';
import { useSession } from '../../state/session.ts';
import { SPARK_DAYS } from './useSparklines.ts';

interface Props {
  health: MetricHealth;
  samples: readonly Sample[];
  at: string;
}

/** One metric at a glance: value, status in words, two-week trend, and how old the data is. */
export function MetricTile({ health, samples, at }: Props) {
  const { t } = useTranslation('readiness');
  const format = useFormat();
  const department = useSession((s) => s.departments.find((d) => d.key === health.metric.department));
  const { metric, latest, status } = health;
  const from = new Date(Date.parse(at) - SPARK_DAYS * 86_400_000).toISOString();
  return (
    <a
      className={`tile tile-${status}`}
      href={`#/metrics/${encodeURIComponent(metric.key)}`}
      data-metric={metric.key}
      data-status={status}
    >
      <span className="tile-head">
        <span className="tile-name">{metric.name}</span>
        <MetricStatusBadge status={status} />
      </span>
      <span className="tile-body">
        <span className="tile-value">{latest ? format.number(latest.value, metric.unit) : '—'}</span>
        <Sparkline
          samples={samples}
          warn={metric.warn}
          fail={metric.fail}
          from={from}
          to={at}
          label={t('tiles.trend', { metric: metric.name, days: format.days(SPARK_DAYS) })}
        />
      </span>
      <span className="tile-foot muted small">
        <span>{department?.name ?? metric.department}</span>
        <span>
          {latest ? t('tiles.lastSample', { age: format.age(latest.at, at) }) : t('tiles.noSamples')}
        </span>
      </span>
    </a>
  );
}
