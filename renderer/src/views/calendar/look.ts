import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { READINESS_ICONS } from '../../components/ReadinessBadge.tsx';
import type { CalendarLook } from './calendar-events.ts';

export const LOOK_ICONS: Record<CalendarLook, string> = {
  ...READINESS_ICONS,
  draft: '✎',
  cancelled: '⊘',
  on_hold: '⏸',
};

/** The words for a look: the shared readiness words, or draft / cancelled. */
export function useLookWords(): (look: CalendarLook) => string {
  const { t } = useTranslation();
  return useCallback(
    (look: CalendarLook) =>
      look === 'on_hold'
        ? t('common:onHold')
        : look === 'draft' || look === 'cancelled'
          ? t(`common:status.${look}`)
          : t(`common:readiness.${look}`),
    [t],
  );
}
