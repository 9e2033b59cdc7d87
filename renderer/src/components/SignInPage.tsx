import './sign-in.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-error.ts';
import { LanguagePicker } from '../views/settings/LanguagePicker.tsx';
import { useSession } from '../state/session.ts';
import { errorText } from './error-text.ts';

/** The first page of a team workspace in a browser: person key and password (team-server.md §3). */
export function SignInPage() {
  const { t } = useTranslation('team');
  const signIn = useSession((s) => s.signIn);
  const notice = useSession((s) => s.signInNotice);
  const [person, setPerson] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  // Kept as what went wrong, not as words: switching the language translates it too.
  const [error, setError] = useState<ApiError | 'required' | null>(null);

  const submit = async () => {
    if (!person.trim() || !password) return setError('required');
    setBusy(true);
    setError(null);
    const result = await signIn(person.trim(), password);
    setBusy(false);
    // Signed in: the app replaces this page and lands on the person's view.
    if (!result.ok) {
      setPassword('');
      setError(ApiError.fromBody(result.error));
    }
  };

  const message =
    error === null
      ? null
      : error === 'required'
        ? t('signIn.required')
        : error.code === 'unauthenticated'
          ? t('signIn.wrong')
          : error.code === 'rate_limited'
            ? t('signIn.locked', { minutes: Number(error.params?.minutes ?? 15) })
            : errorText(t, error);

  return (
    <main className="sign-in-page">
      <form
        className="sign-in"
        aria-labelledby="sign-in-title"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <p className="sign-in-brand">Campaign Desk</p>
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.lead')}</p>
        {notice && (
          <p className="sign-in-notice" role="status" data-testid="sign-in-notice">
            {t(`signIn.notice.${notice}`)}
          </p>
        )}
        <label htmlFor="sign-in-person">{t('signIn.person')}</label>
        <input
          id="sign-in-person"
          data-testid="sign-in-person"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          value={person}
          onChange={(e) => setPerson(e.target.value)}
        />
        <p className="small muted">{t('signIn.personHint')}</p>
        <label htmlFor="sign-in-password">{t('signIn.password')}</label>
        <input
          id="sign-in-password"
          data-testid="sign-in-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {message && (
          <p className="error" role="alert" data-testid="sign-in-error">
            {message}
          </p>
        )}
        <button className="primary" type="submit" disabled={busy} data-testid="sign-in-submit">
          {busy ? t('signIn.signingIn') : t('signIn.submit')}
        </button>
        <p className="small muted">{t('signIn.forgot')}</p>
      </form>
      <div className="sign-in-language">
        <LanguagePicker />
      </div>
    </main>
  );
}
