import { useTranslation } from 'react-i18next';
import { TREND_DAYS, type BoardMetric } from '../../../../shared/board.ts';
import { MetricStatusBadge } from '../../components/MetricStatusBadge.tsx';
import { Sparkline } from '../../components/Sparkline.tsx';
import { useFormat } from '../../components/format.ts';
import { useSession } from '../../state/session.ts';

interface Props {
  health: BoardMetric;
  /** Live and upcoming campaigns its present status flags. */
  affects: number;
  at: string;
}

/** One metric at a glance: value, status in words, two-week trend, and how old the data is. */
export function MetricTile({ health, affects, at }: Props) {
  const { t } = useTranslation('readiness');
  const format = useFormat();
  const department = useSession((s) => s.departments.find((d) => d.key === health.metric.department));
  const { metric, latest, status } = health;
  const from = new Date(Date.parse(at) - TREND_DAYS * 86_400_000).toISOString();
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
          samples={health.trend}
          warn={metric.warn}
          fail={metric.fail}
          from={from}
          to={at}
          label={t('tiles.trend', { metric: metric.name, days: format.days(TREND_DAYS) })}
        />
      </span>
      {status !== 'ok' && (
        <span className="tile-affects small" data-testid="metric-affects" data-count={affects}>
          {t('board.affects', { count: affects })}
        </span>
      )}
      <span className="tile-foot muted small">
        <span>{department?.name ?? metric.department}</span>
        <span>
          {latest ? t('tiles.lastSample', { age: format.age(latest.at, at) }) : t('tiles.noSamples')}
        </span>
      </span>
    </a>
  );
}
