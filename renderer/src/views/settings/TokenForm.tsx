import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TOKEN_SCOPES,
  type CreatedMachineToken,
  type TokenScope,
} from '../../../../shared/schemas/access.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useAction } from '../../components/useAction.ts';
import { useSession } from '../../state/session.ts';
import { CopyField } from './CopyField.tsx';

/** The i18n key of a scope ("samples:write" → "samples_write"). */
export const scopeKey = (scope: TokenScope) => scope.replace(':', '_') as 'samples_write' | 'calendar_read';

/** Creates a machine token; the token itself is shown here once, then never again. */
export function TokenForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('team');
  const api = useSession((s) => s.api);
  const departments = useSession((s) => s.departments);
  const metrics = useApiQuery('token-metrics', (client) => client.call('metrics.list', {}));
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('samples:write');
  const [chosen, setChosen] = useState<string[]>([]);
  const [department, setDepartment] = useState('');
  const [created, setCreated] = useState<CreatedMachineToken | null>(null);
  const { busy, error, setError, run } = useAction();

  if (created) {
    return (
      <div className="token-once" role="status" data-testid="token-created">
        <strong>{t('tokens.created', { name: created.name })}</strong>
        <p className="token-warning">{t('tokens.onceWarning')}</p>
        <CopyField
          value={created.token}
          label={t('tokens.created', { name: created.name })}
          copyLabel={t('tokens.copy')}
          copiedLabel={t('tokens.copied')}
          testId="token-value"
        />
        <button onClick={() => setCreated(null)} data-testid="token-done">
          {t('tokens.done')}
        </button>
      </div>
    );
  }

  return (
    <form
      className="token-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return setError(t('tokens.nameRequired'));
        void run(async () => {
          const token = await api.call('tokens.create', {
            name: name.trim(),
            scope,
            ...(scope === 'samples:write' ? { metrics: chosen } : {}),
            ...(scope === 'calendar:read' && department ? { department } : {}),
          });
          setCreated(token);
          setName('');
          setChosen([]);
          setDepartment('');
          onCreated();
        });
      }}
    >
      <div className="token-form-row">
        <label>
          {t('tokens.name')}
          <input
            value={name}
            placeholder={t('tokens.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
            data-testid="token-name"
          />
        </label>
        <label>
          {t('tokens.scope')}
          <select
            value={scope}
            onChange={(e) => setScope(e.target.value as TokenScope)}
            data-testid="token-scope"
          >
            {TOKEN_SCOPES.map((s) => (
              <option key={s} value={s}>
                {t(`tokens.scopes.${scopeKey(s)}`)}
              </option>
            ))}
          </select>
        </label>
        {scope === 'calendar:read' && (
          <label>
            {t('tokens.department')}
            <select
              value={department}
              onChange={(e) => setDepartment(e.target.value)}
              data-testid="token-department"
            >
              <option value="">{t('tokens.allDepartments')}</option>
              {departments.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {scope === 'samples:write' && (
        <fieldset className="token-metrics">
          <legend>
            {t('tokens.metrics')} <span className="muted small">({t('tokens.metricsHint')})</span>
          </legend>
          {metrics.data?.map(({ metric }) => (
            <label key={metric.key}>
              <input
                type="checkbox"
                checked={chosen.includes(metric.key)}
                onChange={(e) =>
                  setChosen(
                    e.target.checked ? [...chosen, metric.key] : chosen.filter((k) => k !== metric.key),
                  )
                }
                data-testid={`token-metric-${metric.key}`}
              />
              {metric.name}
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy} data-testid="token-create">
        {busy ? t('tokens.creating') : t('tokens.create')}
      </button>
    </form>
  );
}
