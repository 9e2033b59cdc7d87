import { useTranslation } from 'react-i18next';
import { BRIEF_FIELDS, type BriefField } from '../../../../shared/domain.ts';
import { FieldError } from './FieldError.tsx';
import type { EditorForm, FieldErrors } from './editor-form.ts';

// Fields a sentence fills; the rest get room for paragraphs.
const SHORT: readonly BriefField[] = ['promise', 'keyMessage', 'audience', 'offer', 'expectedImpact'];

/** Every field of the brief, each with a hint saying what belongs there. */
export function BriefFields({
  brief,
  errors,
  onChange,
}: {
  brief: EditorForm['brief'];
  errors: FieldErrors;
  onChange: (field: BriefField, value: string) => void;
}) {
  const { t } = useTranslation('editor');
  return (
    <fieldset className="editor-brief">
      <legend>{t('brief')}</legend>
      {BRIEF_FIELDS.map((field) => (
        <div key={field} className={field === 'promise' ? 'brief-field promise-field' : 'brief-field'}>
          <label htmlFor={`brief-${field}`}>{t(`campaign:fields.${field}`)}</label>
          <p className="muted small" id={`brief-${field}-hint`}>
            {t(`hints.${field}`)}
          </p>
          <textarea
            id={`brief-${field}`}
            rows={SHORT.includes(field) ? 2 : 4}
            value={brief[field]}
            onChange={(e) => onChange(field, e.target.value)}
            aria-describedby={`brief-${field}-hint`}
            aria-invalid={errors[field] ? true : undefined}
            data-testid={`field-${field}`}
          />
          <FieldError errors={errors} field={field} />
        </div>
      ))}
    </fieldset>
  );
}
