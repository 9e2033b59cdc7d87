import { useTranslation } from 'react-i18next';
import { MARKETING_DEPARTMENT } from '../../../../shared/domain.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { useSession } from '../../state/session.ts';
import { FieldError } from './FieldError.tsx';
import type { EditorForm, FieldErrors } from './editor-form.ts';

/** Title, launch window, channels and the departments that must acknowledge. */
export function EditorBasics({
  form,
  errors,
  published,
  onChange,
}: {
  form: EditorForm;
  errors: FieldErrors;
  /** A published campaign: moving it publishes a material version. */
  published: boolean;
  onChange: (change: Partial<EditorForm>) => void;
}) {
  const { t } = useTranslation('editor');
  const departments = useSession((s) => s.departments).filter((d) => d.key !== MARKETING_DEPARTMENT);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const invalid = (field: keyof FieldErrors) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${field}-error` } : {};
  return (
    <fieldset className="editor-basics">
      <legend className="visually-hidden">{t('basics')}</legend>
      <label htmlFor="campaign-title">{t('title')}</label>
      <input
        id="campaign-title"
        value={form.title}
        onChange={(e) => onChange({ title: e.target.value })}
        autoFocus
        data-testid="field-title"
        {...invalid('title')}
      />
      <FieldError errors={errors} field="title" />
      <div className="editor-dates">
        {(['start', 'end'] as const).map((field) => (
          <div key={field}>
            <DateTimeField
              id={`campaign-${field}`}
              label={t(field)}
              value={form[field]}
              onChange={(value) => onChange({ [field]: value })}
              testId={`field-${field}`}
              invalid={!!errors[field]}
              describedBy={errors[field] ? `${field}-error` : undefined}
            />
            <FieldError errors={errors} field={field} />
          </div>
        ))}
      </div>
      <p className="muted small">
        {t('zone', { zone })} {published && t('datesMaterial')}
      </p>
      <label htmlFor="campaign-channels">{t('channels')}</label>
      <input
        id="campaign-channels"
        value={form.channels}
        placeholder={t('channelsPlaceholder')}
        onChange={(e) => onChange({ channels: e.target.value })}
        data-testid="field-channels"
        {...invalid('channels')}
      />
      <FieldError errors={errors} field="channels" />
      <fieldset className="editor-departments">
        <legend>{t('departments')}</legend>
        <p className="muted small">{t('departmentsHint')}</p>
        {/* An archived department is offered only to a campaign that already lists it (issue 10). */}
        {departments
          .filter((d) => !d.archivedAt || form.departments.includes(d.key))
          .map((d) => (
            <label key={d.key} className="check">
              <input
                type="checkbox"
                checked={form.departments.includes(d.key)}
                onChange={(e) =>
                  onChange({
                    departments: e.target.checked
                      ? [...form.departments, d.key]
                      : form.departments.filter((k) => k !== d.key),
                  })
                }
                data-testid={`department-${d.key}`}
              />
              <span className="dot" style={{ background: d.color }} aria-hidden="true" />
              {d.name}
            </label>
          ))}
        <FieldError errors={errors} field="departments" />
      </fieldset>
      <p className="callout small">{t('whatHappens')}</p>
    </fieldset>
  );
}
