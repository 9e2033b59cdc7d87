import type { TFunction } from 'i18next';
import { useMemo } from 'react';
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
  return useMemo(() => {
    // A month paints hundreds of event pieces with a handful of looks: each look's words once.
    const wordsByLook = new Map<CalendarLook, string>();
    return {
      t,
      language,
      format,
      departmentName: (key: string) => departments.find((d) => d.key === key)?.name ?? key,
      decisionWords,
      lookWords: (look: CalendarLook) => {
        let words = wordsByLook.get(look);
        if (words === undefined) wordsByLook.set(look, (words = lookWords(look)));
        return words;
      },
    };
  }, [t, language, format, departments, decisionWords, lookWords]);
}

/**
 * One campaign on the calendar: readiness colour, icon and (in the list) words and dates; owed
 * acknowledgements marked. Built as plain DOM for FullCalendar to insert (its `domNodes`
 * content), not a React tree per event: a month grid paints dozens at start-up (issue 13).
 */
export function calendarEventNode({
  item,
  ownDepartment,
  detailed,
  text,
}: {
  item: CalendarItem;
  ownDepartment: string | undefined;
  detailed: boolean;
  text: EventWords;
}): HTMLElement {
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
  const root = element('div', `cd-event cd-look-${look}`);
  root.dataset.testid = `event-${item.key}`;
  root.dataset.look = look;
  if (item.decision) root.dataset.decision = item.decision.decision;
  const icon = root.appendChild(element('span', 'cd-event-icon', LOOK_ICONS[look]));
  icon.setAttribute('aria-hidden', 'true');
  root.append(element('span', 'cd-event-title', item.title));
  if (detailed)
    root.append(
      element(
        'span',
        'cd-event-dates',
        `${formatRange(format.locale, item.start, item.end)} · ${campaignTiming(item, format.age, t)}`,
      ),
    );
  root.append(element('span', detailed ? 'cd-event-words' : 'visually-hidden', words));
  if (acks && detailed)
    root.appendChild(element('span', 'cd-event-acks', acks)).dataset.testid = 'event-acks';
  if (owes) {
    const mark = root.appendChild(element('span', 'cd-owes'));
    mark.dataset.testid = 'owes';
    mark.append(element('span', undefined, '✉'), ` ${t('owesShort')}`);
    (mark.firstChild as HTMLElement).setAttribute('aria-hidden', 'true');
  }
  // The tooltip is written when the event is first pointed at: its sentences cost
  // more than the rest of the event, and a month grid paints dozens of events at once.
  root.addEventListener('pointerenter', () => {
    root.title = [item.title, words, acks || acknowledgements(), owes ? t('owes') : '']
      .filter(Boolean)
      .join('\n');
  });
  return root;
}

function element(tag: string, className?: string, text?: string): HTMLElement {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}
