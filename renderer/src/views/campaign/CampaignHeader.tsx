import { useTranslation } from 'react-i18next';
import type { CampaignReadiness, StoredCampaign } from '../../../../shared/domain.ts';
import { acknowledgementSummary } from '../../../../shared/rules/acknowledgement-summary.ts';
import { archivedDepartments } from '../../../../shared/rules/readiness.ts';
import { AcknowledgementLine } from '../../components/AcknowledgementLine.tsx';
import { campaignTiming } from '../../components/campaign-timing.ts';
import { DecisionStatus } from '../../components/DecisionStatus.tsx';
import { formatRange } from '../../components/date-range.ts';
import { useFormat } from '../../components/format.ts';
import { ReadinessBadge, readinessLook } from '../../components/ReadinessBadge.tsx';
import { hasRole, useMe, useSession } from '../../state/session.ts';
import { AcknowledgeActions } from './AcknowledgeActions.tsx';
import { MarketingActions } from './MarketingActions.tsx';
import { nowIso } from '../../state/clock.ts';

/** Title, state, dates, who is involved, and what the acting person can do here. */
export function CampaignHeader({
  campaign,
  readiness,
  briefOpened,
}: {
  campaign: StoredCampaign;
  readiness: CampaignReadiness | undefined;
  briefOpened: boolean;
}) {
  const { t } = useTranslation('campaign');
  const format = useFormat();
  const me = useMe();
  const departments = useSession((s) => s.departments);
  const people = useSession((s) => s.people);
  const owner = people.find((p) => p.key === campaign.owner)?.name ?? campaign.owner;
  const launchedWhileFailing = readiness?.flags.some((f) => f.code === 'launched_while_failing') ?? false;
  return (
    <header className="campaign-header">
      <div className="campaign-title-row">
        <h1 data-testid="campaign-title">{campaign.title}</h1>
        {campaign.status === 'published' && readiness ? (
          <>
            <ReadinessBadge look={readinessLook(readiness.readiness, launchedWhileFailing)} />
            {readiness.decision && <DecisionStatus decision={readiness.decision} />}
          </>
        ) : (
          <span className={`status-badge status-${campaign.status}`} data-testid="campaign-status">
            {t(`common:status.${campaign.status}`)}
          </span>
        )}
        <div className="actions">
          {hasRole(me, 'marketing') && <MarketingActions campaign={campaign} />}
          {me && <AcknowledgeActions campaign={campaign} me={me} briefOpened={briefOpened} />}
        </div>
      </div>
      <p className="campaign-meta">
        <strong data-testid="campaign-dates">
          {formatRange(format.locale, campaign.start, campaign.end)}
        </strong>
        <span className="muted"> · {campaignTiming(campaign, format.age, t)}</span>
        {campaign.channels.length > 0 && <span className="muted"> · {campaign.channels.join(', ')}</span>}
        <span className="muted"> · {t('owner', { name: owner })}</span>
      </p>
      {campaign.status === 'published' && (
        // Who knew: now, or at launch for a campaign that has ended.
        <AcknowledgementLine
          summary={acknowledgementSummary(
            campaign,
            readiness?.phase === 'ended' ? campaign.start : nowIso(),
            archivedDepartments(departments),
          )}
        />
      )}
      <ul className="department-chips" aria-label={t('departments')}>
        {campaign.departments.map((key) => {
          const d = departments.find((x) => x.key === key);
          return (
            <li key={key}>
              <span className="dot" style={{ background: d?.color }} aria-hidden="true" />
              {d?.name ?? key}
            </li>
          );
        })}
      </ul>
    </header>
  );
}
