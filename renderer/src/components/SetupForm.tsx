import './setup.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain.ts';
import { landingView } from '../state/landing.ts';
import { navigate } from '../state/route.ts';
import { useSession } from '../state/session.ts';
import { useAction } from './useAction.ts';
import { DEFAULT_DEPARTMENT_COLOR, keyFromName } from './key-from-name.ts';
import { RoleChecks } from './RoleChecks.tsx';

/** "Start with your own company": the first department and you, its admin. */
export function SetupForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const api = useSession((s) => s.api);
  const load = useSession((s) => s.load);
  const setPerson = useSession((s) => s.setPerson);
  const [department, setDepartment] = useState('');
  const [color, setColor] = useState(DEFAULT_DEPARTMENT_COLOR);
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['marketing']);
  const { busy, error, setError, run } = useAction();
  const departmentKey = keyFromName(department, [], 'department');
  const personKey = keyFromName(name, [], 'person');

  const submit = async () => {
    if (!department.trim() || !name.trim()) {
      setError(t('setup.required'));
      return;
    }
    await run(async () => {
      const { person } = await api.call('workspace.setup', {
        department: { key: departmentKey, name: department.trim(), color },
        person: { key: personKey, name: name.trim(), roles },
      });
      // Acting as the new admin before the reload, so the session keeps them.
      setPerson(person.key);
      await load();
      navigate(landingView(person));
    });
  };

  return (
    <form
      className="setup-form"
      data-testid="setup-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{t('setup.title')}</h2>
      <p className="muted small">{t('setup.lead')}</p>
      <label htmlFor="setup-department">{t('setup.department')}</label>
      <div className="name-and-color">
        <input
          id="setup-department"
          type="text"
          autoFocus
          value={department}
          placeholder={t('setup.departmentPlaceholder')}
          onChange={(e) => setDepartment(e.target.value)}
          data-testid="setup-department"
        />
        <input
          type="color"
          aria-label={t('setup.color')}
          title={t('setup.color')}
          value={color}
          onChange={(e) => setColor(e.target.value)}
          data-testid="setup-color"
        />
      </div>
      <label htmlFor="setup-name">{t('setup.you')}</label>
      <input
        id="setup-name"
        type="text"
        value={name}
        placeholder={t('setup.youPlaceholder')}
        onChange={(e) => setName(e.target.value)}
        data-testid="setup-name"
      />
      <RoleChecks
        offered={['marketing', 'member', 'leadership']}
        value={roles}
        onChange={setRoles}
        legend={t('setup.roles')}
        idPrefix="setup"
      />
      <p className="muted small">{t('setup.adminImplied')}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('setup.back')}
        </button>
        <button type="submit" className="primary" disabled={busy} data-testid="setup-submit">
          {busy ? t('setup.creating') : t('setup.create')}
        </button>
      </div>
    </form>
  );
}
