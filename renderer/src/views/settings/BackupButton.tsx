import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../components/useAction.ts';
import { useSession } from '../../state/session.ts';

/** Admins write a consistent copy of the workspace beside it and see where it went. */
export function BackupButton() {
  const { t } = useTranslation('settings');
  const api = useSession((s) => s.api);
  const { busy, error, run } = useAction();
  const [written, setWritten] = useState<string | null>(null);
  return (
    <div className="backup">
      <button
        disabled={busy}
        data-testid="backup-now"
        onClick={() => run(async () => setWritten((await api.call('workspace.backup', {})).path))}
      >
        {busy ? t('workspace.backingUp') : t('workspace.backupNow')}
      </button>
      {written && (
        <p className="small" role="status" data-testid="backup-written">
          {t('workspace.backedUp')} <code>{written}</code>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
