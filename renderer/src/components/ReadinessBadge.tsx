import { useTranslation } from 'react-i18next';
import type { Readiness } from '../../../shared/domain.ts';

export type ReadinessLook = Readiness | 'ended_failing';

const ICONS: Record<ReadinessLook, string> = {
  ready: '✓',
  at_risk: '▲',
  not_ready: '✖',
  ready_by_decision: '✓',
  ended: '■',
  ended_failing: '■',
};

/** The readiness state as colour, icon and words (UX.md: never colour alone). */
export function readinessLook(readiness: Readiness, launchedWhileFailing: boolean): ReadinessLook {
  return readiness === 'ended' && launchedWhileFailing ? 'ended_failing' : readiness;
}

export function ReadinessBadge({ look }: { look: ReadinessLook }) {
  const { t } = useTranslation();
  return (
    <span className={`readiness readiness-${look}`} data-readiness={look}>
      <span aria-hidden="true">{ICONS[look]}</span>
      {t(`common:readiness.${look}`)}
    </span>
  );
}

export const READINESS_ICONS = ICONS;
