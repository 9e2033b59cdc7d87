import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FirstStart } from './components/FirstStart.tsx';
import { Navigation } from './components/Navigation.tsx';
import { SignInPage } from './components/SignInPage.tsx';
import { TopBar } from './components/TopBar.tsx';
import { WhoAreYou } from './components/WhoAreYou.tsx';
import { landingView } from './state/landing.ts';
import { navigate, parseRoute, useRoute } from './state/route.ts';
import { useMe, useSession } from './state/session.ts';
import { CalendarView } from './views/calendar/CalendarView.tsx';
import { prefetchFirstMonth } from './views/calendar/calendar-data.ts';
import { DeskCommands } from './views/calendar/DeskCommands.tsx';

// The calendar is the first view of most; every other view (the board, metrics with
// uPlot, the editor, the campaign page with its diff, settings) loads when first shown.
const CampaignView = lazy(() =>
  import('./views/campaign/CampaignView.tsx').then((m) => ({ default: m.CampaignView })),
);
const EditorView = lazy(() =>
  import('./views/editor/EditorView.tsx').then((m) => ({ default: m.EditorView })),
);
const InboxView = lazy(() => import('./views/inbox/InboxView.tsx').then((m) => ({ default: m.InboxView })));
const MetricsView = lazy(() =>
  import('./views/metrics/MetricsView.tsx').then((m) => ({ default: m.MetricsView })),
);
const ReadinessView = lazy(() =>
  import('./views/readiness/ReadinessView.tsx').then((m) => ({ default: m.ReadinessView })),
);
const SettingsView = lazy(() =>
  import('./views/settings/SettingsView.tsx').then((m) => ({ default: m.SettingsView })),
);

export function App() {
  const { t } = useTranslation();
  const load = useSession((s) => s.load);
  const info = useSession((s) => s.info);
  const loadError = useSession((s) => s.loadError);
  const signInFirst = useSession((s) => s.mode === 'team' && !s.personKey);
  const me = useMe();
  const route = useRoute();

  useEffect(() => {
    void load();
    // Most people open on the calendar (marketing's landing view): its data need not wait for the session.
    const { api, revision } = useSession.getState();
    if (['', 'calendar'].includes(parseRoute(window.location.hash).view)) prefetchFirstMonth(api, revision);
  }, [load]);

  // Land on the view that fits the person's role.
  useEffect(() => {
    if (me && route.view === '') navigate(landingView(me));
  }, [me, route.view]);

  if (signInFirst) return <SignInPage />;
  if (loadError && !info) {
    return (
      <div className="center-message" role="alert">
        <h1>{t('error.title')}</h1>
        <p>{loadError}</p>
        <button onClick={() => void load()}>{t('error.retry')}</button>
      </div>
    );
  }
  if (!info) return <div className="center-message">{t('loading')}</div>;
  if (info.empty) return <FirstStart />;

  return (
    <div className="frame">
      <DeskCommands />
      <Navigation current={route.view} />
      <div className="main">
        <TopBar />
        {info.readOnly && (
          <p className="read-only-banner" role="status" data-testid="read-only">
            {t('readOnly')}
          </p>
        )}
        <main className="content" id="content">
          {me ? (
            <Suspense fallback={<div className="center-message">{t('loading')}</div>}>
              <View view={route.view} />
            </Suspense>
          ) : (
            <WhoAreYou />
          )}
        </main>
      </div>
    </div>
  );
}

function View({ view }: { view: string }) {
  switch (view) {
    case 'calendar':
      return <CalendarView />;
    case 'campaign':
      return <CampaignView />;
    case 'new':
    case 'edit':
      return <EditorView />;
    case 'inbox':
      return <InboxView />;
    case 'readiness':
      return <ReadinessView />;
    case 'metrics':
      return <MetricsView />;
    case 'settings':
      return <SettingsView />;
    default:
      return null;
  }
}
