import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessSettings } from '../../../../shared/api.ts';
import { useSession } from '../../state/session.ts';
import { errorText } from '../../components/error-text.ts';

const FIELDS = ['horizonDays', 'lookbackDays', 'ackDeadlineDays'] as const;

/** The IANA zones the runtime knows, with the workspace's own even if this runtime lacks it. */
function zones(current: string): string[] {
  const all = Intl.supportedValuesOf('timeZone');
  return all.includes(current) ? all : [current, ...all];
}

/** Horizon, lookback and acknowledgement deadline, stored in the workspace; leadership and admins change them. */
export function ReadinessSettingsForm({
  settings,
  canChange,
}: {
  settings: ReadinessSettings;
  canChange: boolean;
}) {
  const { t } = useTranslation('settings');
  const api = useSession((s) => s.api);
  const [values, setValues] = useState(() => Object.fromEntries(FIELDS.map((f) => [f, String(settings[f])])));
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const next: Partial<ReadinessSettings> = {};
    for (const f of FIELDS) {
      const n = Number(values[f]);
      if (!Number.isInteger(n) || n < 0 || n > 3650) found[f] = t('readiness.wholeDays');
      else next[f] = n;
    }
    next.timeZone = timeZone;
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    try {
      await api.call('settings.set', next);
      setMessage({ ok: true, text: t('readiness.saved') });
    } catch (err) {
      setMessage({ ok: false, text: errorText(t, err) });
    }
  }

  return (
    <form className="settings-form" onSubmit={submit} noValidate>
      {FIELDS.map((f) => (
        <div key={f} className="settings-field">
          <label htmlFor={`setting-${f}`}>{t(`readiness.${f}`)}</label>
          <input
            id={`setting-${f}`}
            inputMode="numeric"
            value={values[f]}
            readOnly={!canChange}
            onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
            aria-invalid={!!problems[f]}
            data-testid={`setting-${f}`}
          />
          <span className="muted small">{t(`readiness.${f}Hint`)}</span>
          {problems[f] && <p className="field-error">{problems[f]}</p>}
        </div>
      ))}
      <div className="settings-field">
        <label htmlFor="setting-timeZone">{t('readiness.timeZone')}</label>
        <select
          id="setting-timeZone"
          value={timeZone}
          disabled={!canChange}
          onChange={(e) => setTimeZone(e.target.value)}
          data-testid="setting-timeZone"
        >
          {zones(settings.timeZone).map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
        <span className="muted small">{t('readiness.timeZoneHint')}</span>
      </div>
      {canChange ? (
        <button type="submit" className="primary" data-testid="save-settings">
          {t('readiness.save')}
        </button>
      ) : (
        <p className="muted small">{t('readiness.onlyLeadership')}</p>
      )}
      {message && (
        <p className={message.ok ? 'saved' : 'error'} role="status">
          {message.text}
        </p>
      )}
    </form>
  );
}
