import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../components/ui.css';
import { PrintHeader } from '../../components/PrintHeader.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useRoute } from '../../state/route.ts';
import { AckMatrix } from './AckMatrix.tsx';
import { BriefDocument } from './BriefDocument.tsx';
import { CampaignHeader } from './CampaignHeader.tsx';
import { ReadinessPanel } from './ReadinessPanel.tsx';
import { VersionHistory } from './VersionHistory.tsx';
import { shownBrief } from './brief.ts';
import './campaign.css';
import { nowIso } from '../../state/clock.ts';

/** #/campaign/<key>: the brief as a document, who acknowledged what, and why the campaign is (not) ready. */
export function CampaignView() {
  const { t } = useTranslation('campaign');
  const key = useRoute().params[0] ?? null;
  const detail = useApiQuery(key && `campaign:${key}`, (api) =>
    api.call('campaigns.get', { key: key ?? '' }),
  );
  const metrics = useApiQuery('metrics', (api) => api.call('metrics.list', {}));
  // Acknowledging needs the brief opened: it is, once it has rendered on this page.
  const [openedKey, setOpenedKey] = useState<string | null>(null);

  if (detail.error) {
    return (
      <div className="empty-state" role="alert">
        <p>{detail.error}</p>
        <a href="#/calendar">{t('backToCalendar')}</a>
      </div>
    );
  }
  if (!detail.data) return <p className="muted">{t('loading')}</p>;
  const { campaign, readiness } = detail.data;
  const brief = shownBrief(campaign, nowIso());
  return (
    <article className="campaign-page" data-testid="campaign-page">
      <PrintHeader
        subject={
          brief.version
            ? `${campaign.title} · ${t('print.version', { version: brief.version.version })}`
            : campaign.title
        }
      />
      <CampaignHeader campaign={campaign} readiness={readiness} briefOpened={openedKey === campaign.key} />
      <div className="campaign-columns">
        <BriefDocument campaign={campaign} brief={brief} onRendered={() => setOpenedKey(campaign.key)} />
        <aside className="campaign-side">
          <ReadinessPanel campaign={campaign} readiness={readiness} metrics={metrics.data ?? []} />
          <AckMatrix campaign={campaign} />
          <VersionHistory campaign={campaign} />
        </aside>
      </div>
    </article>
  );
}
