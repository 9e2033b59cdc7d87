import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCampaign } from '../../../../shared/board.ts';
import { useFormat } from '../../components/format.ts';
import { usePaged } from './usePaged.ts';

interface Props {
  id: string;
  title: string;
  /** More words after the count (e.g. how many are live). */
  detail?: string | undefined;
  campaigns: readonly BoardCampaign[];
  row: (campaign: BoardCampaign) => ReactNode;
}

/** One group of the board (a readiness, a department or a launch window), a page at a time. */
export function CampaignGroup({ id, title, detail, campaigns, row }: Props) {
  const { t } = useTranslation('readiness');
  const format = useFormat();
  const { shown, more } = usePaged();
  const visible = campaigns.slice(0, shown);
  return (
    <section className="board-group" data-group={id} aria-label={title}>
      <h3 className="board-group-title">
        {title} <span className="muted">({format.plain(campaigns.length)})</span>
        {detail && <span className="muted board-group-detail"> — {detail}</span>}
      </h3>
      <ul className="board-list">{visible.map(row)}</ul>
      {campaigns.length > shown && (
        <button type="button" className="show-more no-print" onClick={more}>
          {t('board.showMore', { shown: format.plain(shown), total: format.plain(campaigns.length) })}
        </button>
      )}
    </section>
  );
}
