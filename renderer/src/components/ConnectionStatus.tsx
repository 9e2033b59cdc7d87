import './team.css';
import { useTranslation } from 'react-i18next';
import type { TeamConnection } from '../state/connection.ts';

const WORD = {
  connected: 'status.connected',
  offline: 'status.offline',
  'signed-out': 'status.signedOut',
} as const;

/** The top bar's word on a team workspace: which server, and whether it can be reached now. */
export function ConnectionStatus({ connection }: { connection: TeamConnection }) {
  const { t } = useTranslation('desk');
  const status = t(WORD[connection.status]);
  return (
    <span
      className={`connection-status ${connection.status}`}
      role="status"
      data-testid="connection-status"
      title={connection.server}
    >
      <span className="status-dot" aria-hidden="true" />
      <span className="visually-hidden">{t('status.server', { host: connection.host, status })}</span>
      <span aria-hidden="true">{status}</span>
    </span>
  );
}

/** While the server cannot be reached: what is on screen is what was loaded last, and nothing can be saved. */
export function OfflineBanner({ connection }: { connection: TeamConnection | undefined }) {
  const { t } = useTranslation('desk');
  if (connection?.status !== 'offline') return null;
  return (
    <p className="offline-banner" role="alert" data-testid="offline-banner">
      {t('offline.banner', { host: connection.host })}
    </p>
  );
}
