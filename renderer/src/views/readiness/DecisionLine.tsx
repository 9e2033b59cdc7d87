import { useTranslation } from 'react-i18next';
import type { StandingDecision } from '../../../../shared/domain.ts';
import { useFormat } from '../../components/format.ts';
import { useSession } from '../../state/session.ts';

/** "GO by Anna Lindqvist, until 27 Nov, 12:00" with the justification and when it was recorded. */
export function DecisionLine({ decision }: { decision: StandingDecision }) {
  const { t } = useTranslation('readiness');
  const format = useFormat();
  const people = useSession((s) => s.people);
  const by = people.find((p) => p.key === decision.by)?.name ?? decision.by;
  const words = decision.expires
    ? t('common:decisionBy', {
        decision: t(`common:decision.${decision.decision}`),
        by,
        expires: format.dateTime(decision.expires),
      })
    : t('common:decisionByOpen', { decision: t(`common:decision.${decision.decision}`), by });
  return (
    <p
      className={`decision-line decision-line-${decision.decision}`}
      data-testid="standing-decision"
      data-decision={decision.decision}
      data-expires={decision.expires ?? ''}
    >
      <strong>{words}</strong>
      <span className="muted">
        {' — '}“{decision.note}” · {t('recorded', { when: format.dateTime(decision.at) })}
      </span>
    </p>
  );
}
