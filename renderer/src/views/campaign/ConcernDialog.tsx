import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';
import { DialogFooter } from '../../components/DialogFooter.tsx';

/** Acknowledging with a concern asks what worries the department; the note is required. */
export function ConcernDialog({
  version,
  busy,
  error,
  onSubmit,
  onClose,
}: {
  version: number;
  busy: boolean;
  error: string | null;
  onSubmit: (note: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('campaign');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const missing = note.trim() === '';
  return (
    <Dialog label={t('concern.title')} onClose={onClose} testId="concern-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!missing) onSubmit(note.trim());
        }}
      >
        <h2>{t('concern.title')}</h2>
        <p className="muted">{t('concern.lead', { version })}</p>
        <label htmlFor="concern-note">{t('concern.note')}</label>
        <textarea
          id="concern-note"
          autoFocus
          rows={4}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={tried && missing}
          aria-describedby="concern-note-error"
          data-testid="concern-note"
        />
        <p id="concern-note-error" className="error" role={tried && missing ? 'alert' : undefined}>
          {tried && missing ? t('concern.required') : ''}
        </p>
        <DialogFooter
          error={error}
          cancelLabel={t('cancel')}
          onCancel={onClose}
          submitLabel={t('concern.submit')}
          busy={busy}
          submitTestId="concern-submit"
        />
      </form>
    </Dialog>
  );
}
