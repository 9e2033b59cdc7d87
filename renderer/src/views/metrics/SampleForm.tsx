import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metric } from '../../../../shared/domain.ts';
import { fromLocalInput, toLocalInput } from '../../components/datetime.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { useSession } from '../../state/session.ts';
import { DialogFooter } from '../../components/DialogFooter.tsx';
import { useAction } from '../../components/useAction.ts';
import { nowIso } from '../../state/clock.ts';
import { useReturnFocus } from '../../components/useReturnFocus.ts';

/** Manual entry of one sample by the owning department (or an admin). */
export function SampleForm({ metric, onClose }: { metric: Metric; onClose: () => void }) {
  const { t } = useTranslation('metrics');
  const api = useSession((s) => s.api);
  const ref = useRef<HTMLDialogElement>(null);
  useReturnFocus();
  const [at, setAt] = useState(() => toLocalInput(nowIso()));
  const [value, setValue] = useState('');
  const { busy, error, setError, run } = useAction();

  useEffect(() => ref.current?.showModal(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const when = fromLocalInput(at);
    const number = Number(value.replace(',', '.'));
    if (!when) return setError(t('sample.badAt'));
    if (value.trim() === '' || !Number.isFinite(number)) return setError(t('sample.badValue'));
    await run(async () => {
      await api.call('samples.add', { metric: metric.key, at: when, value: number, source: 'manual' });
      onClose();
    });
  }

  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="sample-title">
      <form onSubmit={submit} noValidate>
        <h2 id="sample-title">{t('sample.title', { metric: metric.name })}</h2>
        <DateTimeField id="sample-at" label={t('sample.at')} value={at} onChange={setAt} testId="sample-at" />
        <label htmlFor="sample-value">{t('sample.value', { unit: metric.unit })}</label>
        <input
          id="sample-value"
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          data-testid="sample-value"
          autoFocus
        />
        <DialogFooter
          error={error}
          cancelLabel={t('cancel')}
          onCancel={onClose}
          submitLabel={t('sample.save')}
          busy={busy}
        />
      </form>
    </dialog>
  );
}
