import './setup.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isLoopbackHost,
  normaliseServerAddress,
  teamSignInSchema,
} from '../../../shared/schemas/team-connection.ts';
import { startAfresh } from '../state/connection.ts';
import { errorText } from './error-text.ts';
import { useAction } from './useAction.ts';

export interface TeamConnectFormProps {
  /** What to fill in: the server and person of the session that ended. */
  initial?: { server: string; insecure: boolean; person: string };
  /** Shows Back, for when the form is one choice among others. */
  onCancel?: () => void;
  heading?: string;
}

/** Server address, who you are and your password; the shell signs in and the desk switches to the server. */
export function TeamConnectForm({ initial, onCancel, heading }: TeamConnectFormProps) {
  const { t } = useTranslation('desk');
  const [server, setServer] = useState(initial?.server ?? '');
  const [insecure, setInsecure] = useState(initial?.insecure ?? false);
  const [person, setPerson] = useState(initial?.person ?? '');
  const [password, setPassword] = useState('');
  const [people, setPeople] = useState<{ key: string; name: string }[]>([]);
  const { busy, error, setError, run } = useAction();
  const bridge = window.campaignDesk;
  const url = normaliseServerAddress(server);
  // The box is offered only where it matters: plain http to another machine.
  const plainHttp = url?.protocol === 'http:' && !isLoopbackHost(url.hostname);

  const lookUpPeople = async () => {
    if (!bridge || !url) return;
    const offer = await bridge.teamPeople({ server, insecure });
    setPeople(offer.ok ? offer.people : []);
  };

  const submit = async () => {
    const checked = teamSignInSchema.safeParse({ server, insecure, person, password });
    if (!checked.success) {
      setError(t(`errors:${checked.error.issues[0]?.message ?? 'desk_address_invalid'}`));
      return;
    }
    if (!bridge) return;
    await run(async () => {
      const outcome = await bridge.connectTeam({ server, insecure, person, password });
      if (!outcome.ok) {
        setError(errorText(t, outcome.error));
        return;
      }
      startAfresh();
    });
  };

  return (
    <form
      className="setup-form team-connect"
      data-testid="team-connect-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{heading ?? t('connect.title')}</h2>
      {!initial && <p className="muted small">{t('connect.lead')}</p>}
      <label htmlFor="team-server">{t('connect.server')}</label>
      <input
        id="team-server"
        type="text"
        inputMode="url"
        autoComplete="url"
        autoFocus={!initial}
        spellCheck={false}
        value={server}
        placeholder={t('connect.serverPlaceholder')}
        onChange={(e) => setServer(e.target.value)}
        onBlur={() => void lookUpPeople()}
        data-testid="team-server"
      />
      {(plainHttp || insecure) && (
        <div className="team-insecure">
          <label className="role-check">
            <input
              type="checkbox"
              checked={insecure}
              onChange={(e) => setInsecure(e.target.checked)}
              data-testid="team-insecure"
            />
            {t('connect.insecure')}
          </label>
          <p className="muted small">{t('connect.insecureHint')}</p>
        </div>
      )}
      <label htmlFor="team-person">
        {people.length > 0 ? t('connect.choosePerson') : t('connect.person')}
      </label>
      {people.length > 0 ? (
        <select
          id="team-person"
          value={person}
          onChange={(e) => setPerson(e.target.value)}
          data-testid="team-person"
        >
          <option value="" />
          {people.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name}
            </option>
          ))}
        </select>
      ) : (
        <input
          id="team-person"
          type="text"
          autoComplete="username"
          spellCheck={false}
          value={person}
          placeholder={t('connect.personPlaceholder')}
          onChange={(e) => setPerson(e.target.value)}
          data-testid="team-person"
        />
      )}
      <label htmlFor="team-password">{t('connect.password')}</label>
      <input
        id="team-password"
        type="password"
        autoComplete="current-password"
        autoFocus={Boolean(initial)}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        data-testid="team-password"
      />
      {error && (
        <p className="error" role="alert" data-testid="team-connect-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        {onCancel && (
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('connect.back')}
          </button>
        )}
        <button type="submit" className="primary" disabled={busy} data-testid="team-connect-submit">
          {busy ? t('connect.signingIn') : t('connect.submit')}
        </button>
      </div>
    </form>
  );
}
