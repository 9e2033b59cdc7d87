import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fromLocalInput, toLocalInput } from '../../components/datetime.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { nowIso } from '../../state/clock.ts';
import { navigate } from '../../state/route.ts';

/**
 * "As it stood on …": the same readiness rules evaluated at another instant, kept in the URL (?at=).
 * The parent keys it by `at`, so "Back to now" resets the field.
 */
export function AsOfPicker({ at }: { at: string | undefined }) {
  const { t } = useTranslation('readiness');
  const [value, setValue] = useState(() => (at ? toLocalInput(at) : ''));
  const [future, setFuture] = useState(false);
  function submit(e: FormEvent) {
    e.preventDefault();
    const iso = fromLocalInput(value);
    // The board looks back at what the workspace knew; the future is not known yet.
    if (iso && iso > nowIso()) return setFuture(true);
    navigate(iso ? `readiness?at=${encodeURIComponent(iso)}` : 'readiness');
  }
  return (
    <form className="as-of-picker no-print" onSubmit={submit} noValidate>
      <DateTimeField
        id="as-of-input"
        label={t('asOf.label')}
        value={value}
        invalid={future}
        describedBy={future ? 'as-of-future' : undefined}
        onChange={(next) => {
          setValue(next);
          setFuture(false);
        }}
        testId="as-of-input"
      />
      <button type="submit">{t('asOf.show')}</button>
      {future && (
        <span id="as-of-future" className="field-error" role="alert" data-testid="as-of-future">
          {t('asOf.future')}
        </span>
      )}
    </form>
  );
}
