import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain.ts';
import { PASSWORD_MIN } from '../../../../shared/schemas/access.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { DialogFooter } from '../../components/DialogFooter.tsx';
import { useAction } from '../../components/useAction.ts';
import { useSession } from '../../state/session.ts';

/** An admin types a person's new password; the person's other sessions end (the server does that). */
export function PasswordDialog({
  person,
  onClose,
  onSaved,
}: {
  person: Person;
  onClose: () => void;
  onSaved: (sessionsEnded: number) => void;
}) {
  const { t } = useTranslation('team');
  const api = useSession((s) => s.api);
  const [password, setPassword] = useState('');
  const { busy, error, setError, run } = useAction();
  return (
    <Dialog
      label={t('passwords.dialogTitle', { name: person.name })}
      onClose={onClose}
      testId="password-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (password.length < PASSWORD_MIN) return setError(t('passwords.tooShort', { min: PASSWORD_MIN }));
          void run(async () => {
            const { sessionsEnded } = await api.call('people.setPassword', { person: person.key, password });
            onSaved(sessionsEnded);
          });
        }}
      >
        <h2>{t('passwords.dialogTitle', { name: person.name })}</h2>
        <label htmlFor="new-password">{t('passwords.label')}</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          autoFocus
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          data-testid="new-password"
        />
        <p className="muted small">{t('passwords.hint', { min: PASSWORD_MIN, name: person.name })}</p>
        <DialogFooter
          error={error}
          cancelLabel={t('passwords.cancel')}
          onCancel={onClose}
          submitLabel={t('passwords.save')}
          busy={busy}
          submitTestId="save-password"
        />
      </form>
    </Dialog>
  );
}
