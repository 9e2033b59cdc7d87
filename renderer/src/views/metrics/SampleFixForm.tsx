import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metric, SampleEntry } from '../../../../shared/domain.ts';
import { currentValue } from '../../../../shared/rules/sample-range.ts';
import { DialogFooter } from '../../components/DialogFooter.tsx';
import { useFormat } from '../../components/format.ts';
import { useAction } from '../../components/useAction.ts';
import { useReturnFocus } from '../../components/useReturnFocus.ts';
import { useSession } from '../../state/session.ts';

export type FixKind = 'correct' | 'withdraw';

/** Corrects or withdraws one sample: a new record with a reason; the sample stays in the history. */
export function SampleFixForm({
  metric,
  entry,
  kind,
  onClose,
}: {
  metric: Metric;
  entry: SampleEntry;
  kind: FixKind;
  onClose: () => void;
}) {
  const { t } = useTranslation('metrics');
  const format = useFormat();
  const api = useSession((s) => s.api);
  const ref = useRef<HTMLDialogElement>(null);
  useReturnFocus();
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useAction();

  useEffect(() => ref.current?.showModal(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (reason.trim() === '') return setError(t('fix.reasonNeeded'));
    const target = { metric: metric.key, sampleId: entry.id, reason: reason.trim() };
    if (kind === 'withdraw')
      return run(async () => {
        await api.call('samples.withdraw', target);
        onClose();
      });
    const number = Number(value.replace(',', '.'));
    if (value.trim() === '' || !Number.isFinite(number)) return setError(t('sample.badValue'));
    await run(async () => {
      await api.call('samples.correct', { ...target, value: number });
      onClose();
    });
  }

  const when = format.dateTime(entry.at);
  const recorded = currentValue(entry);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="fix-title" data-testid="sample-fix">
      <form onSubmit={submit} noValidate>
        <h2 id="fix-title">
          {t(kind === 'correct' ? 'fix.correctTitle' : 'fix.withdrawTitle', { metric: metric.name, when })}
        </h2>
        <p className="muted">{t(kind === 'correct' ? 'fix.correctLead' : 'fix.withdrawLead')}</p>
        {recorded !== null && <p>{t('fix.recorded', { value: format.number(recorded, metric.unit) })}</p>}
        {kind === 'correct' && (
          <>
            <label htmlFor="fix-value">{t('fix.value', { unit: metric.unit })}</label>
            <input
              id="fix-value"
              inputMode="decimal"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              autoFocus
            />
          </>
        )}
        <label htmlFor="fix-reason">{t('fix.reason')}</label>
        <textarea
          id="fix-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          rows={2}
          autoFocus={kind === 'withdraw'}
        />
        <DialogFooter
          error={error}
          cancelLabel={t('cancel')}
          onCancel={onClose}
          submitLabel={t(kind === 'correct' ? 'fix.saveCorrect' : 'fix.saveWithdraw')}
          busy={busy}
          submitTestId="save-fix"
        />
      </form>
    </dialog>
  );
}
