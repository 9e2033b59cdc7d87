import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text.ts';

/**
 * A form's one action at a time: `busy` while it runs, its failure as words in the person's
 * language. `setError` is for the form's own checks before anything is sent.
 */
export function useAction() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      try {
        await work();
      } catch (err) {
        setError(errorText(t, err));
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { busy, error, setError, run };
}
