import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api-error.ts';
import type { Metric } from '../../../../shared/domain.ts';
import { useSession } from '../../state/session.ts';
import { checkMetric, fieldsOf, type MetricFields } from './metric-form-check.ts';
import { DialogFooter } from '../../components/DialogFooter.tsx';
import { errorText, problemText } from '../../components/error-text.ts';
import { useReturnFocus } from '../../components/useReturnFocus.ts';

interface Props {
  /** The metric to edit; a new one when undefined. */
  metric: Metric | undefined;
  existingKeys: readonly string[];
  onClose: () => void;
}

/** An admin defines or edits a metric; each problem shows beside its field. */
export function MetricForm({ metric, existingKeys, onClose }: Props) {
  const { t } = useTranslation('metrics');
  const api = useSession((s) => s.api);
  const departments = useSession((s) => s.departments);
  const ref = useRef<HTMLDialogElement>(null);
  useReturnFocus();
  const [fields, setFields] = useState<MetricFields>(() => fieldsOf(metric, departments[0]?.key ?? ''));
  const [problems, setProblems] = useState<Partial<Record<keyof Metric, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => ref.current?.showModal(), []);

  const set = (field: keyof Metric) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [field]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkMetric(fields, t('form.notANumber'), (p) => problemText(t, p));
    if (!metric && existingKeys.includes(fields.key.trim())) checked.problems.key = t('form.keyTaken');
    setProblems(checked.problems);
    if (!checked.metric || Object.keys(checked.problems).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      await api.call('metrics.define', { metric: checked.metric });
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.problems) {
        const found: Partial<Record<keyof Metric, string>> = {};
        for (const p of err.problems) found[p.path.split('.').at(-1) as keyof Metric] = p.message;
        setProblems(found);
      }
      setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  }

  const field = (name: keyof Metric, input: ReactNode, hint?: string) => (
    <div className={`form-field field-${name}`}>
      <label htmlFor={`metric-${name}`}>{t(`form.${name}`)}</label>
      {input}
      {hint && <span className="muted small">{hint}</span>}
      {problems[name] && (
        <p className="field-error" id={`metric-${name}-error`} data-field-error={name}>
          {problems[name]}
        </p>
      )}
    </div>
  );
  const text = (name: keyof Metric, extra: object = {}) => (
    <input
      id={`metric-${name}`}
      value={fields[name]}
      onChange={set(name)}
      aria-invalid={!!problems[name]}
      aria-describedby={problems[name] ? `metric-${name}-error` : undefined}
      {...extra}
    />
  );

  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="metric-form-title" className="metric-form">
      <form onSubmit={submit} noValidate>
        <h2 id="metric-form-title">
          {metric ? t('form.editTitle', { name: metric.name }) : t('form.newTitle')}
        </h2>
        <div className="form-grid">
          {field('name', text('name'))}
          {field('key', text('key', { readOnly: !!metric }), t('form.keyHint'))}
          {field(
            'department',
            <select id="metric-department" value={fields.department} onChange={set('department')}>
              {departments
                .filter((d) => !d.archivedAt || d.key === fields.department)
                .map((d) => (
                  <option key={d.key} value={d.key}>
                    {d.name}
                  </option>
                ))}
            </select>,
          )}
          {field('unit', text('unit'), t('form.unitHint'))}
          {field(
            'direction',
            <select id="metric-direction" value={fields.direction} onChange={set('direction')}>
              <option value="higher_is_better">{t('direction.higher_is_better')}</option>
              <option value="lower_is_better">{t('direction.lower_is_better')}</option>
            </select>,
          )}
          {field('maxAgeHours', text('maxAgeHours', { inputMode: 'decimal' }), t('form.maxAgeHint'))}
          {field('warn', text('warn', { inputMode: 'decimal' }))}
          {field('fail', text('fail', { inputMode: 'decimal' }), t(`form.failHint.${fields.direction}`))}
          {field('min', text('min', { inputMode: 'decimal' }), t('form.rangeHint'))}
          {field('max', text('max', { inputMode: 'decimal' }), t('form.rangeHint'))}
        </div>
        <DialogFooter
          error={error}
          cancelLabel={t('cancel')}
          onCancel={onClose}
          submitLabel={t('form.save')}
          busy={busy}
          submitTestId="save-metric"
        />
      </form>
    </dialog>
  );
}
