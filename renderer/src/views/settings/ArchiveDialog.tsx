import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';
import { useAction } from '../../components/useAction.ts';
import { useSession } from '../../state/session.ts';

/** Confirms archiving a department or a person (issue 10): nothing is deleted, so the text says what changes. */
export function ArchiveDialog({
  title,
  text,
  archive,
  onClose,
}: {
  title: string;
  text: string;
  archive: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation('settings');
  const load = useSession((s) => s.load);
  const { busy, error, run } = useAction();
  const confirm = () =>
    run(async () => {
      await archive();
      // The list behind the dialog shows the change as soon as it closes.
      await load();
      onClose();
    });
  return (
    <Dialog label={title} onClose={onClose} testId="archive-dialog">
      <h2>{title}</h2>
      <p>{text}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('people.cancel')}
        </button>
        <button
          className="danger"
          disabled={busy}
          onClick={() => void confirm()}
          data-testid="archive-confirm"
        >
          {t('people.archive')}
        </button>
      </div>
    </Dialog>
  );
}
