import { useTranslation } from 'react-i18next';
import type { BoardMetric } from '../../../../shared/board.ts';
import type { MetricStatus } from '../../../../shared/domain.ts';
import { MetricTile } from './MetricTile.tsx';

const RANK: Record<MetricStatus, number> = { failing: 0, at_risk: 1, stale: 2, ok: 3 };

/** Metric health tiles, the worst first: each metric stated once, with how many campaigns it affects. */
export function MetricTiles({
  metrics,
  affected,
  at,
}: {
  metrics: readonly BoardMetric[];
  affected: ReadonlyMap<string, readonly string[]>;
  at: string;
}) {
  const { t } = useTranslation('readiness');
  const sorted = [...metrics].sort(
    (a, b) => RANK[a.status] - RANK[b.status] || a.metric.name.localeCompare(b.metric.name),
  );
  return (
    <section className="tiles" aria-labelledby="tiles-title">
      <h2 id="tiles-title">{t('tiles.title')}</h2>
      {sorted.length === 0 && <p className="muted">{t('tiles.none')}</p>}
      {sorted.map((m) => (
        <MetricTile key={m.metric.key} health={m} affects={affected.get(m.metric.key)?.length ?? 0} at={at} />
      ))}
    </section>
  );
}
