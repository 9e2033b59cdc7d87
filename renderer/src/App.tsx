import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { opensOnCalendar } from './api/early-calls.ts';
import { OfflineBanner } from './components/ConnectionStatus.tsx';
import { FirstStart } from './components/FirstStart.tsx';
import { Navigation } from './components/Navigation.tsx';
import { SignInPage } from './components/SignInPage.tsx';
import { TeamSignIn } from './components/TeamSignIn.tsx';
import { TopBar } from './components/TopBar.tsx';
import { WhoAreYou } from './components/WhoAreYou.tsx';
import { useConnection, useTeamConnection } from './state/connection.ts';
import { landingView } from './state/landing.ts';
import { navigate, useRoute } from './state/route.ts';
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
  const connectionKnown = useConnection((s) => s.connection !== undefined);
  const team = useTeamConnection();
  const signedOut = team?.status === 'signed-out';

  useEffect(() => {
    // On a team workspace the session decides what can be read: first the shell says whether there is one.
    if (!connectionKnown || signedOut) return;
    void load();
    // Most people open on the calendar (marketing's landing view): its data need not wait for the session.
    const { api, revision } = useSession.getState();
    if (opensOnCalendar(window.location.hash)) prefetchFirstMonth(api, revision);
  }, [load, connectionKnown, signedOut]);

  // Land on the view that fits the person's role.
  useEffect(() => {
    if (me && route.view === '') navigate(landingView(me));
  }, [me, route.view]);

  // The desktop signed out of its team server; a browser on one before it signs in.
  if (team && signedOut) return <TeamSignIn connection={team} />;
  if (signInFirst) return <SignInPage />;
  if (loadError && !info) {
    return (
      <div className="center-message" role="alert">
        <OfflineBanner connection={team} />
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
        <OfflineBanner connection={team} />
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
