import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StandingDecision } from '../../../shared/domain.ts';
import { decisionText } from '../../../shared/i18n/decision-text.ts';
import { useSession } from '../state/session.ts';
import { useFormat } from './format.ts';

/** The standing decision in words, with the decider's name and the viewer's date format. */
export function useDecisionWords(): (
  decision: Pick<StandingDecision, 'decision' | 'by' | 'expires'>,
) => string {
  const { t } = useTranslation();
  const format = useFormat();
  const people = useSession((s) => s.people);
  // The same function while nothing it reads changes (the calendar's events depend on it).
  return useCallback(
    (decision) =>
      decisionText(t, decision, (key) => people.find((p) => p.key === key)?.name ?? key, format.dateTime),
    [t, people, format],
  );
}
