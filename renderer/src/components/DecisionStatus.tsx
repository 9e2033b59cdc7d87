import type { StandingDecision } from '../../../shared/domain.ts';
import { useDecisionWords } from './useDecisionWords.ts';
import './acknowledgement.css';

/** Leadership's standing decision as a status of its own: "⏸ On hold — Anna Lindqvist, until 25 Nov". */
export function DecisionStatus({
  decision,
  withNote = false,
}: {
  decision: StandingDecision;
  withNote?: boolean;
}) {
  const words = useDecisionWords();
  return (
    <span
      className={`decision-status decision-status-${decision.decision}`}
      data-testid="decision-status"
      data-decision={decision.decision}
    >
      <span aria-hidden="true">{decision.decision === 'hold' ? '⏸' : '✓'} </span>
      {words(decision)}
      {withNote && <span className="decision-status-note"> — “{decision.note}”</span>}
    </span>
  );
}
