import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry, CampaignDeskBridge } from '../../../../shared/bridge.ts';
import { useFormat } from '../../components/format.ts';

/**
 * Desktop only, for admins: the workspace's recent backups and "Restore from a backup…"
 * (the shell's file picker). On success the app restarts on the restored workspace, so
 * only a refusal comes back, shown here in the person's language.
 */
export function RestorePanel({ bridge }: { bridge: CampaignDeskBridge }) {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void bridge.listBackups().then((list) => live && setBackups(list));
    return () => {
      live = false;
    };
  }, [bridge]);

  const restore = async (entry: BackupEntry | null) => {
    if (entry && !window.confirm(t('restore.confirm', { date: format.full(entry.at) }))) return;
    setBusy(true);
    setRefusal(null);
    try {
      const outcome = await bridge.restoreBackup(entry?.path ?? null);
      if (!outcome.ok && outcome.reason !== 'canceled') setRefusal(t(`restore.refused.${outcome.reason}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="restore" data-testid="restore-panel">
      <h3>{t('restore.title')}</h3>
      {backups && backups.length > 0 ? (
        <ul className="backups">
          {backups.slice(0, 8).map((b) => (
            <li key={b.path}>
              <span>
                {format.full(b.at)} · {t(`restore.kind.${b.kind}`)}
              </span>
              <button type="button" disabled={busy} onClick={() => void restore(b)}>
                {t('restore.this')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('restore.none')}</p>
      )}
      <button type="button" disabled={busy} data-testid="restore-pick" onClick={() => void restore(null)}>
        {t('restore.pick')}
      </button>
      <p className="muted small">{t('restore.hint')}</p>
      {refusal && (
        <p className="error" role="alert">
          {refusal}
        </p>
      )}
    </div>
  );
}
