import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricHealth } from '../../../../shared/api.ts';
import type { Flag } from '../../../../shared/domain.ts';
import { flagSentence } from '../../../../shared/i18n/flag-text.ts';
import { useFormat } from '../../components/format.ts';
import { useSession } from '../../state/session.ts';

/** What a flag's sentence needs of its campaign: the launch and the version current at the board's instant. */
export interface FlagCampaign {
  start: string;
  currentVersion: number | null;
}

export type FlagText = (flag: Flag, campaign: FlagCampaign, at: string) => string;

/** The one sentence per flag the command line prints too, with names and the viewer's formats. */
export function useFlagText(metrics: readonly MetricHealth[]): FlagText {
  const { t } = useTranslation();
  const format = useFormat();
  const people = useSession((s) => s.people);
  const departments = useSession((s) => s.departments);
  const byKey = useMemo(() => new Map(metrics.map((m) => [m.metric.key, m.metric])), [metrics]);
  return (flag, campaign, at) =>
    flagSentence(t, flag, {
      metrics: byKey,
      departmentName: (key) => departments.find((d) => d.key === key)?.name ?? key,
      personName: (key) => people.find((p) => p.key === key)?.name ?? key,
      currentVersion: campaign.currentVersion,
      start: campaign.start,
      at,
      format,
    });
}
