import type { TFunction } from 'i18next';
import type { StandingDecision } from '../domain.ts';

/**
 * A standing decision as a status: "GO by Anna Lindqvist, until 1 Dec, 00:00" or
 * "On hold — Anna Lindqvist, until 25 Nov, 12:00" (a HOLD is a state of its own, not a flag).
 */
export function decisionText(
  t: TFunction,
  decision: Pick<StandingDecision, 'decision' | 'by' | 'expires'>,
  personName: (key: string) => string,
  dateTime: (iso: string) => string,
): string {
  const by = personName(decision.by);
  if (decision.decision === 'hold') {
    return decision.expires
      ? t('common:holdBy', { by, expires: dateTime(decision.expires) })
      : t('common:holdByOpen', { by });
  }
  const words = t('common:decision.go');
  return decision.expires
    ? t('common:decisionBy', { decision: words, by, expires: dateTime(decision.expires) })
    : t('common:decisionByOpen', { decision: words, by });
}
