import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../../shared/api.ts';
import { AcknowledgementLine } from '../../components/AcknowledgementLine.tsx';
import { DecisionStatus } from '../../components/DecisionStatus.tsx';
import { EarlierConcern } from '../../components/EarlierConcern.tsx';
import { useFormat } from '../../components/format.ts';
import { navigate } from '../../state/route.ts';

/** One brief awaiting acknowledgement: when it launches, by when to acknowledge, and whether it changed. */
export function InboxRow({ item, department }: { item: InboxItem; department: string }) {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  const { campaign } = item;
  const href = `#/campaign/${encodeURIComponent(campaign.key)}`;
  return (
    <tr
      className={item.overdue ? 'inbox-row overdue' : 'inbox-row'}
      data-testid={`inbox-item-${campaign.key}`}
      data-overdue={item.overdue}
      data-stale={item.staleVersion}
      onClick={(e) => {
        if (!(e.target instanceof HTMLAnchorElement)) navigate(href);
      }}
    >
      <td>
        <a href={href} className="inbox-title">
          {campaign.title}
        </a>
        {item.decision && (
          <div>
            <DecisionStatus decision={item.decision} />
          </div>
        )}
        <AcknowledgementLine summary={item.acknowledgements} className="small" />
        {item.acknowledgements.departments
          .filter((d) => d.department === department)
          .map((d) => (
            <EarlierConcern key={d.department} ack={d} />
          ))}
        {item.staleVersion && (
          <div className="changed" data-testid="changed-since">
            <span aria-hidden="true">⟲</span> {t('changed')}
          </div>
        )}
      </td>
      <td>
        {format.date(campaign.start)}
        <div className="muted small">{format.age(campaign.start)}</div>
      </td>
      <td>
        {item.overdue ? (
          <strong className="overdue-text">
            <span aria-hidden="true">✖ </span>
            {t('overdue', { when: format.age(item.ackDeadline) })}
          </strong>
        ) : (
          <>
            {format.date(item.ackDeadline)}
            <div className="muted small">{format.age(item.ackDeadline)}</div>
          </>
        )}
      </td>
      <td>
        {t('version', { version: item.currentVersion })}
        <div className="muted small">{t('published', { when: format.date(item.publishedAt) })}</div>
      </td>
      <td className="inbox-action">
        <a href={href} className="button-link">
          {t('read')}
        </a>
      </td>
    </tr>
  );
}
