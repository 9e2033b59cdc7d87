// The floor for the calendar in the browser (issue 13): a bare FullCalendar 7 page showing
// the same campaigns as plain events, fetched per period from GET /events?from=&to=, with
// the same month grid (four events a day) and a next-period button. Built by bench/browser.ts.
import FullCalendar, { useCalendarController, type EventInput } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import classicTheme from '@fullcalendar/react/themes/classic';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { createRoot } from 'react-dom/client';

const PLUGINS = [dayGridPlugin, classicTheme];

async function events(info: { start: Date; end: Date }): Promise<EventInput[]> {
  const query = `from=${info.start.toISOString()}&to=${info.end.toISOString()}`;
  return (await fetch(`/events?${query}`)).json() as Promise<EventInput[]>;
}

function Page() {
  const controller = useCalendarController();
  return (
    <div style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <button data-testid="next" onClick={() => controller.next()}>
        ›
      </button>
      <div style={{ flex: 1 }}>
        <FullCalendar
          plugins={PLUGINS}
          controller={controller}
          initialView="dayGridMonth"
          headerToolbar={false}
          height="100%"
          events={events}
          displayEventTime={false}
          dayMaxEvents={4}
          eventDidMount={(arg) => {
            arg.el.dataset.testid = `event-${arg.event.id}`;
          }}
        />
      </div>
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Page />);
