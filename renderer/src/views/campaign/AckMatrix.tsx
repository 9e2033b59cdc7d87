import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../shared/domain.ts';
import { archivedDepartments, currentVersion } from '../../../../shared/rules/readiness.ts';
import { useFormat } from '../../components/format.ts';
import { useSession } from '../../state/session.ts';
import { ackRows, type AckStanding } from './brief.ts';
import { nowIso } from '../../state/clock.ts';

const ICONS: Record<AckStanding, string> = { acknowledged: '✓', concern: '▲', stale: '⟲', awaiting: '…' };

/** Department × state × version × who × when; acknowledgements of a version no longer valid are marked stale. */
export function AckMatrix({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('campaign');
  const format = useFormat();
  const departments = useSession((s) => s.departments);
  const people = useSession((s) => s.people);
  const now = nowIso();
  const rows = ackRows(campaign, now, archivedDepartments(departments));
  const current = currentVersion(campaign, now);
  return (
    <section className="panel" aria-labelledby="acks-heading">
      <h2 id="acks-heading">{t('acks.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('acks.nobody')}</p>
      ) : (
        <table className="grid ack-matrix" data-testid="ack-matrix">
          <thead>
            <tr>
              <th>{t('acks.department')}</th>
              <th>{t('acks.state')}</th>
              <th>{t('acks.version')}</th>
              <th>{t('acks.by')}</th>
              <th>{t('acks.when')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ department, standing, ack }) => (
              <tr
                key={department}
                className={`ack-${standing}`}
                data-department={department}
                data-standing={standing}
              >
                <td>{departments.find((d) => d.key === department)?.name ?? department}</td>
                <td>
                  <span className="ack-state">
                    <span aria-hidden="true">{ICONS[standing]}</span> {t(`acks.standing.${standing}`)}
                  </span>
                  {standing === 'stale' && current !== undefined && (
                    <div className="small">{t('acks.staleExplain', { version: current })}</div>
                  )}
                  {ack?.note && <div className="ack-note">“{ack.note}”</div>}
                </td>
                <td>
                  {ack
                    ? `v${ack.version}`
                    : current !== undefined
                      ? t('acks.needs', { version: current })
                      : '—'}
                </td>
                <td>{ack ? (people.find((p) => p.key === ack.by)?.name ?? ack.by) : '—'}</td>
                <td>
                  {ack ? (
                    <span className="ack-when" title={format.dateTime(ack.at)}>
                      {format.date(ack.at)}
                      <div className="muted small">{format.age(ack.at)}</div>
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
