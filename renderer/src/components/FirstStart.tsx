import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../state/session.ts';
import { useAction } from './useAction.ts';
import { SetupForm } from './SetupForm.tsx';
import { LazyTeamConnectForm as TeamConnectForm } from './LazyTeamConnectForm.tsx';

/** An empty workspace explains itself and offers the sample workspace or setting up your own company. */
export function FirstStart() {
  const { t } = useTranslation();
  const api = useSession((s) => s.api);
  const load = useSession((s) => s.load);
  const { busy, error, run } = useAction();
  const [ownCompany, setOwnCompany] = useState(false);
  const [team, setTeam] = useState(false);
  // Only the desktop can connect to a team workspace; a browser is already on a server.
  const canConnect = Boolean(window.campaignDesk?.connectTeam);
  if (team) {
    return (
      <div className="center-message first-start">
        <h1>{t('empty.title')}</h1>
        <TeamConnectForm onCancel={() => setTeam(false)} />
      </div>
    );
  }
  if (ownCompany) {
    return (
      <div className="center-message first-start">
        <h1>{t('empty.title')}</h1>
        <SetupForm onCancel={() => setOwnCompany(false)} />
      </div>
    );
  }
  return (
    <div className="center-message first-start">
      <h1>{t('empty.title')}</h1>
      <p className="lead">{t('empty.lead')}</p>
      <button
        className="primary"
        disabled={busy}
        data-testid="load-sample"
        onClick={() =>
          run(async () => {
            await api.call('workspace.loadSample', {});
            await load();
          })
        }
      >
        {busy ? t('empty.loading') : t('empty.loadSample')}
      </button>
      <p className="muted">{t('empty.sampleHint')}</p>
      <p className="muted first-start-or">{t('empty.or')}</p>
      <button disabled={busy} data-testid="start-own" onClick={() => setOwnCompany(true)}>
        {t('empty.startOwn')}
      </button>
      <p className="muted">{t('empty.startOwnHint')}</p>
      {canConnect && (
        <>
          <p className="muted first-start-or">{t('empty.or')}</p>
          <button disabled={busy} data-testid="connect-team" onClick={() => setTeam(true)}>
            {t('desk:connect.choose')}
          </button>
          <p className="muted">{t('desk:connect.chooseHint')}</p>
        </>
      )}
      <p className="muted small">{t('empty.importHint')}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
