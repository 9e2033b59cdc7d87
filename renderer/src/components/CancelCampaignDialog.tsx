import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../state/session.ts';
import { Dialog } from './Dialog.tsx';
import { errorText } from './error-text.ts';

/** Confirms cancelling a campaign; it leaves the calendar and the board but stays on record. */
export function CancelCampaignDialog({
  campaign,
  onDone,
  onClose,
}: {
  campaign: { key: string; title: string; revision: number };
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('campaign');
  const api = useSession((s) => s.api);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog label={t('cancelCampaign.title')} onClose={onClose} testId="cancel-dialog">
      <h2>{t('cancelCampaign.title')}</h2>
      <p>{t('cancelCampaign.lead', { title: campaign.title })}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button onClick={onClose}>{t('cancelCampaign.keep')}</button>
        <button
          className="danger"
          data-testid="cancel-confirm"
          onClick={async () => {
            try {
              await api.call('campaigns.cancel', { key: campaign.key, revision: campaign.revision });
              onDone();
            } catch (err) {
              setError(errorText(t, err));
            }
          }}
        >
          {t('cancelCampaign.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
