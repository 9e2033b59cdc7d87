import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metric, SampleEntry } from '../../../../shared/domain.ts';
import { valueStatus } from '../../../../shared/rules/metric-status.ts';
import { MetricStatusBadge } from '../../components/MetricStatusBadge.tsx';
import { useFormat } from '../../components/format.ts';
import { useSession } from '../../state/session.ts';
import { latestCorrection } from './sample-entries.ts';
import { SampleFixForm, type FixKind } from './SampleFixForm.tsx';

const SHOWN = 8;

/** The latest samples, newest first, each judged against the thresholds; corrected and withdrawn ones marked. */
interface Props {
  metric: Metric;
  entries: readonly SampleEntry[];
  /** The instant the page shows (now when undefined): ages are counted from it, corrections known by then shown. */
  at: string | undefined;
  /** The person may correct or withdraw (the metric's department, or an admin). */
  canFix: boolean;
  /** The owning department's name, for whom to ask. */
  department: string;
}

export function RecentSamples({ metric, entries, at, canFix, department }: Props) {
  const { t } = useTranslation('metrics');
  const format = useFormat();
  const people = useSession((s) => s.people);
  const [fixing, setFixing] = useState<{ entry: SampleEntry; kind: FixKind } | null>(null);
  const recent = [...entries].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id).slice(0, SHOWN);
  if (recent.length === 0) return null;
  const nameOf = (by: string) => people.find((p) => p.key === by)?.name ?? by;
  // Actions only on the page of now: a page "as it stood" is history.
  const actions = canFix && at === undefined;
  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title">{t('detail.recent')}</h2>
      <table className="grid compact recent-samples">
        <thead>
          <tr>
            <th>{t('detail.when')}</th>
            <th className="num">{t('detail.value')}</th>
            <th>{t('detail.status')}</th>
            <th>{t('detail.source')}</th>
            {actions && <th>{t('detail.fix')}</th>}
          </tr>
        </thead>
        <tbody>
          {recent.map((s) => {
            const c = latestCorrection(s, at);
            const value = c ? c.value : s.value;
            return (
              <tr
                key={s.id}
                data-sample-id={s.id}
                data-state={!c ? 'recorded' : c.value === null ? 'withdrawn' : 'corrected'}
              >
                <td>
                  {format.dateTime(s.at)} <span className="muted small">({format.age(s.at, at)})</span>
                </td>
                <td className="num">
                  {c && <del className="superseded">{format.number(s.value, metric.unit)}</del>}
                  {value !== null && (
                    <>
                      {c && ' '}
                      {format.number(value, metric.unit)}
                    </>
                  )}
                  {c && (
                    <span className="correction-note muted small">
                      {t(c.value === null ? 'detail.withdrawn' : 'detail.corrected', {
                        name: nameOf(c.by),
                        when: format.dateTime(c.at),
                      })}
                      {' — '}
                      {c.reason || t('detail.reimported')}
                    </span>
                  )}
                </td>
                <td>{value !== null && <MetricStatusBadge status={valueStatus(metric, value)} />}</td>
                <td className="muted">{s.source}</td>
                {actions && (
                  <td className="sample-actions">
                    {value !== null && (
                      <div className="button-row">
                        <button onClick={() => setFixing({ entry: s, kind: 'correct' })}>
                          {t('detail.correct')}
                        </button>
                        <button onClick={() => setFixing({ entry: s, kind: 'withdraw' })}>
                          {t('detail.withdraw')}
                        </button>
                      </div>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {!canFix && at === undefined && <p className="muted small">{t('detail.askToFix', { department })}</p>}
      {fixing && (
        <SampleFixForm
          metric={metric}
          entry={fixing.entry}
          kind={fixing.kind}
          onClose={() => setFixing(null)}
        />
      )}
    </section>
  );
}
