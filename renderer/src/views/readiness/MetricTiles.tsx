import { useTranslation } from 'react-i18next';
import type { MetricHealth } from '../../../../shared/api.ts';
import type { MetricStatus } from '../../../../shared/domain.ts';
import { MetricTile } from './MetricTile.tsx';
import { useSparklines } from './useSparklines.ts';

const RANK: Record<MetricStatus, number> = { failing: 0, at_risk: 1, stale: 2, ok: 3 };

/** Metric health tiles, the worst first. */
export function MetricTiles({ metrics, at }: { metrics: readonly MetricHealth[]; at: string }) {
  const { t } = useTranslation('readiness');
  const samples = useSparklines(
    metrics.map((m) => m.metric.key),
    at,
  );
  const sorted = [...metrics].sort(
    (a, b) => RANK[a.status] - RANK[b.status] || a.metric.name.localeCompare(b.metric.name),
  );
  return (
    <section className="tiles" aria-labelledby="tiles-title">
      <h2 id="tiles-title">{t('tiles.title')}</h2>
      {sorted.length === 0 && <p className="muted">{t('tiles.none')}</p>}
      {sorted.map((m) => (
        <MetricTile key={m.metric.key} health={m} samples={samples.get(m.metric.key) ?? []} at={at} />
      ))}
    </section>
  );
}
