import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredCampaign } from '../../../../shared/domain.ts';
import { CancelCampaignDialog } from '../../components/CancelCampaignDialog.tsx';
import { PublishDialog } from '../../components/PublishDialog.tsx';
import { useSession } from '../../state/session.ts';

/** Edit, publish and cancel: marketing's actions on a campaign. */
export function MarketingActions({ campaign }: { campaign: StoredCampaign }) {
  const { t } = useTranslation('campaign');
  const api = useSession((s) => s.api);
  const [dialog, setDialog] = useState<'publish' | 'cancel' | null>(null);
  if (campaign.status === 'cancelled') return null;
  const canPublish = campaign.status === 'draft' || campaign.draft !== undefined;
  return (
    <>
      <a
        className="button-link"
        href={`#/edit/${encodeURIComponent(campaign.key)}`}
        data-testid="edit-campaign"
      >
        {t('actions.edit')}
      </a>
      <button
        className={canPublish ? 'primary' : undefined}
        disabled={!canPublish}
        title={canPublish ? undefined : t('actions.nothingToPublish')}
        onClick={() => setDialog('publish')}
        data-testid="publish-campaign"
      >
        {t('actions.publish')}
      </button>
      <button className="danger" onClick={() => setDialog('cancel')} data-testid="cancel-campaign">
        {t('actions.cancel')}
      </button>
      {dialog === 'publish' && (
        <PublishDialog
          campaign={campaign}
          onClose={() => setDialog(null)}
          onPublish={async (change) => {
            await api.call('campaigns.publish', { key: campaign.key, revision: campaign.revision, change });
            setDialog(null);
          }}
        />
      )}
      {dialog === 'cancel' && (
        <CancelCampaignDialog
          campaign={campaign}
          onDone={() => setDialog(null)}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
