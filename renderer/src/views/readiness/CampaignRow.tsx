import { useTranslation } from 'react-i18next';
import { isMetricHealthFlag, type BoardCampaign } from '../../../../shared/board.ts';
import type { Flag, Metric } from '../../../../shared/domain.ts';
import { AcknowledgementLine } from '../../components/AcknowledgementLine.tsx';
import { EarlierConcern } from '../../components/EarlierConcern.tsx';
import { ReadinessBadge } from '../../components/ReadinessBadge.tsx';
import { useFormat } from '../../components/format.ts';
import { newSinceDecision } from './board-order.ts';
import { DecisionLine } from './DecisionLine.tsx';
import { FlagList } from './FlagList.tsx';
import { MetricFlagChips } from './MetricFlagChips.tsx';

interface Props {
  campaign: BoardCampaign;
  at: string;
  metrics: ReadonlyMap<string, Metric>;
  sentence: (flag: Flag) => string;
  onDecide?: (() => void) | undefined;
}

/**
 * One live or upcoming campaign: readiness, when, the standing decision, where each department
 * stands, the flags specific to it in full, and the metric flags as short marks (their sentence is
 * stated once in the metric health column, and on hover).
 */
export function CampaignRow({ campaign: c, at, metrics, sentence, onDecide }: Props) {
  const { t } = useTranslation('readiness');
  const format = useFormat();
  const when =
    c.phase === 'live'
      ? t('liveUntil', { date: format.dateTime(c.end), relative: format.age(c.end, at) })
      : t('launches', { date: format.dateTime(c.start), relative: format.age(c.start, at) });
  const newKeys = c.decision?.decision === 'go' ? newSinceDecision(c.flags, c.decisionFlags) : undefined;
  const specific = c.flags.filter((f) => !isMetricHealthFlag(f));
  const metricFlags = c.flags.filter(isMetricHealthFlag);
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
      {c.decision && <DecisionLine decision={c.decision} expiresEarly={c.decisionExpiresEarly} end={c.end} />}
      <AcknowledgementLine summary={c.acknowledgements} />
      <FlagList flags={specific} sentence={sentence} newKeys={newKeys} />
      {c.acknowledgements.departments.map((d) => (
        <EarlierConcern key={d.department} ack={d} named />
      ))}
      <MetricFlagChips flags={metricFlags} sentence={sentence} newKeys={newKeys} metrics={metrics} />
      {c.flags.length === 0 && <p className="muted no-flags">{t('noFlags')}</p>}
    </li>
  );
}
