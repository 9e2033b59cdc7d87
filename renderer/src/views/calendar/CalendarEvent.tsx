import type { TFunction } from 'i18next';
import { useMemo, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../../shared/api.ts';
import { acknowledgementText } from '../../../../shared/i18n/acknowledgement-text.ts';
import { campaignTiming } from '../../components/campaign-timing.ts';
import { formatRange } from '../../components/date-range.ts';
import { useFormat, type ViewFormat } from '../../components/format.ts';
import { useDecisionWords } from '../../components/useDecisionWords.ts';
import { useSession } from '../../state/session.ts';
import { calendarLook, type CalendarLook } from './calendar-events.ts';
import { LOOK_ICONS, useLookWords } from './look.ts';

/** What the events' words need: made once per calendar, not per event (a month paints dozens). */
export interface EventWords {
  /** In the calendar namespace. */
  t: TFunction;
  language: string;
  format: ViewFormat;
  departmentName: (key: string) => string;
  decisionWords: ReturnType<typeof useDecisionWords>;
  lookWords: (look: CalendarLook) => string;
}

export function useEventWords(): EventWords {
  const { t, i18n } = useTranslation('calendar');
  const format = useFormat();
  const departments = useSession((s) => s.departments);
  const decisionWords = useDecisionWords();
  const lookWords = useLookWords();
  const language = i18n.language;
  return useMemo(
    () => ({
      t,
      language,
      format,
      departmentName: (key: string) => departments.find((d) => d.key === key)?.name ?? key,
      decisionWords,
      lookWords,
    }),
    [t, language, format, departments, decisionWords, lookWords],
  );
}

/** One campaign on the calendar: readiness colour, icon and (in the list) words and dates; owed acknowledgements marked. */
export function CalendarEvent({
  item,
  ownDepartment,
  detailed,
  text,
}: {
  item: CalendarItem;
  ownDepartment: string | undefined;
  detailed: boolean;
  text: EventWords;
}) {
  const { t, format } = text;
  const look = calendarLook(item);
  // A standing decision is the status itself: "On hold — Anna Lindqvist, until 25 Nov".
  const words =
    item.decision && item.status === 'published' ? text.decisionWords(item.decision) : text.lookWords(look);
  const acknowledgements = () =>
    item.status === 'published'
      ? acknowledgementText(t, item.acknowledgements, text.departmentName, text.language)
      : '';
  // The list shows the acknowledgements; the month and week grids only in the tooltip.
  const acks = detailed ? acknowledgements() : '';
  const owes = ownDepartment !== undefined && item.awaiting.includes(ownDepartment);
  // The tooltip is written when the event is first pointed at: its sentences cost
  // more than the rest of the event, and a month grid paints dozens of events at once (issue 13).
  const withTooltip = (event: SyntheticEvent<HTMLElement>) => {
    event.currentTarget.title = [item.title, words, acks || acknowledgements(), owes ? t('owes') : '']
      .filter(Boolean)
      .join('\n');
  };
  return (
    <div
      className={`cd-event cd-look-${look}`}
      data-testid={`event-${item.key}`}
      data-look={look}
      data-decision={item.decision?.decision}
      onPointerEnter={withTooltip}
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
      {acks && detailed && (
        <span className="cd-event-acks" data-testid="event-acks">
          {acks}
        </span>
      )}
      {owes && (
        <span className="cd-owes" data-testid="owes">
          <span aria-hidden="true">✉</span> {t('owesShort')}
        </span>
      )}
    </div>
  );
}
