import FullCalendar, {
  type CalendarController,
  type DatesSetInfo,
  type EventChangeInfo,
  type EventDisplayInfo,
  type EventInput,
  type ViewApi,
} from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import enGb from '@fullcalendar/react/locales/en-gb';
import ru from '@fullcalendar/react/locales/ru';
import sr from '@fullcalendar/react/locales/sr';
import sv from '@fullcalendar/react/locales/sv';
import uk from '@fullcalendar/react/locales/uk';
import classicTheme from '@fullcalendar/react/themes/classic';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { CalendarItem } from '../../../../shared/api.ts';
import { useFormat } from '../../components/format.ts';
import { calendarEventNode, useEventWords } from './event-content.ts';
import { FULLCALENDAR_VIEWS, useCalendarState } from './calendar-state.ts';
import './calendar.css';
import { keepIfSameInView } from './same-in-view.ts';
import { nowMs } from '../../state/clock.ts';

const PLUGINS = [dayGridPlugin, listPlugin, interactionPlugin, classicTheme];
const LOCALES = [enGb, uk, ru, sv, sr];
// "Today" is the workspace's: a team server's clock, or `serve --clock` in a demo.
const workspaceNow = () => new Date(nowMs());

export interface RescheduleRequest {
  item: CalendarItem;
  start: string;
  end: string;
  revert: () => void;
}

/** FullCalendar showing campaigns; marketing drags or resizes to reschedule (after a confirmation). */
export function CampaignCalendar({
  controller,
  items,
  range,
  ownDepartment,
  canReschedule,
  onRange,
  onReschedule,
}: {
  controller: CalendarController;
  items: CalendarItem[];
  /** The period in view, once the calendar has named it. */
  range: { from: string; to: string } | undefined;
  /** The acting member's department: its owed acknowledgements are marked. */
  ownDepartment: string | undefined;
  canReschedule: boolean;
  /** Should keep its identity between renders, as should `onReschedule` (see below). */
  onRange: (range: { from: string; to: string; title: string }, date: Date) => void;
  onReschedule: (request: RescheduleRequest) => void;
}) {
  const format = useFormat();
  const listing = useCalendarState((s) => s.view === 'list');
  const viewType = useCalendarState((s) => FULLCALENDAR_VIEWS[s.view]);
  // Read once: FullCalendar uses it only when mounting, and as a changing option it would
  // make FullCalendar work its options out again each time the period moves.
  const [initialDate] = useState(() => useCalendarState.getState().date);
  const todayRequests = useCalendarState((s) => s.todayRequests);
  const seenToday = useRef(todayRequests);
  useEffect(() => {
    const shown = controller.view;
    if (!shown || shown.type === viewType) return;
    // Switching views keeps today in sight when it was (week view opens on the current week,
    // not on the first week of the month shown).
    const today = new Date(nowMs());
    const todayInView = today >= shown.activeStart && today < shown.activeEnd;
    controller.changeView(viewType);
    if (todayInView) controller.gotoDate(today);
  }, [controller, viewType]);
  useEffect(() => {
    if (todayRequests === seenToday.current) return;
    seenToday.current = todayRequests;
    controller.today();
  }, [controller, todayRequests]);
  const dark = useDarkScheme();
  // Only the list's events depend on where the period starts.
  const listFrom = listing ? range?.from : undefined;
  const fresh = useMemo<EventInput[]>(
    () =>
      items.map((item) =>
        // The list names each campaign once, on its first day in view, not on every day it runs.
        listing
          ? eventOf(item, canReschedule, listFrom && item.start < listFrom ? listFrom : item.start)
          : stableEvent(item, canReschedule),
      ),
    [items, canReschedule, listing, listFrom],
  );
  // FullCalendar reads a new events array in full: it keeps the one it has while that paints
  // the same (at start-up: the early month's wider window, then the grid's own period).
  const [events, setEvents] = useState(fresh);
  const kept = keepIfSameInView(events, fresh, range);
  if (kept !== events) setEvents(kept);
  const eventWords = useEventWords();
  const eventContent = useCallback(
    (arg: EventDisplayInfo) => ({
      domNodes: [
        calendarEventNode({
          item: arg.event.extendedProps.item as CalendarItem,
          ownDepartment,
          detailed: arg.view.type.startsWith('list'),
          text: eventWords,
        }),
      ],
    }),
    [ownDepartment, eventWords],
  );
  // Every function given to FullCalendar keeps its identity between renders: a new one is a
  // changed option, and FullCalendar then works out all its options and the view again.
  const change = useCallback(
    (info: EventChangeInfo) => {
      const { event } = info;
      if (!event.start) return info.revert();
      onReschedule({
        item: event.extendedProps.item as CalendarItem,
        start: event.start.toISOString(),
        end: (event.end ?? event.start).toISOString(),
        revert: info.revert,
      });
    },
    [onReschedule],
  );
  const datesSet = useCallback(
    (info: DatesSetInfo) =>
      onRange(
        {
          from: info.start.toISOString(),
          to: info.end.toISOString(),
          title: periodTitle(info.view, format.locale),
        },
        info.view.currentStart,
      ),
    [onRange, format.locale],
  );
  return (
    <div className="campaign-calendar" data-testid="calendar">
      <FullCalendar
        plugins={PLUGINS}
        controller={controller}
        initialView={viewType}
        initialDate={initialDate}
        now={workspaceNow}
        headerToolbar={false}
        locales={LOCALES}
        locale={fullCalendarLocale(format.locale)}
        colorScheme={dark ? 'dark' : 'light'}
        height="100%"
        events={kept}
        editable={canReschedule}
        eventDurationEditable={canReschedule}
        displayEventTime={false}
        dayMaxEvents={4}
        // Campaigns run for dates, not times: every one a bar, also in the "+N more" popover
        // (FullCalendar would show a one-day campaign there as a dot and a bare title).
        eventDisplay="block"
        eventClass="cd-fc-event"
        eventContent={eventContent}
        datesSet={datesSet}
        eventDrop={change}
        eventResize={change}
      />
    </div>
  );
}

