import { useTranslation } from 'react-i18next';
import type { FieldErrors, FieldName } from './editor-form.ts';

/** The words beside a field saying what is wrong with it. */
export function FieldError({ errors, field }: { errors: FieldErrors; field: FieldName | 'form' }) {
  const { t } = useTranslation('editor');
  const error = errors[field];
  if (!error) return null;
  return (
    <p className="error field-error" id={`${field}-error`} role="alert" data-testid={`error-${field}`}>
      {error.key ? t(error.key) : error.text}
    </p>
  );
}
