import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../../shared/api.ts';
import { campaignTiming } from '../../components/campaign-timing.ts';
import { formatRange } from '../../components/date-range.ts';
import { useFormat } from '../../components/format.ts';
import { calendarLook } from './calendar-events.ts';
import { LOOK_ICONS, useLookWords } from './look.ts';

/** One campaign on the calendar: readiness colour, icon and (in the list) words and dates; owed acknowledgements marked. */
export function CalendarEvent({
  item,
  ownDepartment,
  detailed,
}: {
  item: CalendarItem;
  ownDepartment: string | undefined;
  detailed: boolean;
}) {
  const { t } = useTranslation('calendar');
  const format = useFormat();
  const look = calendarLook(item);
  const words = useLookWords()(look);
  const owes = ownDepartment !== undefined && item.awaiting.includes(ownDepartment);
  return (
    <div
      className={`cd-event cd-look-${look}`}
      data-testid={`event-${item.key}`}
      data-look={look}
      title={`${item.title} — ${words}${owes ? ` — ${t('owes')}` : ''}`}
    >
      <span className="cd-event-icon" aria-hidden="true">
        {LOOK_ICONS[look]}
      </span>
      <span className="cd-event-title">{item.title}</span>
      {detailed && (
        <span className="cd-event-dates">
          {formatRange(format.locale, item.start, item.end)} · {campaignTiming(item, format.age, t)}
        </span>
      )}
      <span className={detailed ? 'cd-event-words' : 'visually-hidden'}>{words}</span>
      {owes && (
        <span className="cd-owes" data-testid="owes">
          <span aria-hidden="true">✉</span> {t('owesShort')}
        </span>
      )}
    </div>
  );
}
