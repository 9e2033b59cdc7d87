import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MetricStatusBadge } from '../../components/MetricStatusBadge.tsx';
import { useFormat } from '../../components/format.ts';
import { useMe, useSession } from '../../state/session.ts';
import { stalePeriods } from './chart-data.ts';
import { MetricChart } from './MetricChart.tsx';
import { RecentSamples } from './RecentSamples.tsx';
import { SampleForm } from './SampleForm.tsx';
import { canEnterSamples, useMetrics } from './useMetrics.ts';
import { useSamples } from './useSamples.ts';
import { samplesInForce } from './sample-entries.ts';
import { nowIso } from '../../state/clock.ts';

const RANGES = [14, 30, 90] as const;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** #/metrics/<key>: the trend chart with thresholds and stale periods, recent samples, manual entry. */
export function MetricDetail({ metricKey, at }: { metricKey: string; at: string | undefined }) {
  const { t } = useTranslation('metrics');
  const format = useFormat();
  const me = useMe();
  const departments = useSession((s) => s.departments);
  const { metrics, error } = useMetrics(at);
  const [days, setDays] = useState<(typeof RANGES)[number]>(30);
  const [adding, setAdding] = useState(false);
  // "Now" is fixed per range choice so the window does not slide on every render.
  const to = useMemo(() => at ?? nowIso(), [at]);
  const from = new Date(Date.parse(to) - days * DAY_MS).toISOString();
  const health = metrics?.find((m) => m.metric.key === metricKey);
  // Samples from one max age before the window, so the first stale span is judged right.
  const since = health
    ? new Date(Date.parse(from) - health.metric.maxAgeHours * HOUR_MS).toISOString()
    : null;
  const entries = useSamples(metricKey, since, to);
  // The chart and stale spans follow what was in force at the page's instant (corrections known by then).
  const samples = useMemo(() => entries && samplesInForce(entries, at), [entries, at]);
  const stale = useMemo(
    () => (health && samples ? stalePeriods(samples, health.metric.maxAgeHours, from, to) : []),
    [health, samples, from, to],
  );
  const shown = useMemo(() => (samples ?? []).filter((s) => s.at >= from), [samples, from]);

  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!metrics || !samples) return <p className="muted">{t('app:loading')}</p>;
  if (!health)
    return (
      <p>
        {t('detail.unknown', { key: metricKey })} <a href="#/metrics">{t('detail.back')}</a>
      </p>
    );
  const { metric } = health;
  return (
    <div className="metric-detail" data-testid="metric-detail" data-metric={metric.key}>
      <a href="#/metrics" className="back-link">
        ← {t('detail.back')}
      </a>
      <header className="metric-detail-head">
        <h1>{metric.name}</h1>
        <MetricStatusBadge status={health.status} />
        {health.latest && (
          <span className="muted">
            {format.number(health.latest.value, metric.unit)} ·{' '}
            {t('detail.sampled', { age: format.age(health.latest.at, at) })}
          </span>
        )}
        {canEnterSamples(me, metric) && (
          <button className="primary head-action" onClick={() => setAdding(true)}>
            {t('sample.add')}
          </button>
        )}
      </header>
      <p className="muted">
        {t('detail.summary', {
          department: departments.find((d) => d.key === metric.department)?.name ?? metric.department,
          direction: t(`direction.${metric.direction}`),
          warn: format.number(metric.warn, metric.unit),
          fail: format.number(metric.fail, metric.unit),
          hours: metric.maxAgeHours,
        })}
      </p>
      <div className="range-picker" role="group" aria-label={t('detail.range')}>
        {RANGES.map((n) => (
          <button key={n} aria-pressed={days === n} onClick={() => setDays(n)}>
            {format.days(n)}
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="muted empty">{t('detail.noSamples')}</p>
      ) : (
        <MetricChart metric={metric} samples={shown} stale={stale} from={from} to={to} />
      )}
      <RecentSamples
        metric={metric}
        entries={(entries ?? []).filter((e) => e.at >= from)}
        at={at}
        canFix={canEnterSamples(me, metric)}
        department={departments.find((d) => d.key === metric.department)?.name ?? metric.department}
      />
      {adding && <SampleForm metric={metric} onClose={() => setAdding(false)} />}
    </div>
  );
}
