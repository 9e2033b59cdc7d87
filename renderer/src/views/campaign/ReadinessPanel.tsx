import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricHealth } from '../../../../shared/api.ts';
import type { Campaign, CampaignReadiness } from '../../../../shared/domain.ts';
import { flagSentence } from '../../../../shared/i18n/flag-text.ts';
import { currentVersion } from '../../../../shared/rules/readiness.ts';
import { useFormat } from '../../components/format.ts';
import { useSession } from '../../state/session.ts';
import { nowIso } from '../../state/clock.ts';
import { useDecisionWords } from '../../components/useDecisionWords.ts';

const SEVERITY_ICONS = { critical: '✖', warning: '▲' } as const;

/** Why the campaign is (not) ready: every flag in the sentence the command line prints too, and the standing decision. */
export function ReadinessPanel({
  campaign,
  readiness,
  metrics,
}: {
  campaign: Campaign;
  readiness: CampaignReadiness | undefined;
  metrics: readonly MetricHealth[];
}) {
  const { t } = useTranslation('campaign');
  const format = useFormat();
  const people = useSession((s) => s.people);
  const departments = useSession((s) => s.departments);
  const byKey = useMemo(() => new Map(metrics.map((m) => [m.metric.key, m.metric])), [metrics]);
  const personName = (key: string) => people.find((p) => p.key === key)?.name ?? key;
  const now = nowIso();
  const sentence = (flag: CampaignReadiness['flags'][number]) =>
    flagSentence(t, flag, {
      metrics: byKey,
      departmentName: (key) => departments.find((d) => d.key === key)?.name ?? key,
      personName,
      currentVersion: currentVersion(campaign, now) ?? null,
      start: campaign.start,
      at: now,
      format,
    });
  const decision = readiness?.decision;
  const decisionWords = useDecisionWords();
  return (
    <section className="panel" aria-labelledby="readiness-heading" data-testid="readiness-panel">
      <h2 id="readiness-heading">{t('readiness.title')}</h2>
      {!readiness ? (
        <p className="muted">
          {campaign.status === 'draft' ? t('readiness.draft') : t('readiness.notEvaluated')}
        </p>
      ) : readiness.flags.length === 0 ? (
        <p className="flag-ok">
          <span aria-hidden="true">✓</span> {t('readiness.noFlags')}
        </p>
      ) : (
        <ul className="flags">
          {readiness.flags.map((flag, i) => (
            <li key={i} className={`flag flag-${flag.severity}`} data-code={flag.code}>
              <span className="flag-icon" aria-hidden="true">
                {SEVERITY_ICONS[flag.severity]}
              </span>
              <span>
                <span className="visually-hidden">{t(`flags:severity.${flag.severity}`)}: </span>
                {sentence(flag)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {decision && (
        <p className={`decision decision-${decision.decision}`} data-testid="decision">
          <strong>{decisionWords(decision)}</strong> — “{decision.note}”
        </p>
      )}
    </section>
  );
}
