import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../shared/i18n/languages.ts';
import { setLanguage } from '../../i18n/index.ts';

/** Each language named in itself, so anyone can find their own. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation('settings');
  return (
    <div className="settings-field">
      <label htmlFor="language">{t('language.label')}</label>
      <select id="language" value={i18n.language} onChange={(e) => setLanguage(e.target.value)}>
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng}>
            {new Intl.DisplayNames([lng], { type: 'language' }).of(lng) ?? lng}
          </option>
        ))}
      </select>
      <span className="muted small">{t('language.hint')}</span>
    </div>
  );
}
