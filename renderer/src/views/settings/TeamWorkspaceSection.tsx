import '../../components/team.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api-error.ts';
import type { CampaignDeskBridge } from '../../../../shared/bridge.ts';
import { ConnectionStatus } from '../../components/ConnectionStatus.tsx';
import { TeamConnectForm } from '../../components/TeamConnectForm.tsx';
import { useAction } from '../../components/useAction.ts';
import { startAfresh, useConnection } from '../../state/connection.ts';

/** The desktop's workspace: which one, sign out, back to this computer, or connect to a server. */
export function TeamWorkspaceSection({ bridge }: { bridge: CampaignDeskBridge }) {
  const { t } = useTranslation('desk');
  const connection = useConnection((s) => s.connection);
  const [connecting, setConnecting] = useState(false);
  const { busy, error, run } = useAction();
  if (!connection) return null;

  const switchToLocal = () =>
    run(async () => {
      const outcome = await bridge.useLocal();
      if (!outcome.ok) throw ApiError.fromBody(outcome.error);
      startAfresh();
    });
  const signOut = () =>
    run(async () => {
      await bridge.signOut();
    });

  return (
    <section aria-labelledby="settings-team" data-testid="team-workspace-section">
      <h2 id="settings-team">{t('settings.title')}</h2>
      {connection.kind === 'local' ? (
        <p className="muted small">{t('settings.local')}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t('settings.server')}</dt>
            <dd>
              <code>{connection.server}</code>
            </dd>
            <dt>{t('settings.signedInAs')}</dt>
            <dd>{connection.person}</dd>
            <dt>{t('settings.connection')}</dt>
            <dd>
              <ConnectionStatus connection={connection} />
            </dd>
          </dl>
          <p className="muted small" data-testid="team-token-kept">
            {connection.tokenKept === 'memory' ? t('settings.tokenMemory') : t('settings.tokenEncrypted')}
          </p>
          <div className="team-actions">
            <button type="button" disabled={busy} onClick={() => void signOut()} data-testid="team-sign-out">
              {t('settings.signOut')}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => void switchToLocal()}
              data-testid="team-use-local"
            >
              {t('settings.useLocal')}
            </button>
          </div>
        </>
      )}
      {connecting ? (
        <TeamConnectForm onCancel={() => setConnecting(false)} />
      ) : (
        <button type="button" onClick={() => setConnecting(true)} data-testid="team-connect-open">
          {connection.kind === 'local' ? t('connect.choose') : t('settings.switchServer')}
        </button>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