// One event object per campaign while it is unchanged, across periods and re-renders.
const stableEvents = {
  editable: new WeakMap<CalendarItem, EventInput>(),
  fixed: new WeakMap<CalendarItem, EventInput>(),
};
function stableEvent(item: CalendarItem, canReschedule: boolean): EventInput {
  const cache = canReschedule ? stableEvents.editable : stableEvents.fixed;
  let event = cache.get(item);
  if (!event) {
    event = eventOf(item, canReschedule);
    cache.set(item, event);
  }
  return event;
}

/** The event for a campaign; `listStart` (the list view) gives it one start and no end. */
function eventOf(item: CalendarItem, canReschedule: boolean, listStart?: string): EventInput {
  return {
    id: item.key,
    title: item.title,
    ...(listStart !== undefined ? { start: listStart } : { start: item.start, end: item.end }),
    url: `#/campaign/${encodeURIComponent(item.key)}`,
    editable: canReschedule && item.status !== 'cancelled',
    extendedProps: { item },
  };
}

/** FullCalendar titles a week by its month; a week reads better as its days ("16–22 Nov 2026"). */
function periodTitle(view: ViewApi, locale: string): string {
  if (view.type !== FULLCALENDAR_VIEWS.week) return view.title;
  const lastDay = new Date(view.currentEnd.getTime() - 1);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(
    view.currentStart,
    lastDay,
  );
}

/** FullCalendar's locale for the person's: en-GB style for English outside the US, else the language. */
function fullCalendarLocale(locale: string): string {
  const lower = locale.toLowerCase();
  if (lower === 'en' || lower === 'en-us') return 'en';
  return lower.startsWith('en') ? 'en-gb' : (lower.split('-')[0] ?? 'en');
}

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');
function useDarkScheme(): boolean {
  return useSyncExternalStore(
    (callback) => {
      const query = darkQuery();
      query.addEventListener('change', callback);
      return () => query.removeEventListener('change', callback);
    },
    () => darkQuery().matches,
  );
}
