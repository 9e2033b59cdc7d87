import { useTranslation } from 'react-i18next';
import type { CalendarLook } from './calendar-events.ts';
import { LOOK_ICONS, useLookWords } from './look.ts';

const LOOKS: CalendarLook[] = [
  'ready',
  'at_risk',
  'not_ready',
  'ready_by_decision',
  'on_hold',
  'ended',
  'ended_failing',
  'draft',
  'cancelled',
];

/** What each colour and icon on the calendar means. */
export function CalendarLegend({ showOwes }: { showOwes: boolean }) {
  const { t } = useTranslation('calendar');
  const words = useLookWords();
  return (
    <ul className="calendar-legend" aria-label={t('legend')} data-testid="calendar-legend">
      {LOOKS.map((look) => (
        <li key={look} className={`cd-event cd-look-${look}`}>
          <span aria-hidden="true">{LOOK_ICONS[look]}</span>
          {words(look)}
        </li>
      ))}
      {showOwes && (
        <li className="legend-owes">
          <span className="cd-owes">
            <span aria-hidden="true">✉</span> {t('owesShort')}
          </span>
          {t('owesLegend')}
        </li>
      )}
    </ul>
  );
}
