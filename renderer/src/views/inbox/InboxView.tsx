import { useTranslation } from 'react-i18next';
import { MARKETING_DEPARTMENT } from '../../../../shared/domain.ts';
import '../../components/ui.css';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useMe, useSession } from '../../state/session.ts';
import { InboxRow } from './InboxRow.tsx';
import './inbox.css';

/** #/inbox: briefs awaiting my department's acknowledgement, soonest launch first. */
export function InboxView() {
  const { t } = useTranslation('inbox');
  const me = useMe();
  const departments = useSession((s) => s.departments);
  const department = departments.find((d) => d.key === me?.department);
  const inbox = useApiQuery(me ? `inbox:${me.department}` : null, (api) =>
    api.call('inbox.list', { department: me?.department ?? '' }),
  );
  const items = inbox.data ?? [];
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <section className="inbox" aria-labelledby="inbox-heading">
      <div className="view-header">
        <h1 id="inbox-heading">{t('title', { department: department?.name ?? me?.department ?? '' })}</h1>
        {items.length > 0 && (
          <span className="muted" data-testid="inbox-summary">
            {t('count', { count: items.length })}
            {overdue > 0 && (
              <strong className="overdue-text"> · {t('overdueCount', { count: overdue })}</strong>
            )}
          </span>
        )}
      </div>
      {inbox.error && (
        <p className="error" role="alert">
          {inbox.error}
        </p>
      )}
      {!inbox.data && !inbox.error && <p className="muted">{t('loading')}</p>}
      {inbox.data && items.length === 0 && (
        <div className="empty-state" data-testid="inbox-empty">
          <p>
            {me?.department === MARKETING_DEPARTMENT
              ? t('empty.marketing')
              : t('empty.none', { department: department?.name ?? '' })}
          </p>
          <p className="muted">{t('empty.hint')}</p>
          <a href="#/calendar" className="button-link">
            {t('empty.toCalendar')}
          </a>
        </div>
      )}
      {items.length > 0 && (
        <table className="grid inbox-table" data-testid="inbox-list">
          <thead>
            <tr>
              <th>{t('columns.campaign')}</th>
              <th>{t('columns.launch')}</th>
              <th>{t('columns.deadline')}</th>
              <th>{t('columns.version')}</th>
              <th>
                <span className="visually-hidden">{t('columns.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <InboxRow key={item.campaign.key} item={item} department={me?.department ?? ''} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
