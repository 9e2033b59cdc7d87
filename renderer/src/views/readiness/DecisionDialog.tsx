import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api.ts';
import type { CampaignReadiness, DecisionKind, Flag } from '../../../../shared/domain.ts';
import { ReadinessBadge } from '../../components/ReadinessBadge.tsx';
import { fromLocalInput, toLocalInput } from '../../components/datetime.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { useSession } from '../../state/session.ts';
import { FlagList } from './FlagList.tsx';
import { DialogFooter } from '../../components/DialogFooter.tsx';
import { errorText, problemText } from '../../components/error-text.ts';
import { useReturnFocus } from '../../components/useReturnFocus.ts';

interface Props {
  campaign: CampaignReadiness;
  sentence: (flag: Flag) => string;
  onClose: () => void;
  onRecorded: () => void;
}

/** Leadership answers a flagged campaign with GO or HOLD, a justification and an expiry. */
export function DecisionDialog({ campaign, sentence, onClose, onRecorded }: Props) {
  const { t } = useTranslation('readiness');
  const api = useSession((s) => s.api);
  const ref = useRef<HTMLDialogElement>(null);
  useReturnFocus();
  const [decision, setDecision] = useState<DecisionKind | null>(null);
  const [note, setNote] = useState('');
  const [expires, setExpires] = useState(() => toLocalInput(campaign.end));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => ref.current?.showModal(), []);
  // A field's complaint goes away as soon as the field is touched again.
  const clear = (field: string) => setProblems(({ [field]: _gone, ...rest }) => rest);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!decision) found.decision = t('dialog.chooseDecision');
    if (!note.trim()) found.note = t('dialog.noteRequired');
    const expiresAt = fromLocalInput(expires);
    if (!expiresAt) found.expires = t('dialog.expiresRequired');
    setProblems(found);
    if (!decision || !expiresAt || Object.keys(found).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      await api.call('decisions.record', { campaign: campaign.key, decision, note, expires: expiresAt });
      onRecorded();
    } catch (err) {
      const fields: Record<string, string> = {};
      if (err instanceof ApiError)
        for (const p of err.problems ?? []) fields[p.path.replace('$.', '')] = problemText(t, p);
      setProblems(fields);
      setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={ref} className="decision-dialog" onClose={onClose} aria-labelledby="decision-title">
      <form onSubmit={submit} noValidate>
        <h2 id="decision-title">{t('dialog.title', { title: campaign.title })}</h2>
        <p className="dialog-status">
          <ReadinessBadge look={campaign.readiness} />
          <span className="muted">
            {t('dialog.answering', {
              critical: campaign.flags.filter((f) => f.severity === 'critical').length,
              warnings: campaign.flags.filter((f) => f.severity === 'warning').length,
            })}
          </span>
        </p>
        <div className="dialog-flags">
          <FlagList flags={campaign.flags} sentence={sentence} />
        </div>
        <fieldset className="decision-choice" aria-invalid={!!problems.decision}>
          <legend>{t('dialog.decision')}</legend>
          {(['go', 'hold'] as const).map((kind) => (
            <label key={kind} className={`decision-option decision-option-${kind}`}>
              <input
                type="radio"
                name="decision"
                value={kind}
                checked={decision === kind}
                onChange={() => {
                  setDecision(kind);
                  clear('decision');
                }}
                data-testid={`decision-${kind}`}
              />
              <strong>{t(`common:decision.${kind}`)}</strong>
              <span className="muted">{t(`dialog.${kind}Hint`)}</span>
            </label>
          ))}
          {problems.decision && <p className="field-error">{problems.decision}</p>}
        </fieldset>
        <label htmlFor="decision-note">{t('dialog.note')}</label>
        <textarea
          id="decision-note"
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            clear('note');
          }}
          placeholder={t('dialog.notePlaceholder')}
          aria-invalid={!!problems.note}
          required
        />
        {problems.note && <p className="field-error">{problems.note}</p>}
        <DateTimeField
          id="decision-expires"
          label={t('dialog.expires')}
          value={expires}
          onChange={(next) => {
            setExpires(next);
            clear('expires');
          }}
          invalid={!!problems.expires}
          testId="decision-expires"
        />
        <span className="muted small"> {t('dialog.expiresHint')}</span>
        {problems.expires && <p className="field-error">{problems.expires}</p>}
        <DialogFooter
          error={error}
          cancelLabel={t('dialog.cancel')}
          onCancel={onClose}
          submitLabel={busy ? t('dialog.recording') : t('dialog.record')}
          busy={busy}
          submitTestId="record-decision"
        />
      </form>
    </dialog>
  );
}
