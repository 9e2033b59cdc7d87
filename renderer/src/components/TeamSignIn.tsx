import './team.css';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-error.ts';
import { startAfresh, type TeamConnection } from '../state/connection.ts';
import { LazyTeamConnectForm as TeamConnectForm } from './LazyTeamConnectForm.tsx';
import { useAction } from './useAction.ts';

/** On a team workspace without a session: why (it ended, or the person signed out), and the sign-in form. */
export function TeamSignIn({ connection }: { connection: TeamConnection }) {
  const { t } = useTranslation('desk');
  const { busy, error, run } = useAction();
  const bridge = window.campaignDesk;
  const reason =
    connection.reason === 'desk_session_ended'
      ? t('signIn.ended', { host: connection.host })
      : t('signIn.signedOut', { host: connection.host });
  return (
    <div className="center-message first-start team-sign-in" data-testid="team-sign-in">
      <p className="team-reason" role="status" data-testid="team-sign-in-reason">
        {reason}
      </p>
      <TeamConnectForm
        heading={t('signIn.title', { host: connection.host })}
        initial={{ server: connection.server, insecure: connection.insecure, person: connection.person }}
      />
      <p>
        <button
          type="button"
          disabled={busy || !bridge}
          data-testid="team-use-local"
          onClick={() =>
            run(async () => {
              const outcome = await bridge?.useLocal();
              if (outcome && !outcome.ok) throw ApiError.fromBody(outcome.error);
              startAfresh();
            })
          }
        >
          {t('signIn.useLocal')}
        </button>
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
