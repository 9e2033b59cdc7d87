import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useAction } from '../../components/useAction.ts';
import { useFormat } from '../../components/format.ts';
import { useSession } from '../../state/session.ts';

/** Admins: who is signed in to the team workspace, and ending a session (team-server.md §3). */
export function SessionsSection() {
  const { t } = useTranslation('team');
  const format = useFormat();
  const api = useSession((s) => s.api);
  const people = useSession((s) => s.people);
  const sessions = useApiQuery('sessions', (client) => client.call('sessions.list', {}));
  const { busy, error, run } = useAction();
  const nameOf = (key: string) => people.find((p) => p.key === key)?.name ?? key;
  return (
    <section aria-labelledby="settings-sessions" className="settings-section">
      <h2 id="settings-sessions">{t('sessions.title')}</h2>
      <p className="muted small">{t('sessions.lead')}</p>
      {sessions.error && <p className="error">{sessions.error}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {sessions.data?.length === 0 && <p className="muted">{t('sessions.none')}</p>}
      {sessions.data && sessions.data.length > 0 && (
        <table className="grid compact" data-testid="sessions">
          <thead>
            <tr>
              <th>{t('sessions.person')}</th>
              <th>{t('sessions.since')}</th>
              <th>{t('sessions.lastUsed')}</th>
              <th>{t('sessions.expires')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {sessions.data.map((s) => (
              <tr key={s.id} data-person={s.person}>
                <td>{nameOf(s.person)}</td>
                <td className="nowrap">{format.full(s.createdAt)}</td>
                <td className="nowrap">{format.full(s.lastUsedAt)}</td>
                <td className="nowrap">{format.full(s.expiresAt)}</td>
                <td>
                  <button
                    disabled={busy}
                    onClick={() => {
                      const question = t('sessions.confirm', {
                        name: nameOf(s.person),
                        since: format.full(s.createdAt),
                      });
                      if (!window.confirm(question)) return;
                      void run(async () => {
                        await api.call('sessions.end', { id: s.id });
                        sessions.reload();
                      });
                    }}
                  >
                    {t('sessions.end')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
