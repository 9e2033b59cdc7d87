import { useCalendarController } from '@fullcalendar/react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../components/ui.css';
import { MARKETING_DEPARTMENT } from '../../../../shared/domain.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { navigate, useRoute } from '../../state/route.ts';
import { hasRole, useMe, useSession } from '../../state/session.ts';
import { CalendarFilters } from './CalendarFilters.tsx';
import { CalendarLegend } from './CalendarLegend.tsx';
import { CalendarToolbar } from './CalendarToolbar.tsx';
import { CampaignCalendar, type RescheduleRequest } from './CampaignCalendar.tsx';
import { RescheduleDialog } from './RescheduleDialog.tsx';
import { SearchResults } from './SearchResults.tsx';
import { channelsOf, matchesFilters } from './calendar-events.ts';
import { useCalendarState } from './calendar-state.ts';
import { firstMonthIfLoaded, rangeCache } from './calendar-data.ts';

/** #/calendar: the shared campaign calendar, or search results for ?q=. */
export function CalendarView() {
  const query = useRoute().query.get('q')?.trim();
  return query ? <SearchResults query={query} /> : <CalendarScreen />;
}

function CalendarScreen() {
  const { t } = useTranslation('calendar');
  const controller = useCalendarController();
  const me = useMe();
  const departments = useSession((s) => s.departments);
  const filters = useCalendarState((s) => s.filters);
  const setFilters = useCalendarState((s) => s.setFilters);
  const setDate = useCalendarState((s) => s.setDate);
  const [range, setRange] = useState<{ from: string; to: string; title: string } | null>(null);
  const [pending, setPending] = useState<RescheduleRequest | null>(null);
  // One function for the calendar's life: FullCalendar takes a new one as a changed option.
  const onRange = useCallback(
    (next: { from: string; to: string; title: string }, date: Date) => {
      setDate(date);
      setRange((r) => (r?.from === next.from && r.to === next.to && r.title === next.title ? r : next));
    },
    [setDate],
  );
  // The previous period stays on screen until the next one is there (often at once: prefetched).
  const list = useApiQuery(
    range && `${range.from}/${range.to}`,
    (api, revision) => rangeCache(api).get({ from: range?.from ?? '', to: range?.to ?? '' }, revision),
    { keepPrevious: true },
  );
  const isMarketing = hasRole(me, 'marketing');
  // A member of a department other than marketing has obligations to see.
  const ownDepartment =
    me && !isMarketing && me.department !== MARKETING_DEPARTMENT
      ? departments.find((d) => d.key === me.department)
      : undefined;
  // Until the calendar names its period: the start-up month when it is already in (so the grid
  // is laid out once, with its events); FullCalendar shows only what falls in its grid.
  const [opening] = useState(() => {
    const { api, revision } = useSession.getState();
    return firstMonthIfLoaded(api, revision);
  });
  const items = useMemo(() => list.data ?? opening ?? [], [list.data, opening]);
  const visible = useMemo(() => items.filter((i) => matchesFilters(i, filters, me)), [items, filters, me]);

  return (
    <section className="calendar-view">
      <CalendarToolbar controller={controller} title={range?.title ?? ''} canCreate={isMarketing} />
      <div className="calendar-bar">
        <CalendarFilters
          channels={channelsOf(items)}
          departments={departments}
          ownDepartment={ownDepartment}
        />
        <CalendarLegend showOwes={ownDepartment !== undefined} />
      </div>
      {list.error && (
        <p className="error" role="alert">
          {list.error}
        </p>
      )}
      {list.data && visible.length === 0 && (
        <div className="calendar-empty" role="status" data-testid="calendar-empty">
          {items.length === 0 ? (
            <>
              <span>{t('empty.none')}</span>
              {isMarketing ? (
                <button className="primary" onClick={() => navigate('new')}>
                  {t('newCampaign')}
                </button>
              ) : (
                <span className="muted">{t('empty.noneHint')}</span>
              )}
            </>
          ) : (
            <>
              <span>{t('hiddenByFilters', { count: items.length })}</span>
              <button
                onClick={() => setFilters({ channel: '', department: '', status: 'active', mine: false })}
              >
                {t('filters.clear')}
              </button>
            </>
          )}
        </div>
      )}
      <CampaignCalendar
        controller={controller}
        items={visible}
        range={range ?? undefined}
        ownDepartment={ownDepartment?.key}
        canReschedule={isMarketing}
        onRange={onRange}
        onReschedule={setPending}
      />
      {pending && <RescheduleDialog request={pending} onDone={() => setPending(null)} />}
    </section>
  );
}
