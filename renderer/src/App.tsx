import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FirstStart } from './components/FirstStart.tsx';
import { Navigation } from './components/Navigation.tsx';
import { TopBar } from './components/TopBar.tsx';
import { WhoAreYou } from './components/WhoAreYou.tsx';
import { landingView } from './state/landing.ts';
import { navigate, useRoute } from './state/route.ts';
import { useMe, useSession } from './state/session.ts';
import { CalendarView } from './views/calendar/CalendarView.tsx';
import { DeskCommands } from './views/calendar/DeskCommands.tsx';
import { CampaignView } from './views/campaign/CampaignView.tsx';
import { EditorView } from './views/editor/EditorView.tsx';
import { InboxView } from './views/inbox/InboxView.tsx';
import { MetricsView } from './views/metrics/MetricsView.tsx';
import { ReadinessView } from './views/readiness/ReadinessView.tsx';
import { SettingsView } from './views/settings/SettingsView.tsx';

export function App() {
  const { t } = useTranslation();
  const load = useSession((s) => s.load);
  const info = useSession((s) => s.info);
  const loadError = useSession((s) => s.loadError);
  const me = useMe();
  const route = useRoute();

  useEffect(() => {
    void load();
  }, [load]);

  // Land on the view that fits the person's role.
  useEffect(() => {
    if (me && route.view === '') navigate(landingView(me));
  }, [me, route.view]);

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
          {me ? <View view={route.view} /> : <WhoAreYou />}
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
