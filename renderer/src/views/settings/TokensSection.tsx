import { useTranslation } from 'react-i18next';
import type { MachineTokenInfo } from '../../../../shared/schemas/access.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useAction } from '../../components/useAction.ts';
import { useFormat } from '../../components/format.ts';
import { useSession } from '../../state/session.ts';
import { scopeKey, TokenForm } from './TokenForm.tsx';

/** Admins: tokens other systems use for feeds (team-server.md §7): create, last use, revoke. */
export function TokensSection() {
  const { t } = useTranslation('team');
  const format = useFormat();
  const api = useSession((s) => s.api);
  const departments = useSession((s) => s.departments);
  const tokens = useApiQuery('tokens', (client) => client.call('tokens.list', {}));
  const metrics = useApiQuery('token-metrics', (client) => client.call('metrics.list', {}));
  const metricName = (key: string) => metrics.data?.find((m) => m.metric.key === key)?.metric.name ?? key;
  const { busy, error, run } = useAction();
  const limits = (token: MachineTokenInfo) =>
    token.scope === 'calendar:read'
      ? (departments.find((d) => d.key === token.department)?.name ??
        token.department ??
        t('tokens.allDepartments'))
      : token.metrics.length > 0
        ? token.metrics.map(metricName).join(', ')
        : t('tokens.everything');
  return (
    <section aria-labelledby="settings-tokens" className="settings-section">
      <h2 id="settings-tokens">{t('tokens.title')}</h2>
      <p className="muted small">{t('tokens.lead')}</p>
      <TokenForm onCreated={tokens.reload} />
      {tokens.error && <p className="error">{tokens.error}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {tokens.data?.length === 0 && <p className="muted">{t('tokens.none')}</p>}
      {tokens.data && tokens.data.length > 0 && (
        <table className="grid compact" data-testid="tokens">
          <thead>
            <tr>
              <th>{t('tokens.name')}</th>
              <th>{t('tokens.scope')}</th>
              <th>{t('tokens.limits')}</th>
              <th>{t('tokens.createdBy')}</th>
              <th>{t('tokens.lastUsed')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {tokens.data.map((token) => (
              <tr key={token.name} data-token={token.name}>
                <td>
                  <code>{token.name}</code>
                </td>
                <td>{t(`tokens.scopes.${scopeKey(token.scope)}`)}</td>
                <td>{limits(token)}</td>
                <td className="nowrap">
                  {format.full(token.createdAt)} <span className="muted small">({token.createdBy})</span>
                </td>
                <td className="nowrap">
                  {token.lastUsedAt ? format.full(token.lastUsedAt) : t('tokens.never')}
                </td>
                <td>
                  <button
                    disabled={busy}
                    data-testid={`revoke-${token.name}`}
                    onClick={() => {
                      if (!window.confirm(t('tokens.confirmRevoke', { name: token.name }))) return;
                      void run(async () => {
                        await api.call('tokens.revoke', { name: token.name });
                        tokens.reload();
                      });
                    }}
                  >
                    {t('tokens.revoke')}
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
