import { useTranslation } from 'react-i18next';
import type { StandingDecision } from '../../../../shared/domain.ts';
import { useFormat } from '../../components/format.ts';
import { useDecisionWords } from '../../components/useDecisionWords.ts';

interface Props {
  decision: StandingDecision;
  /** The decision runs out before the campaign ends. */
  expiresEarly?: boolean;
  end?: string;
}

/** "GO by Anna Lindqvist, until 27 Nov, 12:00" / "On hold — Anna Lindqvist, until 25 Nov" with the justification. */
export function DecisionLine({ decision, expiresEarly = false, end }: Props) {
  const { t } = useTranslation('readiness');
  const format = useFormat();
  const words = useDecisionWords();
  return (
    <div className={`decision-line decision-line-${decision.decision}`}>
      <p
        data-testid="standing-decision"
        data-decision={decision.decision}
        data-expires={decision.expires ?? ''}
      >
        <strong>{words(decision)}</strong>
        <span className="muted">
          {' — '}“{decision.note}” · {t('recorded', { when: format.dateTime(decision.at) })}
        </span>
      </p>
      {expiresEarly && decision.expires && end && (
        <p className="decision-expires-early" data-testid="decision-expires-early">
          <span aria-hidden="true">⏱ </span>
          {t('board.expiresEarly', { expires: format.dateTime(decision.expires), end: format.dateTime(end) })}
        </p>
      )}
    </div>
  );
}
