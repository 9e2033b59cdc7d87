import type { TFunction } from 'i18next';
import type { CampaignSummary } from '../../../shared/domain.ts';
import { nowIso } from '../state/clock.ts';

/** "launches in 4 days", "live now, ends in 2 days" or "ended 3 days ago". */
export function campaignTiming(
  campaign: Pick<CampaignSummary, 'start' | 'end'>,
  age: (iso: string) => string,
  t: TFunction,
  now = nowIso(),
): string {
  if (campaign.start > now) return t('campaign:timing.launches', { when: age(campaign.start) });
  if (campaign.end >= now) return t('campaign:timing.live', { when: age(campaign.end) });
  return t('campaign:timing.ended', { when: age(campaign.end) });
}
