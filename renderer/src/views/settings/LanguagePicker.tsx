import { useTranslation } from 'react-i18next';
import { intlTag, LANGUAGES } from '../../../../shared/i18n/languages.ts';
import { setLanguage } from '../../i18n/index.ts';

/** Each language named in itself (and Serbian in its script), so anyone can find their own. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation('settings');
  return (
    <div className="settings-field">
      <label htmlFor="language">{t('language.label')}</label>
      <select id="language" value={i18n.language} onChange={(e) => setLanguage(e.target.value)}>
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng}>
            {new Intl.DisplayNames([intlTag(lng)], { type: 'language' }).of(intlTag(lng)) ?? lng}
          </option>
        ))}
      </select>
      <span className="muted small">{t('language.hint')}</span>
    </div>
  );
}
