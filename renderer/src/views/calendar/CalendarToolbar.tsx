import type { CalendarController } from '@fullcalendar/react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../state/route.ts';
import { useCalendarState, type CalendarViewKind } from './calendar-state.ts';

const VIEWS: CalendarViewKind[] = ['month', 'week', 'list'];

/** Today, previous/next, the period shown, month/week/list, and "New campaign" for marketing. */
export function CalendarToolbar({
  controller,
  title,
  canCreate,
}: {
  controller: CalendarController;
  title: string;
  canCreate: boolean;
}) {
  const { t } = useTranslation('calendar');
  const view = useCalendarState((s) => s.view);
  const setView = useCalendarState((s) => s.setView);
  const goToday = useCalendarState((s) => s.goToday);
  return (
    <div className="calendar-toolbar">
      <div className="button-row">
        <button onClick={goToday} title={t('shortcut', { keys: 'Ctrl+T' })} data-testid="calendar-today">
          {t('today')}
        </button>
        <button onClick={() => controller.prev()} aria-label={t('previous')} title={t('previous')}>
          ‹
        </button>
        <button onClick={() => controller.next()} aria-label={t('next')} title={t('next')}>
          ›
        </button>
      </div>
      <h1 className="calendar-title" aria-live="polite" data-testid="calendar-title">
        {title}
      </h1>
      <div className="segmented" role="group" aria-label={t('viewLabel')}>
        {VIEWS.map((v, i) => (
          <button
            key={v}
            aria-pressed={view === v}
            onClick={() => setView(v)}
            title={t('shortcut', { keys: `Ctrl+${i + 1}` })}
            data-testid={`view-${v}`}
          >
            {t(`views.${v}`)}
          </button>
        ))}
      </div>
      {canCreate && (
        <button className="primary" onClick={() => navigate('new')} title={t('shortcut', { keys: 'Ctrl+N' })}>
          {t('newCampaign')}
        </button>
      )}
    </div>
  );
}
