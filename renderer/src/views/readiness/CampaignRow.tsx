import { useTranslation } from 'react-i18next';
import type { CampaignDetail } from '../../../../shared/api.ts';
import type { CampaignReadiness, Flag } from '../../../../shared/domain.ts';
import { ReadinessBadge } from '../../components/ReadinessBadge.tsx';
import { useFormat } from '../../components/format.ts';
import { newSinceDecision } from './board-order.ts';
import { DecisionLine } from './DecisionLine.tsx';
import { FlagList } from './FlagList.tsx';

interface Props {
  campaign: CampaignReadiness;
  detail: CampaignDetail | undefined;
  at: string;
  sentence: (flag: Flag) => string;
  onDecide?: () => void;
}

/** One live or upcoming campaign: readiness, when, the standing decision, every flag. */
export function CampaignRow({ campaign: c, detail, at, sentence, onDecide }: Props) {
  const { t } = useTranslation('readiness');
  const format = useFormat();
  const when =
    c.phase === 'live'
      ? t('liveUntil', { date: format.dateTime(c.end), relative: format.age(c.end, at) })
      : t('launches', { date: format.dateTime(c.start), relative: format.age(c.start, at) });
  // The decision record behind the standing decision holds the flags it answered.
  const standing = c.decision;
  const record = standing
    ? detail?.campaign.decisions.find((d) => d.at === standing.at && d.by === standing.by)
    : undefined;
  const newKeys = standing?.decision === 'go' ? newSinceDecision(c.flags, record?.flags) : undefined;
  return (
    <li
      className={`board-row board-row-${c.readiness}`}
      data-campaign={c.key}
      data-readiness-state={c.readiness}
    >
      <div className="board-row-head">
        <div className="board-row-info">
          <ReadinessBadge look={c.readiness} />
          <a className="board-title" href={`#/campaign/${encodeURIComponent(c.key)}`}>
            {c.title}
          </a>
          <span className={`phase phase-${c.phase}`}>{t(`common:phase.${c.phase}`)}</span>
          <span className="muted when">{when}</span>
        </div>
        {onDecide && (
          <button className="no-print decide" onClick={onDecide} data-testid={`decide-${c.key}`}>
            {t('decide')}
          </button>
        )}
      </div>
      {c.decision && <DecisionLine decision={c.decision} />}
      {c.flags.length === 0 ? (
        <p className="muted no-flags">{t('noFlags')}</p>
      ) : (
        <FlagList flags={c.flags} sentence={sentence} newKeys={newKeys} />
      )}
    </li>
  );
}
