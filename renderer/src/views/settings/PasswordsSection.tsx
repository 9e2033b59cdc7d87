import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain.ts';
import { useSession } from '../../state/session.ts';
import { PasswordDialog } from './PasswordDialog.tsx';

/** Admins: each person's sign-in password for the team workspace (team-server.md §3). */
export function PasswordsSection() {
  const { t, i18n } = useTranslation('team');
  const people = useSession((s) => s.people);
  const departments = useSession((s) => s.departments);
  const [editing, setEditing] = useState<Person | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const sorted = [...people].sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  return (
    <section aria-labelledby="settings-passwords" className="settings-section">
      <h2 id="settings-passwords">{t('passwords.title')}</h2>
      <p className="muted small">{t('passwords.lead')}</p>
      {saved && (
        <p className="saved" role="status" data-testid="password-saved">
          {saved}
        </p>
      )}
      <ul className="password-list">
        {sorted.map((p) => (
          <li key={p.key}>
            <span
              className="dot"
              style={{ background: departments.find((d) => d.key === p.department)?.color }}
              aria-hidden="true"
            />
            <span>
              {p.name} <span className="muted small">({p.key})</span>
            </span>
            <button onClick={() => (setSaved(null), setEditing(p))} data-testid={`set-password-${p.key}`}>
              {t('passwords.set')}
            </button>
          </li>
        ))}
      </ul>
      {editing && (
        <PasswordDialog
          person={editing}
          onClose={() => setEditing(null)}
          onSaved={(count) => {
            setSaved(
              count > 0
                ? t('passwords.savedEnded', { name: editing.name, count })
                : t('passwords.saved', { name: editing.name }),
            );
            setEditing(null);
            // Open sessions (and anything else shown) are read again: some may just have ended.
            useSession.setState((s) => ({ revision: s.revision + 1 }));
          }}
        />
      )}
    </section>
  );
}
