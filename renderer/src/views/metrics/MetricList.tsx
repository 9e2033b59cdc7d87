import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metric } from '../../../../shared/domain.ts';
import { hasRole, useMe } from '../../state/session.ts';
import { CsvImport } from './CsvImport.tsx';
import { MetricForm } from './MetricForm.tsx';
import { MetricTable } from './MetricTable.tsx';
import { SampleForm } from './SampleForm.tsx';
import { useMetrics } from './useMetrics.ts';

type Dialog = { kind: 'define'; metric?: Metric } | { kind: 'sample'; metric: Metric } | { kind: 'csv' };

/** #/metrics: definitions and thresholds, manual entry, CSV import. */
export function MetricList() {
  const { t } = useTranslation('metrics');
  const me = useMe();
  const { metrics, error } = useMetrics();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const admin = hasRole(me, 'admin');
  const ownsAny = admin || (metrics ?? []).some((m) => m.metric.department === me?.department);

  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!metrics) return <p className="muted">{t('app:loading')}</p>;
  return (
    <div className="metrics-page">
      <header className="page-head">
        <h1>{t('title')}</h1>
        <span className="head-actions">
          {ownsAny && (
            <button onClick={() => setDialog({ kind: 'csv' })} data-testid="open-csv-import">
              {t('csv.open')}
            </button>
          )}
          {admin && (
            <button
              className="primary"
              onClick={() => setDialog({ kind: 'define' })}
              data-testid="new-metric"
            >
              {t('newMetric')}
            </button>
          )}
        </span>
      </header>
      <p className="muted">{t(admin ? 'leadAdmin' : 'lead')}</p>
      {metrics.length === 0 ? (
        <p className="empty">{t(admin ? 'emptyAdmin' : 'empty')}</p>
      ) : (
        <MetricTable
          metrics={metrics}
          onEdit={admin ? (metric) => setDialog({ kind: 'define', metric }) : undefined}
          onAddSample={(metric) => setDialog({ kind: 'sample', metric })}
        />
      )}
      {dialog?.kind === 'define' && (
        <MetricForm
          metric={dialog.metric}
          existingKeys={metrics.map((m) => m.metric.key)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'sample' && <SampleForm metric={dialog.metric} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'csv' && <CsvImport onClose={() => setDialog(null)} />}
    </div>
  );
}
