import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fromLocalInput, toLocalInput } from '../../components/datetime.ts';
import { navigate } from '../../state/route.ts';

/**
 * "As it stood on …": the same readiness rules evaluated at another instant, kept in the URL (?at=).
 * The parent keys it by `at`, so "Back to now" resets the field.
 */
export function AsOfPicker({ at }: { at: string | undefined }) {
  const { t } = useTranslation('readiness');
  const [value, setValue] = useState(() => (at ? toLocalInput(at) : ''));
  function submit(e: FormEvent) {
    e.preventDefault();
    const iso = fromLocalInput(value);
    navigate(iso ? `readiness?at=${encodeURIComponent(iso)}` : 'readiness');
  }
  return (
    <form className="as-of-picker no-print" onSubmit={submit}>
      <label htmlFor="as-of-input">{t('asOf.label')}</label>
      <input
        id="as-of-input"
        type="datetime-local"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        data-testid="as-of-input"
      />
      <button type="submit">{t('asOf.show')}</button>
    </form>
  );
}
